import { administrativeUnits, agencies } from './directory';

/**
 * The demo data set `npm start` loads through the gateway as an administrator: the directory (the four
 * bodies, departments, the 30 former districts and a sample of the 126 commune-level units), deputies
 * (fictional people), two regular council sessions with their programme, a voter meeting whose
 * recommendations become cases over Kafka (F1), citizens' cases, a law consultation and a supervision
 * programme. Loading twice changes nothing: it stops when the directory is already there.
 */
type Call = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;
type Say = (message: string) => void;

/** GraphQL over HTTP as one user; throws with the errors' messages. */
export function gatewayClient(gatewayUrl: string, token: string): Call {
  return async (query, variables = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data!;
  };
}

/** Sends `rows` one by one, saying how far it got every 20 rows. */
async function each<T>(say: Say, label: string, rows: T[], send: (row: T) => Promise<unknown>) {
  for (const [index, row] of rows.entries()) {
    await send(row);
    if ((index + 1) % 20 === 0 || index + 1 === rows.length) say(`seeding ${label}: ${index + 1}/${rows.length}`);
  }
}

/** The directory (units, then agencies), unless it is there already; returns whether it loaded it. */
export async function seedDirectory(call: Call, say: Say): Promise<boolean> {
  if ((await call(`{ agency(id: "front") { id } }`)).agency) return false;
  await each(say, 'administrative units', administrativeUnits, (input) =>
    call(`mutation($input: CreateAdministrativeUnitInput!) { createAdministrativeUnit(input: $input) { id } }`, { input }),
  );
  await each(say, 'agencies', agencies, (input) => call(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input }));
  return true;
}

