import { councilEvents, delegationEvents, frontEvents } from '@hanoi/contracts';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { startPetitions } from './support';

const meetingCases = `query($id: ID!) {
  _entities(representations: [{ __typename: "VoterMeeting", id: $id }]) {
    ... on VoterMeeting { recommendationCases { id kind channel status category subject agency { id } due { on rule } dueAtSession { id } } }
  }
}`;

const d = (value: string) => new Date(`${value}T00:00:00Z`);

function heldEvent(meetingId: string, sessionId: string | null, heldOn = '2026-11-10', key = meetingId) {
  return frontEvents.voterMeetingHeld.event(key, {
    voterMeetingId: meetingId,
    kind: 'BEFORE_SESSION',
    heldOn: d(heldOn),
    administrativeUnitId: 'phuong-hoan-kiem',
    organiserAgencyId: 'front',
    councilSessionId: sessionId,
    recommendations: [
      { number: 1, text: 'Cải tạo vỉa hè phố Hàng Bông', category: 'TRANSPORT', addressedToAgencyId: null },
      { number: 2, text: 'Xây thêm trường mầm non', category: 'EDUCATION', addressedToAgencyId: 'so-giao-duc-dao-tao' },
    ],
  });
}

const scheduled = (id: string, opensOn: string, kind: 'REGULAR' | 'THEMATIC' = 'REGULAR') =>
  councilEvents.sessionScheduled.event(id, { councilSessionId: id, term: '2026-2031', number: 1, kind, opensOn: d(opensOn), closesOn: d(opensOn), documentDueOn: d(opensOn) });

