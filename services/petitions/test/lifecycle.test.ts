import { committeeEvents } from '@hanoi/contracts';
import { createEvent, type Caller } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, eventually } from '@hanoi/platform/testing';
import { startPetitions, type Petitions } from './support';

const hkHandler: Caller = { subject: 'hk-handler-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['handler'] };
const hkClerk: Caller = { subject: 'hk-clerk-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] };
const cuaNamHandler: Caller = { subject: 'cn-handler-1', agency: 'ubnd-phuong-cua-nam', roles: ['handler'] };
const xdHandler: Caller = { subject: 'xd-handler-1', agency: 'so-xay-dung', roles: ['handler'] };

const fields = `id kind status agency { id } cooperatingAgencies { id } acceptedOn startedOn closedOn
  declineReason { code note } resolution { kind text resolvedOn assignmentId }
  deadlines { kind metOn } due { on }
  history { action actor agency { id } from to reason fromAgency { id } toAgency { id } caseIds }
  previousCase { id } secondComplaint { id } relatedCases { id } petitionerCount`;

const complaint = {
  kind: 'COMPLAINT',
  channel: 'MAIL',
  receivedOn: '2026-11-02',
  subject: 'Khiếu nại việc cấp giấy phép xây dựng',
  category: 'CONSTRUCTION_URBAN_ORDER',
  administrativeUnitId: 'phuong-hoan-kiem',
  petitioners: [{ fullName: 'Lê Văn Dũng', nationalId: '001080000123' }],
};

describe('petitions: lifecycle, transfers, second complaints and the committee answers (F2)', () => {
  let petitions: Petitions;
  let reader: Awaited<ReturnType<typeof collectEvents>>;

  const call = (query: string, variables: Record<string, unknown>, caller: Caller) => callSubgraph(petitions.url, query, variables, caller);
  async function receive(input: object = complaint, caller: Caller = hkClerk): Promise<string> {
    const result = await call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input }, caller);
    expect(result.errors).toBeUndefined();
    return result.data!.submitPetition.id;
  }
  const step = (mutation: string, id: string, caller: Caller, input?: object) =>
    call(`mutation($id: ID!${input ? `, $input: ${inputType(mutation)}` : ''}) { ${mutation}(id: $id${input ? ', input: $input' : ''}) { ${fields} } }`, { id, input }, caller);
  const inputType = (mutation: string) =>
    ({ acceptPetition: 'AcceptPetitionInput', declinePetition: 'DeclinePetitionInput!', resolvePetition: 'ResolvePetitionInput!', transferPetition: 'TransferPetitionInput!', reopenAsSecondComplaint: 'ReopenAsSecondComplaintInput!' })[mutation] ?? 'TransitionInput';
  const load = async (id: string) => (await call(`query($id: ID!) { petition(id: $id) { ${fields} } }`, { id }, callers.analyst)).data!.petition;
  /** The case's own events (its obligation events, keyed by the case too, are asserted in obligations.test.ts). */
  const eventsOf = (id: string) => reader.events.filter((event) => event.subject === id && event.type.includes('.petition.'));

  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
    reader = await collectEvents(petitions.config.KAFKA_BROKERS, petitions.app.runtime.topic('petitions'));
  });
  afterAll(async () => {
    await reader.stop();
    await petitions.stop();
  });

  it('accepts, starts, resolves and closes a complaint; each step recorded in the history and published', async () => {
    const id = await receive();
    const accepted = await step('acceptPetition', id, hkHandler, { on: '2026-11-05', note: 'Đủ điều kiện thụ lý' });
    expect(accepted.errors).toBeUndefined();
    // Acceptance met; the first resolution is due 30 days later: Sat 2026-12-05, moved to Mon 2026-12-07.
    expect(accepted.data!.acceptPetition).toMatchObject({
      status: 'ACCEPTED',
      acceptedOn: '2026-11-05',
      deadlines: [{ kind: 'ACCEPTANCE', metOn: '2026-11-05' }, { kind: 'RESOLUTION', metOn: null }],
      due: { on: '2026-12-07' },
    });
    await step('startPetition', id, hkHandler);
    const resolved = await step('resolvePetition', id, hkHandler, { kind: 'DECISION', text: 'Quyết định giải quyết khiếu nại lần đầu số 12/QĐ-UBND', resolvedOn: '2026-11-20' });
    expect(resolved.data!.resolvePetition.resolution).toEqual({ kind: 'DECISION', text: 'Quyết định giải quyết khiếu nại lần đầu số 12/QĐ-UBND', resolvedOn: '2026-11-20', assignmentId: null });
    const closed = await step('closePetition', id, hkClerk);
    const petition = closed.data!.closePetition;
    expect(petition.status).toBe('CLOSED');
    expect(petition.history.map((h: any) => [h.action, h.from, h.to, h.actor])).toEqual([
      ['RECEIVED', null, 'RECEIVED', 'hk-clerk-1'],
      ['ACCEPTED', 'RECEIVED', 'ACCEPTED', 'hk-handler-1'],
      ['STARTED', 'ACCEPTED', 'IN_PROGRESS', 'hk-handler-1'],
      ['RESOLVED', 'IN_PROGRESS', 'RESOLVED', 'hk-handler-1'],
      ['CLOSED', 'RESOLVED', 'CLOSED', 'hk-clerk-1'],
    ]);
    expect(petition.history[1].reason).toBe('Đủ điều kiện thụ lý');

    const published = await eventually(async () => eventsOf(id).length === 5 && eventsOf(id));
    expect(published.map((event) => [event.type.split('.')[4], event.data.from, event.data.to])).toEqual([
      ['routed', undefined, undefined],
      ['accepted', 'RECEIVED', 'ACCEPTED'],
      ['started', 'ACCEPTED', 'IN_PROGRESS'],
      ['resolved', 'IN_PROGRESS', 'RESOLVED'],
      ['closed', 'RESOLVED', 'CLOSED'],
    ]);
    expect(published[3]!.data).toMatchObject({ petitionId: id, agencyId: 'ubnd-phuong-hoan-kiem', resolutionKind: 'DECISION', resolvedOn: '2026-11-20' });
    expect(JSON.stringify(published)).not.toContain('Quyết định giải quyết khiếu nại lần đầu');
  });

  it('refuses illegal transitions with CONFLICT naming from and to, and bad dates, changing nothing', async () => {
    const id = await receive();
    const start = await step('startPetition', id, hkHandler);
    expect(start.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(start.errors![0]!.message).toMatch(/RECEIVED → IN_PROGRESS.*must be accepted first/);
    const close = await step('closePetition', id, hkHandler);
    expect(close.errors![0]!.message).toMatch(/RECEIVED → CLOSED/);
    const early = await step('acceptPetition', id, hkHandler, { on: '2026-11-01' });
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.on' });
    const other = await step('declinePetition', id, hkHandler, { reasonCode: 'OTHER' });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    const missing = await step('acceptPetition', 'no-such-case', hkHandler);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const after = await load(id);
    expect([after.status, after.history.length]).toEqual(['RECEIVED', 1]);

    const declined = await step('declinePetition', id, hkHandler, { reasonCode: 'COMPLAINT_TIME_LIMIT_PASSED', note: 'Quá 90 ngày' });
    expect(declined.data!.declinePetition).toMatchObject({ status: 'DECLINED', declineReason: { code: 'COMPLAINT_TIME_LIMIT_PASSED', note: 'Quá 90 ngày' } });
    const reaccept = await step('acceptPetition', id, hkHandler);
    expect(reaccept.errors![0]!.message).toMatch(/DECLINED → ACCEPTED/);
  });

  it("lets only the lead agency's staff (or an admin) move a case", async () => {
    const id = await receive();
    for (const caller of [cuaNamHandler, callers.analyst, { ...hkHandler, roles: ['viewer'] } as Caller]) {
      const result = await step('acceptPetition', id, caller);
      expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    expect((await load(id)).status).toBe('RECEIVED');
    const byAdmin = await step('acceptPetition', id, callers.admin);
    expect(byAdmin.data!.acceptPetition.status).toBe('ACCEPTED');
  });

  it('never lets two concurrent transitions of one case both succeed', async () => {
    for (let round = 0; round < 4; round++) {
      const id = await receive();
      const results = await Promise.all([
        step('acceptPetition', id, hkHandler),
        step('declinePetition', id, hkHandler, { reasonCode: 'DUPLICATE' }),
        step('acceptPetition', id, hkHandler),
      ]);
      const succeeded = results.filter((result) => !result.errors);
      expect(succeeded).toHaveLength(1);
      for (const failed of results.filter((result) => result.errors)) expect(failed.errors![0]!.extensions!.code).toBe('CONFLICT');
      const after = await load(id);
      expect(after.history).toHaveLength(2);
      expect(['ACCEPTED', 'DECLINED']).toContain(after.status);
    }
  });

  it('transfers a case it is not competent for: still open, history kept, `transferred` and `routed` published', async () => {
    const id = await receive();
    const unknown = await step('transferPetition', id, hkHandler, { toAgencyId: 'so-khong-co', reason: 'x' });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.toAgencyId' });
    const moved = await step('transferPetition', id, hkHandler, { toAgencyId: 'so-xay-dung', reason: 'Giấy phép do Sở Xây dựng cấp' });
    expect(moved.data!.transferPetition).toMatchObject({ status: 'RECEIVED', agency: { id: 'so-xay-dung' } });
    expect(moved.data!.transferPetition.history[1]).toMatchObject({
      action: 'TRANSFERRED',
      from: 'RECEIVED',
      to: 'RECEIVED',
      reason: 'Giấy phép do Sở Xây dựng cấp',
      fromAgency: { id: 'ubnd-phuong-hoan-kiem' },
      toAgency: { id: 'so-xay-dung' },
    });
    const published = await eventually(async () => eventsOf(id).length === 3 && eventsOf(id));
    expect(published.map((event) => event.type.split('.')[4])).toEqual(['routed', 'transferred', 'routed']);
    expect(published[1]!.data).toMatchObject({ fromAgencyId: 'ubnd-phuong-hoan-kiem', toAgencyId: 'so-xay-dung', status: 'RECEIVED' });
    expect(published[2]!.data).toMatchObject({ agencyId: 'so-xay-dung', transferredFromAgencyId: 'ubnd-phuong-hoan-kiem', dueOn: '2026-11-12' });
    // The former lead can no longer act on it; the new one can.
    expect((await step('acceptPetition', id, hkHandler)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await step('acceptPetition', id, xdHandler)).data!.acceptPetition.status).toBe('ACCEPTED');
  });

  it('adds cooperating agencies once each, and lists cases by cooperating agency', async () => {
    const id = await receive();
    const add = (agencyId: string, caller: Caller = hkHandler) =>
      call(`mutation($id: ID!, $agencyId: ID!) { addCooperatingAgency(id: $id, agencyId: $agencyId) { cooperatingAgencies { id } history { action } } }`, { id, agencyId }, caller);
    expect((await add('so-xay-dung', cuaNamHandler)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await add('so-khong-co')).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'agencyId' });
    expect((await add('ubnd-phuong-hoan-kiem')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    await add('so-xay-dung');
    const twice = await add('so-xay-dung');
    expect(twice.data!.addCooperatingAgency.cooperatingAgencies).toEqual([{ id: 'so-xay-dung' }]);
    expect(twice.data!.addCooperatingAgency.history.map((h: any) => h.action)).toEqual(['RECEIVED', 'COOPERATING_AGENCY_ADDED']);
    const listed = await call(`{ petitions(filter: { cooperatingAgencyId: "so-xay-dung" }) { edges { node { id } } } }`, {}, callers.analyst);
    expect(listed.data!.petitions.edges.map((e: any) => e.node.id)).toContain(id);
    await eventually(async () => eventsOf(id).some((event) => event.type.endsWith('.cooperatingAgencyAdded.v1')));
  });

  it('reopens a resolved complaint as a linked second complaint, once', async () => {
    const id = await receive();
    const reopen = (input: object, caller: Caller = callers.committeeClerk, target = id) => step('reopenAsSecondComplaint', target, caller, input);
    expect((await reopen({ receivedOn: '2026-11-25' })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    await step('acceptPetition', id, hkHandler);
    await step('resolvePetition', id, hkHandler, { kind: 'DECISION', text: 'Giữ nguyên quyết định', resolvedOn: '2026-11-20' });
    expect((await reopen({ receivedOn: '2026-11-19' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedOn' });
    const result = await reopen({ receivedOn: '2026-11-25' });
    expect(result.errors).toBeUndefined();
    const second = result.data!.reopenAsSecondComplaint;
    expect(second).toMatchObject({ kind: 'SECOND_COMPLAINT', status: 'RECEIVED', agency: { id: 'committee' }, previousCase: { id }, relatedCases: [{ id }], petitionerCount: 1 });
    const first = await load(id);
    expect(first).toMatchObject({ status: 'RESOLVED', secondComplaint: { id: second.id }, relatedCases: [{ id: second.id }] });
    expect(first.history.at(-1)).toMatchObject({ action: 'SECOND_COMPLAINT_OPENED', caseIds: [second.id] });
    expect((await reopen({ receivedOn: '2026-11-26' })).errors![0]!.message).toMatch(/already reopened/);
    expect((await reopen({ receivedOn: '2026-11-26' }, callers.analyst)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // A second complaint cannot itself be reopened.
    expect((await reopen({ receivedOn: '2026-11-26' }, callers.committeeClerk, second.id)).errors![0]!.message).toMatch(/only a first complaint/);
  });

  describe('F2: the answer of the assigned agency', () => {
    const answered = (petitionId: string, agencyId: string, answer: string, assignmentId = `asg-${petitionId}`) =>
      committeeEvents.assignmentAnswered.event(assignmentId, {
        assignmentId,
        subjectType: 'PETITION',
        subjectId: petitionId,
        agencyId,
        dueOn: null,
        answer,
        answeredOn: new Date('2026-11-27T00:00:00Z'),
      });
    const outcome = (eventId: string) =>
      petitions.db.collection('processed_events').findOne({ _id: `${petitions.config.KAFKA_TOPIC_PREFIX}petitions:${eventId}` as never });

    it('resolves the case once; a redelivery or a later answer changes nothing', async () => {
      const id = await receive({ kind: 'RECOMMENDATION', channel: 'MAIL', receivedOn: '2026-11-10', subject: 'Kiến nghị lắp đèn tín hiệu', category: 'TRANSPORT' });
      const first = answered(id, 'so-xay-dung', 'Sở Xây dựng sẽ lắp đặt trong quý I/2027');
      await petitions.publish('committee', first);
      const resolved = await eventually(async () => {
        const petition = await load(id);
        return petition.status === 'RESOLVED' && petition;
      });
      expect(resolved.resolution).toEqual({ kind: 'ANSWER', text: 'Sở Xây dựng sẽ lắp đặt trong quý I/2027', resolvedOn: '2026-11-27', assignmentId: `asg-${id}` });
      expect(resolved.history.at(-1)).toMatchObject({ action: 'ANSWERED', actor: '/hanoi/committee', agency: { id: 'so-xay-dung' }, from: 'RECEIVED', to: 'RESOLVED' });

      await petitions.publish('committee', first);
      const later = answered(id, 'so-xay-dung', 'Một câu trả lời khác');
      await petitions.publish('committee', later);
      await eventually(async () => (await outcome(later.id))?.outcome === 'handled');
      const after = await load(id);
      expect(after.resolution.text).toBe('Sở Xây dựng sẽ lắp đặt trong quý I/2027');
      expect(after.history.filter((h: any) => h.action === 'ANSWERED')).toHaveLength(1);
      await eventually(async () => eventsOf(id).filter((event) => event.type.endsWith('.resolved.v1')).length === 1);
    });

    it('leaves alone (logged, not dead-lettered) a case that cannot be resolved now', async () => {
      const id = await receive();
      const event = answered(id, 'ubnd-phuong-hoan-kiem', 'Trả lời trước khi thụ lý');
      await petitions.publish('committee', event);
      await eventually(async () => (await outcome(event.id))?.outcome === 'handled');
      const unknown = answered('no-such-case', 'so-xay-dung', 'x');
      await petitions.publish('committee', unknown);
      await eventually(async () => (await outcome(unknown.id))?.outcome === 'handled');
      expect((await load(id)).status).toBe('RECEIVED');
    });

    it("ignores the committee's answers about other subjects (a supervision recommendation with the same id)", async () => {
      const id = await receive({ kind: 'RECOMMENDATION', channel: 'MAIL', receivedOn: '2026-11-10', subject: 'Kiến nghị sửa chữa cầu thang khu tập thể', category: 'CONSTRUCTION_URBAN_ORDER', agencyId: 'so-xay-dung' }, callers.admin);
      // The committee widens `subjectType` for supervision recommendations: built by hand, as the wider contract will.
      const { data } = answered(id, 'so-xay-dung', 'Đã thực hiện kiến nghị sau giám sát');
      const event = createEvent({ type: committeeEvents.assignmentAnswered.type, subject: `asg-sr-${id}`, data: { ...data, subjectType: 'SUPERVISION_RECOMMENDATION' } });
      await petitions.publish('committee', event);
      await eventually(async () => (await outcome(event.id))?.outcome === 'handled');
      const after = await load(id);
      expect([after.status, after.resolution]).toEqual(['RECEIVED', null]);
    });
  });
});