export async function seedDemo(gatewayUrl: string, token: string, say: Say): Promise<void> {
  const call = gatewayClient(gatewayUrl, token);
  if (!(await seedDirectory(call, say))) {
    say('demo data already loaded');
    return;
  }

  const deputies = [
    { fullName: 'Nguyễn Thị Minh Hòa', constituency: 'Đơn vị bầu cử số 1', administrativeUnitId: 'phuong-hoan-kiem', fullTime: true, committees: ['LEGAL'] },
    { fullName: 'Trần Văn Quang', constituency: 'Đơn vị bầu cử số 1', administrativeUnitId: 'phuong-cua-nam', fullTime: false, committees: ['URBAN'] },
    { fullName: 'Lê Thu Hà', constituency: 'Đơn vị bầu cử số 4', administrativeUnitId: 'phuong-cau-giay', fullTime: false, committees: ['CULTURE_SOCIAL'] },
  ];
  const councilDeputyIds: string[] = [];
  await each(say, 'council deputies', deputies, async (input) => {
    const data = await call(`mutation($input: CreateCouncilDeputyInput!) { createCouncilDeputy(input: $input) { id } }`, {
      input: { ...input, term: '2026-2031' },
    });
    councilDeputyIds.push(data.createCouncilDeputy.id);
  });
  const naDeputies = [
    { fullName: 'Phạm Đức Anh', constituency: 1, term: 'XVI (2026-2031)', fullTime: true, workplace: 'Đoàn đại biểu Quốc hội thành phố Hà Nội' },
    { fullName: 'Hoàng Thị Lan', constituency: 1, term: 'XVI (2026-2031)', fullTime: false, workplace: 'Sở Y tế thành phố Hà Nội' },
  ];
  const naDeputyIds: string[] = [];
  await each(say, 'NA deputies', naDeputies, async (input) => {
    const data = await call(`mutation($input: CreateNationalAssemblyDeputyInput!) { createNationalAssemblyDeputy(input: $input) { id } }`, { input });
    naDeputyIds.push(data.createNationalAssemblyDeputy.id);
  });

  const sessions = [
    { term: '2026-2031', number: 5, kind: 'REGULAR', opensOn: '2026-12-08', closesOn: '2026-12-11' },
    { term: '2026-2031', number: 6, kind: 'REGULAR', opensOn: '2027-07-06', closesOn: '2027-07-09' },
  ];
  const sessionIds: string[] = [];
  await each(say, 'council sessions', sessions, async (input) => {
    const data = await call(`mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id } }`, { input });
    sessionIds.push(data.scheduleCouncilSession.id);
  });
  const agenda = [
    { title: 'Tờ trình về dự toán ngân sách thành phố năm 2027', presentingAgencyId: 'so-tai-chinh', reviewingCommittee: 'ECONOMY_BUDGET' },
    { title: 'Báo cáo kết quả giải quyết kiến nghị cử tri trước kỳ họp', presentingAgencyId: 'committee', reviewingCommittee: 'LEGAL' },
    { title: 'Tờ trình điều chỉnh quy hoạch chung xây dựng Thủ đô', presentingAgencyId: 'so-quy-hoach-kien-truc', reviewingCommittee: 'URBAN' },
  ];
  const agendaItemIds: string[] = [];
  await each(say, 'agenda items', agenda, async (input) => {
    const data = await call(`mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, { input: { ...input, councilSessionId: sessionIds[0] } });
    agendaItemIds.push(data.addAgendaItem.id);
  });
  // Session 5's documents are due on 2026-11-23: the programme was issued in time, the budget arrived two days late,
  // the others are still awaited — what the session dossier and the coordination index show.
  await call(`mutation($id: ID!) { issueSessionProgramme(id: $id, input: { issuedOn: "2026-11-20" }) { id } }`, { id: sessionIds[0] });
  await call(`mutation($id: ID!) { submitAgendaDocument(agendaItemId: $id, input: { submittedOn: "2026-11-25" }) { id } }`, { id: agendaItemIds[0] });
  await call(`mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`, {
    input: { councilSessionId: sessionIds[0], askedByDeputyId: councilDeputyIds[0], addressedToAgencyId: 'so-xay-dung', text: 'Tiến độ xử lý các công trình vi phạm trật tự xây dựng trên địa bàn quận Hoàn Kiếm cũ?' },
  });

  await call(`mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`, {
    input: {
      kind: 'BEFORE_SESSION',
      heldOn: '2026-11-20',
      place: 'Nhà văn hóa phường Hoàn Kiếm, 12 Hàng Bài',
      administrativeUnitId: 'phuong-hoan-kiem',
      councilSessionId: sessionIds[0],
      nationalAssemblyDeputyIds: naDeputyIds,
      councilDeputyIds: councilDeputyIds.slice(0, 2),
      attendance: 150,
      recommendations: [
        { text: 'Đề nghị sớm cải tạo vỉa hè và hệ thống thoát nước phố Hàng Bông', category: 'TRANSPORT', addressedToAgencyId: 'so-xay-dung' },
        { text: 'Đề nghị tăng cường kiểm tra vệ sinh an toàn thực phẩm tại chợ Hàng Da', category: 'HEALTH', addressedToAgencyId: 'so-y-te' },
        { text: 'Đề nghị xử lý dứt điểm tình trạng lấn chiếm lòng đường để kinh doanh', category: 'CONSTRUCTION_URBAN_ORDER' },
      ],
    },
  });
  say('seeding: a voter meeting with 3 recommendations (petitions opens their cases over Kafka)');

  const cases = [
    { kind: 'COMPLAINT', channel: 'CITIZEN_RECEPTION', receivedOn: '2026-11-16', subject: 'Khiếu nại quyết định bồi thường khi thu hồi đất', category: 'LAND_HOUSING', agencyId: 'ubnd-phuong-hoan-kiem', administrativeUnitId: 'phuong-hoan-kiem' },
    { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn: '2026-11-24', subject: 'Rác thải tồn đọng tại ngõ 34 phố Cầu Giấy', category: 'ENVIRONMENT', agencyId: 'ubnd-phuong-cau-giay', administrativeUnitId: 'phuong-cau-giay' },
    { kind: 'RECOMMENDATION', channel: 'MAIL', receivedOn: '2026-11-10', subject: 'Kiến nghị bổ sung đèn tín hiệu giao thông tại nút giao gần trường học', category: 'TRANSPORT', agencyId: 'so-xay-dung', administrativeUnitId: 'phuong-ba-dinh' },
    { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn: '2024-08-12', subject: 'Công trình xây dựng sai phép trên phố Đội Cấn', category: 'CONSTRUCTION_URBAN_ORDER', agencyId: 'ubnd-quan-ba-dinh', administrativeUnitId: 'quan-ba-dinh' },
  ];
  await each(say, 'citizen cases', cases, (input) => call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input }));

  await call(`mutation($input: CreateLawConsultationInput!) { createLawConsultation(input: $input) { id } }`, {
    input: {
      draftTitle: 'Dự thảo Luật Thủ đô (sửa đổi) — lấy ý kiến các cơ quan của thành phố',
      draftKind: 'LAW',
      opensOn: '2026-11-15',
      closesOn: '2026-12-15',
      invitedAgencyIds: ['committee', 'council', 'front', 'so-tu-phap'],
    },
  });
  const programme = await call(`mutation($input: CreateSupervisionProgrammeInput!) { createSupervisionProgramme(input: $input) { id } }`, {
    input: {
      title: 'Giám sát việc giải quyết kiến nghị cử tri gửi tới kỳ họp thứ tư',
      kind: 'THEMATIC',
      leadAgencyId: 'council',
      year: 2026,
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      supervisedAgencyIds: ['committee', 'so-xay-dung'],
    },
  });
  const programmeId = programme.createSupervisionProgramme.id;
  await call(`mutation($id: ID!) { startSupervisionProgramme(id: $id) { id } }`, { id: programmeId });
  await call(`mutation($input: AddSupervisionRecommendationInput!) { addSupervisionRecommendation(input: $input) { id } }`, {
    input: { programmeId, addressedToAgencyId: 'so-xay-dung', text: 'Hoàn thành cải tạo hệ thống thoát nước khu phố cổ trước mùa mưa', dueOn: '2027-04-30' },
  });
  await seedCoordination(call);
  say('seeding: law consultation, supervision programme and its recommendation, the 2027 coordination plan — done');
}

/** The annual coordination plan with two "5 rõ" items, and the focal point of the construction department. */
async function seedCoordination(call: Call): Promise<void> {
  await call(`mutation($agencyId: ID!, $input: PersonInput!) { setCoordinationFocalPoint(agencyId: $agencyId, input: $input) { setAt } }`, {
    agencyId: 'so-xay-dung',
    input: { kind: 'STAFF', id: 'so-xay-dung-chanh-van-phong', name: 'Đỗ Minh Tuấn', position: 'Chánh Văn phòng Sở Xây dựng' },
  });
  const plan = await call(`mutation($input: CreateCoordinationPlanInput!) { createCoordinationPlan(input: $input) { id } }`, {
    input: { year: 2027, title: 'Kế hoạch phối hợp năm 2027 giữa Đoàn ĐBQH, Thường trực HĐND, UBND và Ủy ban MTTQ thành phố' },
  });
  const items = [
    {
      title: 'Tổ chức hội nghị cử tri chuyên đề về trật tự đô thị trước kỳ họp giữa năm',
      responsible: { kind: 'STAFF', id: 'front-pho-chu-tich', name: 'Nguyễn Thị Hạnh', position: 'Phó Chủ tịch Ủy ban MTTQ thành phố' },
      agencyId: 'front',
      dueOn: '2027-06-15',
      expectedResult: 'Báo cáo tổng hợp ý kiến cử tri gửi Thường trực HĐND trước kỳ họp',
      milestones: [{ title: 'Thống nhất địa điểm, thành phần với UBND các phường', dueOn: '2027-05-20' }],
      content: 'VOTER_MEETINGS',
    },
    {
      title: 'Báo cáo kết quả thực hiện kiến nghị sau giám sát về thoát nước khu phố cổ',
      responsible: { kind: 'STAFF', id: 'so-xay-dung-pho-giam-doc', name: 'Trần Quốc Bảo', position: 'Phó Giám đốc Sở Xây dựng' },
      agencyId: 'so-xay-dung',
      dueOn: '2027-05-15',
      expectedResult: 'Báo cáo bằng văn bản gửi Thường trực HĐND thành phố',
      content: 'SUPERVISION',
    },
  ];
  for (const input of items) {
    await call(`mutation($planId: ID!, $input: CreateCoordinationTaskInput!) { addCoordinationPlanItem(planId: $planId, input: $input) { id } }`, {
      planId: plan.createCoordinationPlan.id,
      input,
    });
  }
}
