/**
 * The demo data set beyond the directory (directory.ts), as plain data matching the mutations' inputs. Each entity is
 * told apart by a natural key the seed looks it up by (a name, a title, a number), so loading it again finds it.
 */

export const councilDeputies = [
  { fullName: 'Nguyễn Thị Minh Hòa', constituency: 'Đơn vị bầu cử số 1', administrativeUnitId: 'phuong-hoan-kiem', fullTime: true, committees: ['LEGAL'], term: '2026-2031' },
  { fullName: 'Trần Văn Quang', constituency: 'Đơn vị bầu cử số 1', administrativeUnitId: 'phuong-cua-nam', fullTime: false, committees: ['URBAN'], term: '2026-2031' },
  { fullName: 'Lê Thu Hà', constituency: 'Đơn vị bầu cử số 4', administrativeUnitId: 'phuong-cau-giay', fullTime: false, committees: ['CULTURE_SOCIAL'], term: '2026-2031' },
];

export const nationalAssemblyDeputies = [
  { fullName: 'Phạm Đức Anh', constituency: 1, term: 'XVI (2026-2031)', fullTime: true, workplace: 'Đoàn đại biểu Quốc hội thành phố Hà Nội' },
  { fullName: 'Hoàng Thị Lan', constituency: 1, term: 'XVI (2026-2031)', fullTime: false, workplace: 'Sở Y tế thành phố Hà Nội' },
];

export const councilSessions = [
  { term: '2026-2031', number: 5, kind: 'REGULAR', opensOn: '2026-12-08', closesOn: '2026-12-11' },
  { term: '2026-2031', number: 6, kind: 'REGULAR', opensOn: '2027-07-06', closesOn: '2027-07-09' },
];

/** Session 5's agenda. Its documents are due on 2026-11-23: the programme was issued in time, the budget two days late. */
export const agenda = [
  { title: 'Tờ trình về dự toán ngân sách thành phố năm 2027', presentingAgencyId: 'so-tai-chinh', reviewingCommittee: 'ECONOMY_BUDGET' },
  { title: 'Báo cáo kết quả giải quyết kiến nghị cử tri trước kỳ họp', presentingAgencyId: 'committee', reviewingCommittee: 'LEGAL' },
  { title: 'Tờ trình điều chỉnh quy hoạch chung xây dựng Thủ đô', presentingAgencyId: 'so-quy-hoach-kien-truc', reviewingCommittee: 'URBAN' },
];
export const programmeIssuedOn = '2026-11-20';
export const budgetDocumentSubmittedOn = '2026-11-25';

export const question = { addressedToAgencyId: 'so-xay-dung', text: 'Tiến độ xử lý các công trình vi phạm trật tự xây dựng trên địa bàn quận Hoàn Kiếm cũ?' };

/** Held before session 5, with both NA deputies and the first two council deputies; its recommendations become cases (F1). */
export const voterMeeting = {
  kind: 'BEFORE_SESSION',
  heldOn: '2026-11-20',
  place: 'Nhà văn hóa phường Hoàn Kiếm, 12 Hàng Bài',
  administrativeUnitId: 'phuong-hoan-kiem',
  attendance: 150,
  recommendations: [
    { text: 'Đề nghị sớm cải tạo vỉa hè và hệ thống thoát nước phố Hàng Bông', category: 'TRANSPORT', addressedToAgencyId: 'so-xay-dung' },
    { text: 'Đề nghị tăng cường kiểm tra vệ sinh an toàn thực phẩm tại chợ Hàng Da', category: 'HEALTH', addressedToAgencyId: 'so-y-te' },
    { text: 'Đề nghị xử lý dứt điểm tình trạng lấn chiếm lòng đường để kinh doanh', category: 'CONSTRUCTION_URBAN_ORDER' },
  ],
};

export const cases = [
  { kind: 'COMPLAINT', channel: 'CITIZEN_RECEPTION', receivedOn: '2026-11-16', subject: 'Khiếu nại quyết định bồi thường khi thu hồi đất', category: 'LAND_HOUSING', agencyId: 'ubnd-phuong-hoan-kiem', administrativeUnitId: 'phuong-hoan-kiem' },
  { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn: '2026-11-24', subject: 'Rác thải tồn đọng tại ngõ 34 phố Cầu Giấy', category: 'ENVIRONMENT', agencyId: 'ubnd-phuong-cau-giay', administrativeUnitId: 'phuong-cau-giay' },
  { kind: 'RECOMMENDATION', channel: 'MAIL', receivedOn: '2026-11-10', subject: 'Kiến nghị bổ sung đèn tín hiệu giao thông tại nút giao gần trường học', category: 'TRANSPORT', agencyId: 'so-xay-dung', administrativeUnitId: 'phuong-ba-dinh' },
  { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn: '2024-08-12', subject: 'Công trình xây dựng sai phép trên phố Đội Cấn', category: 'CONSTRUCTION_URBAN_ORDER', agencyId: 'ubnd-quan-ba-dinh', administrativeUnitId: 'quan-ba-dinh' },
];