describe('petitions consumes the other services events over Kafka', () => {
  let petitions: Awaited<ReturnType<typeof startPetitions>>;
  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
  });
  afterAll(() => petitions.stop());

  const casesOf = async (meetingId: string) =>
    (await callSubgraph(petitions.url, meetingCases, { id: meetingId })).data!._entities[0].recommendationCases as any[];

  it('F1: opens one routed case per recommendation, once, even when the event is delivered twice', async () => {
    await petitions.publish('council', scheduled('session-a', '2026-12-08'));
    await petitions.publish('council', scheduled('session-b', '2027-07-06'));
    // Topics are consumed independently: let the sessions arrive first so the due date is known at intake.
    const known = () => petitions.app.runtime.database.connection.collection('known_council_sessions').countDocuments();
    await eventually(async () => (await known()) === 2);
    const event = heldEvent('meeting-1', 'session-a');
    await petitions.publish('front', event);
    const cases = await eventually(async () => {
      const found = await casesOf('meeting-1');
      return found.length === 2 && found;
    });
    expect(cases.map((c) => [c.kind, c.channel, c.status, c.agency.id])).toEqual([
      ['VOTER_RECOMMENDATION', 'VOTER_MEETING', 'RECEIVED', 'committee'],
      ['VOTER_RECOMMENDATION', 'VOTER_MEETING', 'RECEIVED', 'so-giao-duc-dao-tao'],
    ]);
    // Raised before session-a, answered at the next regular session after it.
    expect(cases[0].due.on).toBe('2027-07-06');
    expect(cases[0].dueAtSession.id).toBe('session-b');

    await petitions.publish('front', event);
    // Same key, so same partition, after the duplicate: once the marker is applied, the duplicate was consumed.
    await petitions.publish('front', heldEvent('meeting-marker', null, '2026-11-10', 'meeting-1'));
    await eventually(async () => (await casesOf('meeting-marker')).length === 2);
    expect(await casesOf('meeting-1')).toHaveLength(2);
  });

  it('F1+F3: cases wait for their session, and get its date when council schedules it', async () => {
    await petitions.publish('front', heldEvent('meeting-late', null, '2027-08-01'));
    const waiting = await eventually(async () => {
      const found = await casesOf('meeting-late');
      return found.length === 2 && found;
    });
    expect(waiting[0].due.on).toBeNull();
    await petitions.publish('council', scheduled('session-c', '2027-12-07'));
    const dated = await eventually(async () => {
      const found = await casesOf('meeting-late');
      return found.every((c) => c.due.on === '2027-12-07') && found;
    });
    expect(dated[1].dueAtSession.id).toBe('session-c');
  });

  it('F5: a recommendation the NA forwarded is due 60 days after forwarding', async () => {
    const event = delegationEvents.voterRecommendationForwarded.event('fwd-1', {
      recommendationId: 'fwd-1',
      text: 'Đề nghị sớm hoàn thành tuyến đường sắt đô thị số 3',
      category: 'TRANSPORT',
      forwardedOn: d('2026-10-01'),
      addressedToAgencyId: 'so-xay-dung',
      nationalAssemblyDeputyId: null,
    });
    await petitions.publish('delegation', event);
    const found = await eventually(async () => {
      const result = await callSubgraph(petitions.url, `{ petitions(filter: {channel: FORWARDED}) { edges { node { due { on rule } agency { id } deadlines { kind dueOn ruleId } history { action actor } } } } }`);
      return result.data!.petitions.edges[0]?.node;
    });
    expect(found.due.on).toBe('2026-11-30');
    expect(found.due.rule).toMatch(/60 days/);
    expect(found.deadlines).toEqual([{ kind: 'ANSWER', dueOn: '2026-11-30', ruleId: 'NA_FORWARDED_VOTER_RECOMMENDATION' }]);
    expect(found.history).toEqual([{ action: 'RECEIVED', actor: '/hanoi/delegation' }]);
  });

  it('F5: links the case and the forwarded recommendation both ways, many recommendations in one query', async () => {
    const forward = (id: string, text: string) =>
      petitions.publish(
        'delegation',
        delegationEvents.voterRecommendationForwarded.event(id, {
          recommendationId: id,
          text,
          category: 'ENVIRONMENT',
          forwardedOn: d('2026-10-05'),
          addressedToAgencyId: 'so-nong-nghiep-va-moi-truong',
          nationalAssemblyDeputyId: 'dbqh-1',
        }),
      );
    await forward('fwd-link-1', 'Đề nghị xử lý ô nhiễm sông Tô Lịch');
    await forward('fwd-link-2', 'Đề nghị trồng thêm cây xanh trên các tuyến phố');
    const query = `{ _entities(representations: [
        { __typename: "ForwardedVoterRecommendation", id: "fwd-link-1" },
        { __typename: "ForwardedVoterRecommendation", id: "fwd-link-2" },
        { __typename: "ForwardedVoterRecommendation", id: "fwd-never-forwarded" }]) {
        ... on ForwardedVoterRecommendation { id case { subject channel agency { id } forwardedRecommendation { id } } }
      } }`;
    await eventually(async () => (await callSubgraph(petitions.url, query)).data!._entities.filter((entity: any) => entity.case).length === 2);
    const before = await petitions.settledCommandCount();
    const result = await callSubgraph(petitions.url, query);
    // One find for the cases of all three recommendations.
    expect(petitions.app.runtime.database.commandCount() - before).toBe(1);
    expect(result.data!._entities).toEqual([
      {
        id: 'fwd-link-1',
        case: { subject: 'Đề nghị xử lý ô nhiễm sông Tô Lịch', channel: 'FORWARDED', agency: { id: 'so-nong-nghiep-va-moi-truong' }, forwardedRecommendation: { id: 'fwd-link-1' } },
      },
      {
        id: 'fwd-link-2',
        case: { subject: 'Đề nghị trồng thêm cây xanh trên các tuyến phố', channel: 'FORWARDED', agency: { id: 'so-nong-nghiep-va-moi-truong' }, forwardedRecommendation: { id: 'fwd-link-2' } },
      },
      { id: 'fwd-never-forwarded', case: null },
    ]);
    // A case not opened from a forwarded recommendation links to none.
    const meetingCase = (await casesOf('meeting-1'))[0].id;
    const other = await callSubgraph(petitions.url, `query($id: ID!) { petition(id: $id) { forwardedRecommendation { id } } }`, { id: meetingCase });
    expect(other.data!.petition.forwardedRecommendation).toBeNull();
  });

  it('intake: records a complaint with its acceptance deadline; refuses bad input and writes nothing', async () => {
    const submit = `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id status due { on rule } } }`;
    const input = {
      kind: 'COMPLAINT',
      channel: 'MAIL',
      receivedOn: '2026-11-02',
      subject: 'Khiếu nại quyết định thu hồi đất',
      category: 'LAND_HOUSING',
      administrativeUnitId: 'phuong-hoan-kiem',
      agencyId: 'ubnd-phuong-hoan-kiem',
    };
    const ok = await callSubgraph(petitions.url, submit, { input }, callers.petitionsHandler);
    expect(ok.data!.submitPetition).toMatchObject({ status: 'RECEIVED', due: { on: '2026-11-12' } });

    const before = await callSubgraph(petitions.url, `{ petitions(filter: {channel: MAIL}) { totalCount } }`);
    const tooLong = await callSubgraph(petitions.url, submit, { input: { ...input, subject: 'x'.repeat(501) } }, callers.petitionsHandler);
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subject' });
    const future = await callSubgraph(petitions.url, submit, { input: { ...input, receivedOn: '2099-01-01' } }, callers.petitionsHandler);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedOn' });
    const viewer = await callSubgraph(petitions.url, submit, { input }, callers.analyst);
    expect(viewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const after = await callSubgraph(petitions.url, `{ petitions(filter: {channel: MAIL}) { totalCount } }`);
    expect(after.data!.petitions.totalCount).toBe(before.data!.petitions.totalCount);
  });

  it('resolves cases of several meetings and agencies with one query per kind', async () => {
    const before = await petitions.settledCommandCount();
    const result = await callSubgraph(
      petitions.url,
      `{ _entities(representations: [
          { __typename: "VoterMeeting", id: "meeting-1" }, { __typename: "VoterMeeting", id: "meeting-late" },
          { __typename: "Agency", id: "committee" }, { __typename: "Agency", id: "so-giao-duc-dao-tao" }]) {
          ... on VoterMeeting { recommendationCases { id } }
          ... on Agency { openCaseCount }
        } }`,
    );
    const commands = petitions.app.runtime.database.commandCount() - before;
    expect(result.data!._entities.map((e: any) => e.recommendationCases?.length ?? e.openCaseCount)).toEqual([2, 2, expect.any(Number), expect.any(Number)]);
    expect(result.data!._entities[3].openCaseCount).toBeGreaterThanOrEqual(2);
    // One find for the meetings' cases, one aggregate for the agencies' counts.
    expect(commands).toBe(2);
  });
});

