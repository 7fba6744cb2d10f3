import { councilEvents } from '@hanoi/contracts';
import { formatCalendarDate, hanoiToday, type Caller } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { collectCouncilEvents, shiftDay, startCouncil } from './support';

const schedule = `mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id documentDueOn } }`;
const add = `mutation($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) { id title documentDueOn submittedOn late timeliness status reviewingCommittee presentingAgency { id } councilSession { id } }
}`;
const submit = `mutation($id: ID!, $input: SubmitAgendaDocumentInput!) {
  submitAgendaDocument(agendaItemId: $id, input: $input) { id submittedOn late timeliness status }
}`;
const agencyItems = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Agency { id all: agendaItems { id } late: agendaItems(lateOnly: true) { id } } }
}`;

const financeClerk: Caller = { subject: 'stc-clerk-1', agency: 'so-tai-chinh', roles: ['clerk'] };
const constructionLeader: Caller = { subject: 'sxd-leader-1', agency: 'so-xay-dung', roles: ['leader'] };
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('council subgraph: agenda items and document deadlines', () => {
  let council: Awaited<ReturnType<typeof startCouncil>>;
  let consumer: Awaited<ReturnType<typeof collectCouncilEvents>>;
  // Past session (documents due 2025-11-18 with 20 lead days) and a future one (due 2030-06-11).
  let past: string;
  let future: string;
  const item: Record<'onTime' | 'late' | 'missing' | 'pending', string> = { onTime: '', late: '', missing: '', pending: '' };

  async function addItem(councilSessionId: string, title: string, presentingAgencyId: string) {
    const result = await callSubgraph(council.url, add, {
      input: { councilSessionId, title, presentingAgencyId, reviewingCommittee: 'ECONOMY_BUDGET' },
    }, callers.councilClerk);
    expect(result.errors).toBeUndefined();
    return result.data!.addAgendaItem;
  }

  beforeAll(async () => {
    council = await startCouncil({ COUNCIL_DOCUMENT_LEAD_DAYS: '20' });
    consumer = await collectCouncilEvents(council.app.runtime.topic('council'), council.config.KAFKA_BROKERS);
    const a = await callSubgraph(council.url, schedule, {
      input: { term: '2021-2026', number: 10, kind: 'REGULAR', opensOn: '2025-12-08', closesOn: '2025-12-10' },
    }, callers.councilClerk);
    const b = await callSubgraph(council.url, schedule, {
      input: { term: '2026-2031', number: 8, kind: 'REGULAR', opensOn: '2030-07-01', closesOn: '2030-07-03' },
    }, callers.councilClerk);
    past = a.data!.scheduleCouncilSession.id;
    future = b.data!.scheduleCouncilSession.id;
  });
  afterAll(async () => {
    await consumer.stop();
    await council.stop();
  });

  it('uses the configured lead days for the session document due date', async () => {
    const read = await callSubgraph(council.url, `query($id: ID!) { councilSession(id: $id) { documentDueOn } }`, { id: past });
    expect(read.data!.councilSession.documentDueOn).toBe('2025-11-18');
  });

  it('adds items that copy the session due date, and lists them as the session agenda', async () => {
    const onTime = await addItem(past, 'Tờ trình dự toán ngân sách năm 2026', 'so-tai-chinh');
    expect(onTime).toMatchObject({
      documentDueOn: '2025-11-18',
      submittedOn: null,
      status: 'AWAITING_DOCUMENT',
      late: true,
      timeliness: 'MISSING',
      reviewingCommittee: 'ECONOMY_BUDGET',
      presentingAgency: { id: 'so-tai-chinh' },
      councilSession: { id: past },
    });
    item.onTime = onTime.id;
    item.late = (await addItem(past, 'Tờ trình quy hoạch chung đô thị', 'so-xay-dung')).id;
    item.missing = (await addItem(past, 'Báo cáo công tác quản lý trật tự xây dựng', 'so-xay-dung')).id;
    const pending = await addItem(future, 'Tờ trình phân bổ vốn đầu tư công', 'so-tai-chinh');
    expect(pending).toMatchObject({ documentDueOn: '2030-06-11', late: false, timeliness: 'PENDING' });
    item.pending = pending.id;

    const agenda = await callSubgraph(council.url, `query($id: ID!) { councilSession(id: $id) { agenda { id } } }`, { id: past });
    expect(ids(agenda.data!.councilSession.agenda)).toEqual([item.onTime, item.late, item.missing]);
    const read = await callSubgraph(council.url, `query($id: ID!) { agendaItem(id: $id) { title } }`, { id: item.pending });
    expect(read.data!.agendaItem.title).toBe('Tờ trình phân bổ vốn đầu tư công');

    const added = await eventually(async () => consumer.events.find((e) => e.type === councilEvents.agendaItemAdded.type && e.subject === item.pending));
    expect(councilEvents.agendaItemAdded.parse(added)).toEqual({
      agendaItemId: item.pending,
      councilSessionId: future,
      title: 'Tờ trình phân bổ vốn đầu tư công',
      presentingAgencyId: 'so-tai-chinh',
      reviewingCommittee: 'ECONOMY_BUDGET',
      documentDueOn: new Date('2030-06-11T00:00:00Z'),
    });
  });

  it("opens each item's documents obligation, owed by the presenting agency on the session's deadline, keyed by the item", async () => {
    const opened = await eventually(async () => {
      const found = consumer.events.filter((e) => e.type === councilEvents.obligation.opened.type && e.data.kind === 'AGENDA_DOCUMENT');
      return found.length >= 4 ? found : null;
    });
    expect(opened.map((e) => e.subject).sort()).toEqual(Object.values(item).sort());
    const pending = opened.find((e) => e.subject === item.pending)!;
    expect(councilEvents.obligation.opened.parse(pending)).toEqual({
      obligationId: `agendaItem:${item.pending}:documents`,
      kind: 'AGENDA_DOCUMENT',
      agencyId: 'so-tai-chinh',
      dueOn: new Date('2030-06-11T00:00:00Z'),
      subject: { type: 'AgendaItem', id: item.pending },
      content: 'COUNCIL_SESSIONS',
      // The configured 20 lead days of this test's council.
      basis: expect.stringMatching(/chậm nhất 20 ngày trước ngày khai mạc kỳ họp/),
      councilSessionId: future,
      title: 'Tờ trình phân bổ vốn đầu tư công',
    });
  });

  it('refuses an item for an unknown session (NOT_FOUND) and writes nothing', async () => {
    const result = await callSubgraph(council.url, add, {
      input: { councilSessionId: 'no-such-session', title: 'x', presentingAgencyId: 'so-noi-vu', reviewingCommittee: 'LEGAL' },
    }, callers.councilClerk);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.councilSessionId' });
    const none = await callSubgraph(council.url, agencyItems, { representations: [{ __typename: 'Agency', id: 'so-noi-vu' }] });
    expect(none.data!._entities[0].all).toEqual([]);
  });

  it('refuses a bad committee and an empty title, naming the field', async () => {
    const committee = await callSubgraph(council.url, add, {
      input: { councilSessionId: past, title: 'x', presentingAgencyId: 'so-noi-vu', reviewingCommittee: 'FINANCE' },
    }, callers.councilClerk);
    expect(committee.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const title = await callSubgraph(council.url, add, {
      input: { councilSessionId: past, title: '   ', presentingAgencyId: 'so-noi-vu', reviewingCommittee: 'LEGAL' },
    }, callers.councilClerk);
    expect(title.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('lets only council staff change the programme', async () => {
    const input = { councilSessionId: past, title: 'x', presentingAgencyId: 'so-tai-chinh', reviewingCommittee: 'LEGAL' };
    for (const caller of [callers.frontClerk, financeClerk]) {
      const result = await callSubgraph(council.url, add, { input }, caller);
      expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('refuses items on a closed session (CONFLICT)', async () => {
    const created = await callSubgraph(council.url, schedule, {
      input: { term: '2021-2026', number: 11, kind: 'THEMATIC', opensOn: '2025-12-20', closesOn: '2025-12-20' },
    }, callers.councilClerk);
    const id = created.data!.scheduleCouncilSession.id;
    await callSubgraph(council.url, `mutation($id: ID!) { openCouncilSession(id: $id) { id } }`, { id }, callers.councilClerk);
    await callSubgraph(council.url, `mutation($id: ID!) { closeCouncilSession(id: $id) { id } }`, { id }, callers.councilClerk);
    const result = await callSubgraph(council.url, add, {
      input: { councilSessionId: id, title: 'x', presentingAgencyId: 'so-noi-vu', reviewingCommittee: 'LEGAL' },
    }, callers.councilClerk);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.councilSessionId' });
  });

  it('records submissions by the presenting agency or the council, on time or late', async () => {
    const onTime = await callSubgraph(council.url, submit, { id: item.onTime, input: { submittedOn: '2025-11-10' } }, financeClerk);
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data!.submitAgendaDocument).toEqual({
      id: item.onTime, submittedOn: '2025-11-10', late: false, timeliness: 'ON_TIME', status: 'DOCUMENT_SUBMITTED',
    });
    const late = await callSubgraph(council.url, submit, { id: item.late, input: { submittedOn: '2025-11-20' } }, callers.councilClerk);
    expect(late.data!.submitAgendaDocument).toMatchObject({ submittedOn: '2025-11-20', late: true, timeliness: 'LATE' });

    const event = await eventually(async () =>
      consumer.events.find((e) => e.type === councilEvents.documentSubmitted.type && e.subject === item.late),
    );
    expect(event.data).toEqual({
      agendaItemId: item.late,
      councilSessionId: past,
      presentingAgencyId: 'so-xay-dung',
      documentDueOn: '2025-11-18',
      submittedOn: '2025-11-20',
      late: true,
    });
    // Each submission meets its item's obligation on the submission day (late or not: the index judges).
    const met = await eventually(async () => {
      const found = consumer.events.filter((e) => e.type === councilEvents.obligation.met.type);
      return found.length >= 2 ? found : null;
    });
    expect(Object.fromEntries(met.map((e) => [e.subject, e.data]))).toEqual({
      [item.onTime]: { obligationId: `agendaItem:${item.onTime}:documents`, metOn: '2025-11-10' },
      [item.late]: { obligationId: `agendaItem:${item.late}:documents`, metOn: '2025-11-20' },
    });
  });

  it('refuses a second submission (CONFLICT), another agency, a future day and an unknown item', async () => {
    const again = await callSubgraph(council.url, submit, { id: item.onTime, input: { submittedOn: '2025-11-12' } }, financeClerk);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'agendaItemId' });

    // The finance department does not present the construction report; the front is not involved at all.
    for (const caller of [financeClerk, callers.frontClerk]) {
      const forbidden = await callSubgraph(council.url, submit, { id: item.missing, input: { submittedOn: '2025-11-12' } }, caller);
      expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const tomorrow = shiftDay(formatCalendarDate(hanoiToday()), 1);
    const future = await callSubgraph(council.url, submit, { id: item.missing, input: { submittedOn: tomorrow } }, constructionLeader);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.submittedOn' });
    const unknown = await callSubgraph(council.url, submit, { id: 'no-such-item', input: { submittedOn: '2025-11-12' } }, constructionLeader);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'agendaItemId' });

    const still = await callSubgraph(council.url, `query($id: ID!) { agendaItem(id: $id) { submittedOn status } }`, { id: item.missing });
    expect(still.data!.agendaItem).toEqual({ submittedOn: null, status: 'AWAITING_DOCUMENT' });
  });

  it('builds the preparation dossier with on-time, late, missing and pending counts', async () => {
    const dossier = `query($id: ID!, $asOf: Date) { councilSession(id: $id) { preparationDossier(asOf: $asOf) {
      asOf documentDueOn total onTime late missing pending entries { agendaItem { id } timeliness daysLate } } } }`;
    const today = await callSubgraph(council.url, dossier, { id: past });
    const now = today.data!.councilSession.preparationDossier;
    expect(now).toMatchObject({ asOf: formatCalendarDate(hanoiToday()), documentDueOn: '2025-11-18', total: 3, onTime: 1, late: 1, missing: 1, pending: 0 });
    const daysSinceDue = Math.round((hanoiToday().getTime() - Date.parse('2025-11-18')) / 86_400_000);
    expect(now.entries).toEqual([
      { agendaItem: { id: item.onTime }, timeliness: 'ON_TIME', daysLate: 0 },
      { agendaItem: { id: item.late }, timeliness: 'LATE', daysLate: 2 },
      { agendaItem: { id: item.missing }, timeliness: 'MISSING', daysLate: daysSinceDue },
    ]);

    // On 2025-11-15 only the finance document had arrived and nothing was due yet.
    const then = (await callSubgraph(council.url, dossier, { id: past, asOf: '2025-11-15' })).data!.councilSession.preparationDossier;
    expect(then).toMatchObject({ total: 3, onTime: 1, late: 0, missing: 0, pending: 2 });
  });

  it("resolves several agencies' agenda items in one database query per set of arguments (all, lateOnly)", async () => {
    const before = await council.settledCommandCount();
    const result = await callSubgraph(council.url, agencyItems, {
      representations: ['so-tai-chinh', 'so-xay-dung', 'so-noi-vu'].map((id) => ({ __typename: 'Agency', id })),
    });
    expect(council.app.runtime.database.commandCount() - before).toBe(2);
    expect(result.errors).toBeUndefined();
    const [finance, construction, home] = result.data!._entities;
    expect(finance).toEqual({ id: 'so-tai-chinh', all: [{ id: item.onTime }, { id: item.pending }], late: [] });
    expect(construction).toEqual({ id: 'so-xay-dung', all: [{ id: item.late }, { id: item.missing }], late: [{ id: item.late }, { id: item.missing }] });
    expect(home).toEqual({ id: 'so-noi-vu', all: [], late: [] });
  });

  it('resolves AgendaItem references in one query, with their sessions in one more', async () => {
    const before = await council.settledCommandCount();
    const result = await callSubgraph(council.url, `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on AgendaItem { id councilSession { number } } }
    }`, { representations: Object.values(item).map((id) => ({ __typename: 'AgendaItem', id })) });
    expect(council.app.runtime.database.commandCount() - before).toBe(2);
    expect(result.data!._entities.map((e: { councilSession: { number: number } }) => e.councilSession.number)).toEqual([10, 10, 10, 8]);
  });
});