export const lawConsultation = {
  draftTitle: 'Dự thảo Luật Thủ đô (sửa đổi) — lấy ý kiến các cơ quan của thành phố',
  draftKind: 'LAW',
  opensOn: '2026-11-15',
  closesOn: '2026-12-15',
  invitedAgencyIds: ['committee', 'council', 'front', 'so-tu-phap'],
};

export const supervisionProgramme = {
  title: 'Giám sát việc giải quyết kiến nghị cử tri gửi tới kỳ họp thứ tư',
  kind: 'THEMATIC',
  leadAgencyId: 'council',
  year: 2026,
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  supervisedAgencyIds: ['committee', 'so-xay-dung'],
};
export const supervisionRecommendation = { addressedToAgencyId: 'so-xay-dung', text: 'Hoàn thành cải tạo hệ thống thoát nước khu phố cổ trước mùa mưa', dueOn: '2027-04-30' };

export const focalPoint = {
  agencyId: 'so-xay-dung',
  input: { kind: 'STAFF', id: 'so-xay-dung-chanh-van-phong', name: 'Đỗ Minh Tuấn', position: 'Chánh Văn phòng Sở Xây dựng' },
};

/** The annual coordination plan with two "5 rõ" items: the last thing the seed loads (its completion mark). */
export const coordinationPlan = { year: 2027, title: 'Kế hoạch phối hợp năm 2027 giữa Đoàn ĐBQH, Thường trực HĐND, UBND và Ủy ban MTTQ thành phố' };
export const coordinationPlanItems = [
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

/**
 * Two communes running the regulation with their own bodies — the directory import gives each of today's communes its
 * People's Council standing body (`hdnd-<unit>`) and Fatherland Front committee (`mttq-<unit>`) beside its People's
 * Committee (`ubnd-<unit>`): a council session, a voter meeting before it whose recommendation goes to the commune's
 * People's Committee (F1, a case over Kafka), and a supervision of that committee with a recommendation.
 */
const commune = (unitId: string, unitName: string, place: string, recommendation: string, supervision: { title: string; recommendation: string }) => ({
  unitId,
  session: { term: '2026-2031', number: 1, kind: 'REGULAR', opensOn: '2026-12-22', closesOn: '2026-12-23', councilAgencyId: `hdnd-${unitId}` },
  voterMeeting: {
    kind: 'BEFORE_SESSION',
    heldOn: '2026-11-27',
    place,
    administrativeUnitId: unitId,
    organiserAgencyId: `mttq-${unitId}`,
    attendance: 80,
    recommendations: [{ text: recommendation, category: 'CONSTRUCTION_URBAN_ORDER', addressedToAgencyId: `ubnd-${unitId}` }],
  },
  supervisionProgramme: {
    title: supervision.title,
    kind: 'THEMATIC',
    leadAgencyId: `hdnd-${unitId}`,
    year: 2026,
    startsOn: '2026-10-15',
    endsOn: '2026-12-15',
    supervisedAgencyIds: [`ubnd-${unitId}`],
  },
  supervisionRecommendation: { addressedToAgencyId: `ubnd-${unitId}`, text: supervision.recommendation, dueOn: '2027-03-31' },
  unitName,
});

export const communes = [
  commune('phuong-hoan-kiem', 'Phường Hoàn Kiếm', 'Nhà văn hóa tổ dân phố số 5, phố Hàng Bạc', 'Đề nghị phường bố trí điểm trông giữ xe cho cư dân phố Hàng Bạc', {
    title: 'Giám sát công tác quản lý trật tự đô thị trên địa bàn phường năm 2026',
    recommendation: 'Xử lý dứt điểm các điểm lấn chiếm vỉa hè trên phố Hàng Bạc, Hàng Bè',
  }),
  commune('xa-thanh-tri', 'Xã Thanh Trì', 'Hội trường Ủy ban nhân dân xã Thanh Trì', 'Đề nghị xã sớm nạo vét kênh tiêu thoát nước trước mùa mưa', {
    title: 'Giám sát việc quản lý đất công trên địa bàn xã năm 2026',
    recommendation: 'Hoàn thành rà soát, lập hồ sơ quản lý các thửa đất công chưa sử dụng',
  }),
];