describe('petitions with the day counts the law leaves to configuration', () => {
  let petitions: Awaited<ReturnType<typeof startPetitions>>;
  beforeAll(async () => {
    petitions = await startPetitions({ PETITIONS_COUNCIL_VOTER_RECOMMENDATION_DAYS: '30', PETITIONS_DENUNCIATION_VERIFICATION_DAYS: '8' });
    await petitions.seedDirectory();
  });
  afterAll(() => petitions.stop());

  it('a council voter recommendation with no session scheduled is due after the configured days, then at the session', async () => {
    await petitions.publish('front', heldEvent('meeting-configured', null, '2027-03-01'));
    const configured = await eventually(async () => {
      const found = await callSubgraph(petitions.url, meetingCases, { id: 'meeting-configured' });
      const cases = found.data!._entities[0].recommendationCases as any[];
      return cases.length === 2 && cases;
    });
    // Mon 2027-03-01 + 30 days = Wed 2027-03-31, a working day.
    for (const found of configured) {
      expect(found.due).toEqual({ on: '2027-03-31', rule: expect.stringMatching(/^30 days from .*configured while no regular council session is scheduled/) });
      expect(found.dueAtSession).toBeNull();
    }
    await petitions.publish('council', scheduled('session-configured', '2027-07-06'));
    await eventually(async () => {
      const found = await callSubgraph(petitions.url, meetingCases, { id: 'meeting-configured' });
      return (found.data!._entities[0].recommendationCases as any[]).every((c) => c.due.on === '2027-07-06' && c.dueAtSession?.id === 'session-configured');
    });
  });

  it('a denunciation needing verification gets the configured working days for its initial handling', async () => {
    const result = await callSubgraph(
      petitions.url,
      `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { deadlines { kind dueOn ruleId basis } } }`,
      {
        input: {
          kind: 'DENUNCIATION',
          channel: 'MAIL',
          category: 'LAND_HOUSING',
          administrativeUnitId: 'phuong-hoan-kiem',
          receivedOn: '2026-10-05',
          subject: 'Tố cáo cán bộ địa chính',
          verificationNeeded: true,
          petitioners: [{ fullName: 'Nguyễn Văn An', nationalId: '001080000777' }],
        },
      },
      { subject: 'hk-clerk-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] },
    );
    expect(result.errors).toBeUndefined();
    // Mon 2026-10-05: working days 6, 7, 8, 9, 12, 13, 14, 15 → Thu 2026-10-15 (10 would be Mon 19).
    expect(result.data!.submitPetition.deadlines).toEqual([
      { kind: 'INITIAL_HANDLING', dueOn: '2026-10-15', ruleId: 'DENUNCIATION_INITIAL_HANDLING', basis: expect.stringContaining('verification needed: up to 8 (configured)') },
    ]);
  });
});
