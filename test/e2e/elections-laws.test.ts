import type { Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform } from '../support/platform';

/**
 * The regulation's first two contents through the gateway (issue 12 §§3-4): a council election from constituency to
 * deputy (the front records, council learns from its events), a people's juror nominated by the Front and elected by
 * the council, a legal dissemination activity, and a citizen's online contribution to a law consultation.
 */
const frontClerk: Caller = { subject: 'front-clerk', agency: 'front', roles: ['clerk'] };
const councilClerk: Caller = { subject: 'council-clerk', agency: 'council', roles: ['clerk'] };
const delegationClerk: Caller = { subject: 'delegation-clerk', agency: 'delegation', roles: ['clerk'] };

describe('elections, jurors, dissemination and citizens’ contributions through the gateway', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => platform.as(caller, query, variables);
  /** The coded error a request through the gateway answers with. */
  const refusal = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => {
    const response = await platform.gateway(query, variables, caller);
    expect(response.errors).toHaveLength(1);
    return response.errors![0]!.extensions!;
  };

  beforeAll(async () => {
    platform = await startWholePlatform();
  }, 180_000);
  afterAll(async () => {
    await platform?.stop();
  });

  /**
   * Candidates of an election through its second and third consultation rounds (ACCEPTED in both), and a hook run
   * between the rounds (when voter conferences are held).
   */
  async function acceptedCandidates(election: string, names: string[], betweenRounds: (ids: string[]) => Promise<void> = async () => undefined) {
    const consultation = `mutation($input: CreateElectionConsultationInput!) { createElectionConsultation(input: $input) { id } }`;
    const second = (await as(frontClerk, consultation, { input: { election, term: '2026-2031', round: 2, heldOn: '2026-02-03' } })).createElectionConsultation.id;
    const third = (await as(frontClerk, consultation, { input: { election, term: '2026-2031', round: 3, heldOn: '2026-02-20' } })).createElectionConsultation.id;
    const roundResult = `mutation($id: ID!, $input: RecordCandidateRoundResultInput!) { recordCandidateRoundResult(candidateId: $id, input: $input) { status } }`;
    const ids: string[] = [];
    for (const fullName of names) {
      const id = (await as(frontClerk, `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }`, { input: { consultationId: second, fullName, nominatedByAgencyId: 'front' } })).nominateCandidate.id;
      await as(frontClerk, roundResult, { id, input: { consultationId: second, status: 'ACCEPTED', decidedOn: '2026-02-03' } });
      ids.push(id);
    }
    await betweenRounds(ids);
    for (const id of ids) await as(frontClerk, roundResult, { id, input: { consultationId: third, status: 'ACCEPTED', decidedOn: '2026-02-20' } });
    return ids;
  }

  it('takes a council election from constituency to the elected deputy, linked both ways', async () => {
    const candidates = await acceptedCandidates('PEOPLES_COUNCIL', ['Nguyễn Thị Thanh Hà', 'Trần Văn Minh', 'Lê Quốc Bảo'], async ([first]) => {
      // Hội nghị cử tri nơi cư trú, between the second and third rounds: 96 of 140 invited, 91 trust her.
      const conference = await as(frontClerk, `mutation($input: RecordVoterConferenceInput!) { recordVoterConference(input: $input) { confidenceShare quorate trusted candidate { id } } }`, {
        input: { candidateId: first, kind: 'RESIDENCE', heldOn: '2026-02-05', place: 'Tổ dân phố số 4, phường Hoàn Kiếm', votersInvited: 140, attendance: 96, confidenceVotes: 91 },
      });
      expect(conference.recordVoterConference).toEqual({ confidenceShare: 94.79, quorate: true, trusted: true, candidate: { id: first } });
    });
    const [elected, runnerUp, third3] = candidates as [string, string, string];

    const create = `mutation($input: CreateConstituencyInput!) { createConstituency(input: $input) { id name seats minimumCandidates } }`;
    const constituencyInput = { election: 'PEOPLES_COUNCIL', term: '2026-2031', number: 1, seats: 6, administrativeUnitIds: ['phuong-hoan-kiem', 'phuong-cua-nam'] };
    expect(await refusal(frontClerk, create, { input: constituencyInput })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.seats' });
    const constituency = (await as(frontClerk, create, { input: { ...constituencyInput, seats: 1 } })).createConstituency;
    expect(constituency).toMatchObject({ name: 'Đơn vị bầu cử số 1', seats: 1, minimumCandidates: 2 });
    const setList = `mutation($id: ID!, $ids: [ID!]!) { setConstituencyCandidates(constituencyId: $id, input: { candidateIds: $ids }) { candidates { id } } }`;
    expect(await refusal(frontClerk, setList, { id: constituency.id, ids: [elected] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.candidateIds' });
    expect((await as(frontClerk, setList, { id: constituency.id, ids: candidates })).setConstituencyCandidates.candidates).toHaveLength(3);

    const record = `mutation($input: RecordConstituencyResultInput!) { recordConstituencyResult(input: $input) { id turnout outcome unfilledSeats elected { id } votes { candidate { id } votes share elected } } }`;
    const counted = {
      votersOnList: 10_000,
      votersVoted: 9_500,
      validBallots: 9_400,
      votes: [
        { candidateId: runnerUp, votes: 2_500 },
        { candidateId: elected, votes: 6_000 },
        { candidateId: third3, votes: 900 },
      ],
    };
    const figures = { constituencyId: constituency.id, votedOn: '2026-03-15', ...counted };
    const result = (await as(frontClerk, record, { input: figures })).recordConstituencyResult;
    expect(result).toMatchObject({ turnout: 95, outcome: 'VALID', unfilledSeats: 0, elected: [{ id: elected }] });
    expect(result.votes[0]).toEqual({ candidate: { id: elected }, votes: 6_000, share: 63.83, elected: true });
    // Recorded once; a correction keeps who was elected.
    expect(await refusal(frontClerk, record, { input: figures })).toMatchObject({ code: 'CONFLICT' });
    const correct = `mutation($id: ID!, $input: CorrectConstituencyResultInput!) { correctConstituencyResult(constituencyId: $id, input: $input) { validBallots corrections { code previous { validBallots } } } }`;
    const swapped = { ...counted, votes: [{ candidateId: runnerUp, votes: 6_000 }, { candidateId: elected, votes: 2_500 }, { candidateId: third3, votes: 900 }] };
    expect(await refusal(frontClerk, correct, { id: constituency.id, input: { code: 'RECOUNT', reason: 'Kiểm phiếu lại', correctedOn: '2026-03-18', ...swapped } })).toMatchObject({ code: 'CONFLICT', field: 'input.votes' });
    const fixed = await as(frontClerk, correct, { id: constituency.id, input: { code: 'CLERICAL_ERROR', reason: 'Nhầm lẫn khi ghi biên bản', correctedOn: '2026-03-18', ...counted, validBallots: 9_410 } });
    expect(fixed.correctConstituencyResult).toEqual({ validBallots: 9_410, corrections: [{ code: 'CLERICAL_ERROR', previous: { validBallots: 9_400 } }] });

    // candidate.elected crosses Kafka: council records the deputy, linked to the candidate both ways.
    const link = await eventually(async () => {
      const data = await as(councilClerk, `query($id: ID!) { candidate(id: $id) { fullName constituency { number } electedCouncilDeputy { id fullName term constituency candidate { id } } } }`, { id: elected });
      return data.candidate.electedCouncilDeputy ? data.candidate : null;
    }, 90_000);
    expect(link).toMatchObject({
      fullName: 'Nguyễn Thị Thanh Hà',
      constituency: { number: 1 },
      electedCouncilDeputy: { fullName: 'Nguyễn Thị Thanh Hà', term: '2026-2031', constituency: 'Đơn vị bầu cử số 1', candidate: { id: elected } },
    });
    const deputy = await as(councilClerk, `query($id: ID!) { councilDeputy(id: $id) { candidate { id } } }`, { id: link.electedCouncilDeputy.id });
    expect(deputy.councilDeputy.candidate.id).toBe(elected);
    const runnerUpDeputy = await as(councilClerk, `query($id: ID!) { candidate(id: $id) { electedCouncilDeputy { id } } }`, { id: runnerUp });
    expect(runnerUpDeputy.candidate.electedCouncilDeputy).toBeNull();
  }, 180_000);

  it('makes the candidate a National Assembly election elects a deputy of the delegation', async () => {
    const [elected, other, third] = (await acceptedCandidates('NATIONAL_ASSEMBLY', ['Phạm Thu Trang', 'Đỗ Văn Hải', 'Ngô Minh Tuấn'])) as [string, string, string];
    const constituency = (
      await as(frontClerk, `mutation($input: CreateConstituencyInput!) { createConstituency(input: $input) { id } }`, {
        input: { election: 'NATIONAL_ASSEMBLY', term: '2026-2031', number: 2, seats: 1, administrativeUnitIds: ['phuong-ba-dinh'] },
      })
    ).createConstituency.id;
    await as(frontClerk, `mutation($id: ID!, $ids: [ID!]!) { setConstituencyCandidates(constituencyId: $id, input: { candidateIds: $ids }) { id } }`, { id: constituency, ids: [elected, other, third] });
    await as(frontClerk, `mutation($input: RecordConstituencyResultInput!) { recordConstituencyResult(input: $input) { id } }`, {
      input: { constituencyId: constituency, votedOn: '2026-03-15', votersOnList: 500_000, votersVoted: 480_000, validBallots: 476_000, votes: [{ candidateId: elected, votes: 300_000 }, { candidateId: other, votes: 120_000 }, { candidateId: third, votes: 50_000 }] },
    });
    const deputy = await eventually(async () => (await as(delegationClerk, `query($id: ID!) { candidate(id: $id) { electedNationalAssemblyDeputy { fullName constituency term candidate { id } } } }`, { id: elected })).candidate.electedNationalAssemblyDeputy, 90_000);
    expect(deputy).toEqual({ fullName: 'Phạm Thu Trang', constituency: 2, term: 'XVI (2026-2031)', candidate: { id: elected } });
  }, 180_000);

  it("records a people's juror the Front nominated and the council elected, for the council's term", async () => {
    const nomination = (
      await as(frontClerk, `mutation($input: NominatePeoplesJurorInput!) { nominatePeoplesJuror(input: $input) { id court juror { id } } }`, {
        input: { fullName: 'Lê Văn Bình', courtLevel: 'REGIONAL', courtRegion: 3, councilTerm: '2026-2031', nominatedOn: '2026-04-10' },
      })
    ).nominatePeoplesJuror;
    expect(nomination.court).toBe('Tòa án nhân dân khu vực 3 - Hà Nội');
    const session = (
      await as(councilClerk, `mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id } }`, {
        input: { term: '2026-2031', number: 1, kind: 'REGULAR', opensOn: '2026-04-20', closesOn: '2026-04-25' },
      })
    ).scheduleCouncilSession.id;
    // peoplesJuror.nominated crosses Kafka: the front's link resolves once council has the nominee.
    await eventually(async () => (await as(councilClerk, `query($id: ID!) { peoplesJurorNomination(id: $id) { juror { status } } }`, { id: nomination.id })).peoplesJurorNomination.juror, 90_000);

    const elect = `mutation($id: ID!, $input: ElectPeoplesJurorInput!) { electPeoplesJuror(id: $id, input: $input) { status term court termStartsOn termEndsOn serving electedAt { id } nomination { id fullName } } }`;
    expect(await refusal(frontClerk, elect, { id: nomination.juror.id, input: { councilSessionId: session, electedOn: '2026-04-24' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(councilClerk, elect, { id: nomination.juror.id, input: { councilSessionId: session, electedOn: '2026-04-27' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.electedOn' });
    const juror = (await as(councilClerk, elect, { id: nomination.juror.id, input: { councilSessionId: session, electedOn: '2026-04-24' } })).electPeoplesJuror;
    // The 2031-2036 council's first session is not scheduled: the term's end is not known yet.
    expect(juror).toEqual({ status: 'ELECTED', term: '2026-2031', court: 'Tòa án nhân dân khu vực 3 - Hà Nội', termStartsOn: '2026-04-24', termEndsOn: null, serving: true, electedAt: { id: session }, nomination: { id: nomination.id, fullName: 'Lê Văn Bình' } });
    expect(await refusal(councilClerk, elect, { id: nomination.juror.id, input: { councilSessionId: session, electedOn: '2026-04-24' } })).toMatchObject({ code: 'CONFLICT' });
    const list = await as(councilClerk, `{ peoplesJurors(filter: { term: "2026-2031", status: ELECTED }) { totalCount edges { node { id } } } }`);
    expect(list.peoplesJurors).toEqual({ totalCount: 1, edges: [{ node: { id: nomination.juror.id } }] });
  }, 180_000);

  it('lists legal dissemination activities by body, audience and law, page by page', async () => {
    const record = `mutation($input: RecordDisseminationActivityInput!) { recordDisseminationActivity(input: $input) { id peopleReached } }`;
    const activity = {
      bodyAgencyId: 'council',
      heldOn: '2026-11-09',
      form: 'DIRECT',
      laws: ['Luật Đất đai 2024', 'Luật Nhà ở 2023'],
      audiences: [{ kind: 'RESIDENTS', count: 320 }, { kind: 'CADRES_CIVIL_SERVANTS', count: 45 }],
      place: 'Nhà văn hóa phường Hoàn Kiếm',
    };
    expect(await refusal(frontClerk, record, { input: activity })).toMatchObject({ code: 'FORBIDDEN' });
    const first = (await as(councilClerk, record, { input: activity })).recordDisseminationActivity;
    expect(first.peopleReached).toBe(365);
    await as(councilClerk, record, { input: { ...activity, heldOn: '2026-11-20', form: 'CONTEST', laws: ['Luật Phòng, chống ma túy 2021'], audiences: [{ kind: 'STUDENTS', count: 1_200 }] } });

    const list = `query($filter: DisseminationActivityFilter, $after: String) { disseminationActivities(filter: $filter, first: 1, after: $after) { totalCount edges { node { id heldOn form } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = (await as(councilClerk, list, { filter: { bodyAgencyId: 'council' } })).disseminationActivities;
    expect(page1).toMatchObject({ totalCount: 2, edges: [{ node: { heldOn: '2026-11-20', form: 'CONTEST' } }], pageInfo: { hasNextPage: true } });
    const page2 = (await as(councilClerk, list, { filter: { bodyAgencyId: 'council' }, after: page1.pageInfo.endCursor })).disseminationActivities;
    expect(page2).toMatchObject({ edges: [{ node: { id: first.id } }], pageInfo: { hasNextPage: false } });
    const byLaw = (await as(councilClerk, list, { filter: { law: 'dat dai', audienceKind: 'RESIDENTS' } })).disseminationActivities;
    expect(byLaw.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([first.id]);
    expect((await as(councilClerk, list, { filter: { audienceKind: 'BUSINESSES' } })).disseminationActivities.totalCount).toBe(0);
  });

  it("takes a citizen's online opinion as a contribution to a law consultation, without a person", async () => {
    const consultation = (
      await as(delegationClerk, `mutation { createLawConsultation(input: { draftTitle: "Dự thảo Luật Thủ đô (sửa đổi)", draftKind: LAW, opensOn: "2026-11-01", closesOn: "2026-12-20", invitedAgencyIds: ["committee"] }) { id } }`)
    ).createLawConsultation.id;
    const submit = `mutation($input: SubmitCitizenContributionInput!) { submitCitizenContribution(input: $input) { id source agency { id } voterMeeting { id } content } }`;
    const input = { consultationId: consultation, source: 'ONLINE_CITIZEN', content: 'Đề nghị quy định rõ thời hạn công khai quy hoạch phân khu.', submittedOn: '2026-11-15', administrativeUnitId: 'phuong-hoan-kiem' };
    expect(await refusal(frontClerk, submit, { input })).toMatchObject({ code: 'FORBIDDEN' });
    const contribution = (await as(delegationClerk, submit, { input })).submitCitizenContribution;
    expect(contribution).toMatchObject({ source: 'ONLINE_CITIZEN', agency: null, voterMeeting: null });
    const read = await as(delegationClerk, `query($id: ID!) { lawConsultation(id: $id) { contributions { id source } pendingAgencies { id } } }`, { id: consultation });
    // The citizen's contribution is counted; the invited agency still owes its own.
    expect(read.lawConsultation).toEqual({ contributions: [{ id: contribution.id, source: 'ONLINE_CITIZEN' }], pendingAgencies: [{ id: 'committee' }] });
  });
});
