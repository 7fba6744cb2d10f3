import { councilEvents } from '@hanoi/contracts';
import { formatCalendarDate, hanoiToday } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { collectCouncilEvents, shiftDay, startCouncil } from './support';

const schedule = `mutation($input: ScheduleCouncilSessionInput!) {
  scheduleCouncilSession(input: $input) { id term number name kind opensOn closesOn status documentDueOn }
}`;

const regular = { term: '2021-2026', number: 12, kind: 'REGULAR', opensOn: '2025-12-08', closesOn: '2025-12-10' };

describe('council subgraph: council sessions', () => {
  let council: Awaited<ReturnType<typeof startCouncil>>;
  let consumer: Awaited<ReturnType<typeof collectCouncilEvents>>;
  let sessionId: string;

  beforeAll(async () => {
    council = await startCouncil();
    consumer = await collectCouncilEvents(council.app.runtime.topic('council'), council.config.KAFKA_BROKERS);
  });
  afterAll(async () => {
    await consumer.stop();
    await council.stop();
  });

  it('schedules a session with its document due date (15 days before opening by default) and reads it back', async () => {
    const created = await callSubgraph(council.url, schedule, { input: regular }, callers.councilClerk);
    expect(created.errors).toBeUndefined();
    const session = created.data!.scheduleCouncilSession;
    expect(session).toMatchObject({
      term: '2021-2026',
      number: 12,
      name: 'Kỳ họp thứ 12, HĐND thành phố khóa XVI',
      status: 'SCHEDULED',
      opensOn: '2025-12-08',
      closesOn: '2025-12-10',
      documentDueOn: '2025-11-23',
    });
    sessionId = session.id;

    const read = await callSubgraph(council.url, `query($id: ID!) { councilSession(id: $id) { id number documentDueOn agenda { id } } }`, { id: sessionId });
    expect(read.data!.councilSession).toEqual({ id: sessionId, number: 12, documentDueOn: '2025-11-23', agenda: [] });
  });

  it('publishes councilSession.scheduled on the real council topic, keyed by the session', async () => {
    const event = await eventually(async () =>
      consumer.events.find((e) => e.type === councilEvents.sessionScheduled.type && e.subject === sessionId),
    );
    expect(event).toMatchObject({ specversion: '1.0', source: '/hanoi/council', subject: sessionId, datacontenttype: 'application/json' });
    expect(event.data).toEqual({
      councilSessionId: sessionId,
      term: '2021-2026',
      number: 12,
      kind: 'REGULAR',
      opensOn: '2025-12-08',
      closesOn: '2025-12-10',
      documentDueOn: '2025-11-23',
      // Held by the city council (scheduled by its clerk).
      councilAgencyId: 'council',
      level: 'CITY',
      jurisdictionUnitId: null,
    });
  });

  it("opens the session's programme obligation, owed by the council on the document deadline, in the same write", async () => {
    const opened = await eventually(async () =>
      consumer.events.find((e) => e.type === councilEvents.obligation.opened.type && e.subject === sessionId),
    );
    expect(councilEvents.obligation.opened.parse(opened)).toEqual({
      obligationId: `councilSession:${sessionId}:programme`,
      kind: 'SESSION_PROGRAMME',
      agencyId: 'council',
      dueOn: new Date('2025-11-23T00:00:00Z'),
      subject: { type: 'CouncilSession', id: sessionId },
      content: 'COUNCIL_SESSIONS',
      basis: expect.stringMatching(/chậm nhất 15 ngày trước ngày khai mạc/),
      councilSessionId: sessionId,
      title: 'Chương trình kỳ họp thứ 12',
    });
  });

  describe('issuing the programme (ban hành chương trình kỳ họp)', () => {
    const issue = `mutation($id: ID!, $input: IssueSessionProgrammeInput!) { issueSessionProgramme(id: $id, input: $input) { id programmeIssuedOn } }`;
    const programmeOf = async (id: string) =>
      (await callSubgraph(council.url, `query($id: ID!) { councilSession(id: $id) { programmeIssuedOn } }`, { id })).data!.councilSession.programmeIssuedOn;

    it('refuses other agencies, a day after the opening or in the future, and an unknown session, writing nothing', async () => {
      for (const caller of [callers.frontClerk, callers.committeeClerk, callers.analyst]) {
        const forbidden = await callSubgraph(council.url, issue, { id: sessionId, input: { issuedOn: '2025-11-20' } }, caller);
        expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      }
      const afterOpening = await callSubgraph(council.url, issue, { id: sessionId, input: { issuedOn: '2025-12-09' } }, callers.councilClerk);
      expect(afterOpening.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issuedOn' });
      const tomorrow = shiftDay(formatCalendarDate(hanoiToday()), 1);
      const future = await callSubgraph(council.url, issue, { id: sessionId, input: { issuedOn: tomorrow } }, callers.councilClerk);
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issuedOn' });
      const unknown = await callSubgraph(council.url, issue, { id: 'no-such-session', input: { issuedOn: '2025-11-20' } }, callers.councilClerk);
      expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(await programmeOf(sessionId)).toBeNull();
    });

    it('records the issue day once (CONFLICT afterwards), publishing programmeIssued and meeting the obligation', async () => {
      const issued = await callSubgraph(council.url, issue, { id: sessionId, input: { issuedOn: '2025-11-25' } }, callers.councilClerk);
      expect(issued.errors).toBeUndefined();
      expect(issued.data!.issueSessionProgramme).toEqual({ id: sessionId, programmeIssuedOn: '2025-11-25' });
      const again = await callSubgraph(council.url, issue, { id: sessionId, input: { issuedOn: '2025-11-20' } }, { ...callers.councilClerk, roles: ['leader'] });
      expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(await programmeOf(sessionId)).toBe('2025-11-25');

      const event = await eventually(async () => consumer.events.find((e) => e.type === councilEvents.sessionProgrammeIssued.type && e.subject === sessionId));
      expect(event.data).toEqual({ councilSessionId: sessionId, term: '2021-2026', number: 12, documentDueOn: '2025-11-23', issuedOn: '2025-11-25', late: true });
      const met = await eventually(async () => consumer.events.find((e) => e.type === councilEvents.obligation.met.type && e.subject === sessionId));
      expect(met.data).toEqual({ obligationId: `councilSession:${sessionId}:programme`, metOn: '2025-11-25' });
      expect(consumer.events.filter((e) => e.type === councilEvents.obligation.met.type && e.subject === sessionId)).toHaveLength(1);
    });
  });

  it('refuses closesOn before opensOn, naming the field, and writes nothing', async () => {
    const result = await callSubgraph(council.url, schedule, {
      input: { ...regular, number: 13, opensOn: '2026-02-10', closesOn: '2026-02-09' },
    }, callers.councilClerk);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesOn' });
    const listed = await callSubgraph(council.url, `{ councilSessions(filter: {opensFrom: "2026-02-10", opensTo: "2026-02-10"}) { totalCount } }`);
    expect(listed.data!.councilSessions.totalCount).toBe(0);
  });

  it('refuses an unknown term and an opening day outside the term', async () => {
    const term = await callSubgraph(council.url, schedule, { input: { ...regular, term: '2016-2021' } }, callers.councilClerk);
    expect(term.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.term' });
    const outside = await callSubgraph(council.url, schedule, {
      input: { ...regular, number: 40, opensOn: '2027-01-05', closesOn: '2027-01-06' },
    }, callers.councilClerk);
    expect(outside.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.opensOn' });
  });

  it('refuses a second session with the same number in the same term (CONFLICT), but not in another term', async () => {
    const duplicate = await callSubgraph(council.url, schedule, {
      input: { ...regular, kind: 'THEMATIC', opensOn: '2026-01-05', closesOn: '2026-01-05' },
    }, callers.councilClerk);
    expect(duplicate.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });

    const otherTerm = await callSubgraph(council.url, schedule, {
      input: { term: '2026-2031', number: 12, kind: 'THEMATIC', opensOn: '2029-03-02', closesOn: '2029-03-02' },
    }, callers.councilClerk);
    expect(otherTerm.errors).toBeUndefined();
    const listed = await callSubgraph(council.url, `{ councilSessions(filter: {term: "2021-2026"}) { totalCount } }`);
    expect(listed.data!.councilSessions.totalCount).toBe(1);
  });

  it('lets only council staff schedule', async () => {
    const result = await callSubgraph(council.url, schedule, { input: { ...regular, number: 50 } }, callers.frontClerk);
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const analyst = await callSubgraph(council.url, schedule, { input: { ...regular, number: 50 } }, callers.analyst);
    expect(analyst.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('opens then closes a session, refusing transitions out of order', async () => {
    const open = `mutation($id: ID!) { openCouncilSession(id: $id) { status } }`;
    const close = `mutation($id: ID!) { closeCouncilSession(id: $id) { status } }`;
    const created = await callSubgraph(council.url, schedule, {
      input: { term: '2026-2031', number: 3, kind: 'REGULAR', opensOn: '2026-07-08', closesOn: '2026-07-11' },
    }, callers.councilClerk);
    const id = created.data!.scheduleCouncilSession.id;

    const early = await callSubgraph(council.url, close, { id }, callers.councilClerk);
    expect(early.errors![0]!.extensions!.code).toBe('CONFLICT');
    const opened = await callSubgraph(council.url, open, { id }, callers.councilClerk);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openCouncilSession.status).toBe("IN_PROGRESS");
    expect((await callSubgraph(council.url, close, { id }, callers.councilClerk)).data!.closeCouncilSession.status).toBe('CLOSED');
    const again = await callSubgraph(council.url, open, { id }, callers.councilClerk);
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    const missing = await callSubgraph(council.url, open, { id: 'no-such-session' }, callers.councilClerk);
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    const closed = await callSubgraph(council.url, `{ councilSessions(filter: {status: CLOSED}) { edges { node { id } } } }`);
    expect(closed.data!.councilSessions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
    const closedEvent = await eventually(async () => consumer.events.find((e) => e.type === councilEvents.sessionClosed.type && e.subject === id));
    expect(councilEvents.sessionClosed.parse(closedEvent)).toEqual({ councilSessionId: id, term: '2026-2031', number: 3, status: 'CLOSED' });
  });

  it('filters by kind and opening days, pages with cursors, and caps page sizes', async () => {
    for (const [number, opensOn] of [[20, '2030-04-01'], [21, '2030-07-01'], [22, '2030-12-01']] as const) {
      const r = await callSubgraph(council.url, schedule, {
        input: { term: '2026-2031', number, kind: 'REGULAR', opensOn, closesOn: opensOn },
      }, callers.councilClerk);
      expect(r.errors).toBeUndefined();
    }
    const page = `query($after: String) { councilSessions(filter: {kind: REGULAR, opensFrom: "2030-01-01", opensTo: "2030-12-31"}, first: 2, after: $after) {
      totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } }`;
    const first = await callSubgraph(council.url, page);
    expect(first.data!.councilSessions.totalCount).toBe(3);
    expect(first.data!.councilSessions.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([22, 21]);
    expect(first.data!.councilSessions.pageInfo.hasNextPage).toBe(true);
    const second = await callSubgraph(council.url, page, { after: first.data!.councilSessions.pageInfo.endCursor });
    expect(second.data!.councilSessions.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([20]);
    expect(second.data!.councilSessions.pageInfo.hasNextPage).toBe(false);

    const thematic = await callSubgraph(council.url, `{ councilSessions(filter: {kind: THEMATIC}) { edges { node { number term } } } }`);
    expect(thematic.data!.councilSessions.edges.map((e: { node: unknown }) => e.node)).toEqual([{ number: 12, term: '2026-2031' }]);

    const capped = await callSubgraph(council.url, '{ councilSessions(first: 101) { totalCount } }');
    expect(capped.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('finds the next regular session strictly after a day, skipping thematic ones', async () => {
    const next = `query($after: Date!) { nextRegularSession(after: $after) { number opensOn } }`;
    // The thematic session of 2029-03-02 does not count; 2030-04-01 is the next regular one.
    expect((await callSubgraph(council.url, next, { after: '2029-01-01' })).data!.nextRegularSession).toEqual({ number: 20, opensOn: '2030-04-01' });
    expect((await callSubgraph(council.url, next, { after: '2030-04-01' })).data!.nextRegularSession).toEqual({ number: 21, opensOn: '2030-07-01' });
    expect((await callSubgraph(council.url, next, { after: '2030-12-01' })).data!.nextRegularSession).toBeNull();
  });

  it('resolves several CouncilSession references in one database query', async () => {
    const listed = await callSubgraph(council.url, `{ councilSessions(first: 4) { edges { node { id } } } }`);
    const ids: string[] = listed.data!.councilSessions.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toHaveLength(4);
    const before = await council.settledCommandCount();
    const result = await callSubgraph(council.url, `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on CouncilSession { id number documentDueOn } }
    }`, { representations: [...ids, 'unknown-session'].map((id) => ({ __typename: 'CouncilSession', id })) });
    expect(council.app.runtime.database.commandCount() - before).toBe(1);
    expect(result.data!._entities.slice(0, 4).map((e: { id: string }) => e.id)).toEqual(ids);
    expect(result.data!._entities[4]).toBeNull();
  });
});
