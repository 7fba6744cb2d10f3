import { createEvent, createEventBus, createLogger, derivedId, parseEvent, type Caller, type CloudEvent, type EventBus } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { randomUUID } from 'node:crypto';
import { assignmentsGroupId } from '../src/events/consumers';
import { createAgency, startCommittee } from './support';

/** A clerk of Sở Xây dựng, the department the cases here are assigned to. */
const sxdClerk: Caller = { subject: 'sxd-clerk-1', agency: 'so-xay-dung', roles: ['clerk'] };

const directory = [
  { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội', shortName: 'UBND thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'front', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', shortName: 'Ủy ban MTTQ Việt Nam thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'so-xay-dung', name: 'Sở Xây dựng thành phố Hà Nội', shortName: 'Sở Xây dựng', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
];

const assignmentFields = `id status dueOn subjectType subjectId caseKind category summary answer answeredOn agency { id } petition { id }`;

describe('committee subgraph: assignments of routed cases (F2)', () => {
  let committee: Awaited<ReturnType<typeof startCommittee>>;
  let bus: EventBus;
  const published: CloudEvent[] = [];

  beforeAll(async () => {
    committee = await startCommittee();
    for (const input of directory) {
      const result = await callSubgraph(committee.url, createAgency, { input });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    bus = createEventBus({ brokers: committee.config.KAFKA_BROKERS, clientId: 'committee-test', logger: createLogger({ service: 'test', level: 'silent' }) });
    await bus.start?.();
    // What the committee publishes, read back the way petitions would.
    await bus.subscribe({
      groupId: `${committee.config.KAFKA_TOPIC_PREFIX}test-reader`,
      topics: [committee.app.runtime.topic('committee')],
      eachMessage: async ({ message }) => void published.push(parseEvent(message.value)),
    });
  });
  afterAll(async () => {
    await bus?.stop?.();
    await committee.stop();
  });

  /** Publishes a `petition.routed` event as petitions would; the petition id is the subject (Kafka key). */
  async function route(data: { petitionId: string; agencyId: string; dueOn?: string | null }, id: string = randomUUID()) {
    const event = createEvent({
      service: 'petitions',
      entity: 'petition',
      verb: 'routed',
      subject: data.petitionId,
      id,
      data: { kind: 'COMPLAINT', category: 'CONSTRUCTION_URBAN_ORDER', subject: 'Công trình xây dựng không phép', dueOn: '2026-04-30', ...data },
    });
    await bus.publish(committee.app.runtime.topic('petitions'), [event]);
    return event;
  }

  const assignmentsOf = async (petitionId: string) => {
    const result = await callSubgraph(committee.url, `query($id: ID!) { assignments(filter: {subjectId: $id}) { totalCount edges { node { ${assignmentFields} } } } }`, {
      id: petitionId,
    });
    return result.data!.assignments as { totalCount: number; edges: { node: Record<string, any> }[] };
  };

  it('turns a case routed to a department under the committee into an assignment', async () => {
    const petitionId = randomUUID();
    const event = await route({ petitionId, agencyId: 'so-xay-dung', dueOn: '2026-03-31' });
    const listed = await eventually(async () => ((await assignmentsOf(petitionId)).totalCount === 1 ? assignmentsOf(petitionId) : null));
    expect(listed.edges[0]!.node).toEqual({
      id: derivedId(event.id),
      status: 'ASSIGNED',
      dueOn: '2026-03-31',
      subjectType: 'PETITION',
      subjectId: petitionId,
      caseKind: 'COMPLAINT',
      category: 'CONSTRUCTION_URBAN_ORDER',
      summary: 'Công trình xây dựng không phép',
      answer: null,
      answeredOn: null,
      agency: { id: 'so-xay-dung' },
      petition: { id: petitionId },
    });
    const assigned = await eventually(async () => published.find((e) => e.type === 'vn.hanoi.committee.assignment.assigned.v1' && e.subject === derivedId(event.id)));
    expect(assigned.data).toEqual({ assignmentId: derivedId(event.id), subjectType: 'PETITION', subjectId: petitionId, agencyId: 'so-xay-dung', dueOn: '2026-03-31' });
  });

  it('applies the same event once when it is delivered twice', async () => {
    const petitionId = randomUUID();
    const first = await route({ petitionId, agencyId: 'so-xay-dung' });
    await route({ petitionId, agencyId: 'so-xay-dung' }, first.id);
    // A later event on the same petition (same key, so same partition, consumed after both copies).
    const later = await route({ petitionId, agencyId: 'committee' });
    await eventually(async () => (await callSubgraph(committee.url, `{ assignment(id: "${derivedId(later.id)}") { id } }`)).data!.assignment);
    const listed = await assignmentsOf(petitionId);
    expect(listed.totalCount).toBe(2);
    expect(listed.edges.map((edge) => edge.node.id).sort()).toEqual([derivedId(first.id), derivedId(later.id)].sort());
  });

  it('ignores cases routed outside the committee (front) or to agencies it does not know', async () => {
    const petitionId = randomUUID();
    const toFront = await route({ petitionId, agencyId: 'front' });
    await route({ petitionId, agencyId: 'so-khong-co' });
    const later = await route({ petitionId, agencyId: 'committee' });
    await eventually(async () => (await callSubgraph(committee.url, `{ assignment(id: "${derivedId(later.id)}") { id } }`)).data!.assignment);
    const listed = await assignmentsOf(petitionId);
    expect(listed.edges.map((edge) => edge.node.agency.id)).toEqual(['committee']);
    // The skipped event was handled (marked processed), not dead-lettered.
    const processed = await committee.app.runtime.database.connection
      .collection('processed_events')
      .findOne({ _id: `${assignmentsGroupId(committee.config.KAFKA_TOPIC_PREFIX)}:${toFront.id}` as never });
    expect(processed).toMatchObject({ outcome: 'handled' });
  });

  it('keeps a case that has no due date yet, and lists it after the dated ones', async () => {
    const petitionId = randomUUID();
    const event = await route({ petitionId, agencyId: 'so-xay-dung', dueOn: null });
    await eventually(async () => (await assignmentsOf(petitionId)).totalCount === 1);
    const result = await callSubgraph(committee.url, `{ agency(id: "so-xay-dung") { assignments { id dueOn } } }`);
    const assignments = result.data!.agency.assignments as { id: string; dueOn: string | null }[];
    expect(assignments.length).toBeGreaterThanOrEqual(2);
    expect(assignments.at(-1)).toEqual({ id: derivedId(event.id), dueOn: null });
    expect(assignments.slice(0, -1).every((assignment) => assignment.dueOn !== null)).toBe(true);
  });

  /** Publishes another petitions event on the case (declined, resolved, closed), as petitions would. */
  async function end(verb: 'declined' | 'resolved' | 'closed', data: { petitionId: string } & Record<string, unknown>) {
    const event = createEvent({ service: 'petitions', entity: 'petition', verb, subject: data.petitionId, data: { agencyId: 'so-xay-dung', status: 'DECLINED', ...data } });
    await bus.publish(committee.app.runtime.topic('petitions'), [event]);
    return event;
  }

  const withdrawnFields = `id status withdrawnReason withdrawnAt agency { id }`;
  const assignmentById = async (id: string) =>
    (await callSubgraph(committee.url, `query($id: ID!) { assignment(id: $id) { ${withdrawnFields} } }`, { id })).data!.assignment as Record<string, any> | null;

  it('withdraws the assignment of the agency a case is transferred away from, with an event, and refuses its answer', async () => {
    const petitionId = randomUUID();
    const first = await route({ petitionId, agencyId: 'so-xay-dung' });
    await eventually(async () => assignmentById(derivedId(first.id)));
    // Transferred to another agency under the committee, then out of it (to the front).
    const second = await route({ petitionId, agencyId: 'committee', transferredFromAgencyId: 'so-xay-dung' } as never);
    const moved = await eventually(async () => assignmentById(derivedId(second.id)));
    expect(moved).toMatchObject({ status: 'ASSIGNED', agency: { id: 'committee' } });
    const left = (await assignmentById(derivedId(first.id)))!;
    expect(left).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'The case was transferred to committee', agency: { id: 'so-xay-dung' } });
    expect(Number.isNaN(Date.parse(left.withdrawnAt))).toBe(false);

    const event = await eventually(async () => published.find((e) => e.type === 'vn.hanoi.committee.assignment.withdrawn.v1' && e.subject === derivedId(first.id)));
    expect(event.data).toEqual({
      assignmentId: derivedId(first.id),
      subjectType: 'PETITION',
      subjectId: petitionId,
      agencyId: 'so-xay-dung',
      dueOn: '2026-04-30',
      reason: 'The case was transferred to committee',
    });

    const answered = await callSubgraph(
      committee.url,
      `mutation($id: ID!, $input: AnswerAssignmentInput!) { answerAssignment(id: $id, input: $input) { id } }`,
      { id: derivedId(first.id), input: { answer: 'Đã xử lý', answeredOn: '2025-12-01' } },
      sxdClerk,
    );
    expect(answered.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(answered.errors![0]!.message).toContain('was withdrawn: The case was transferred to committee');

    const toFront = await route({ petitionId, agencyId: 'front' });
    await eventually(async () => (await assignmentById(derivedId(second.id)))!.status === 'WITHDRAWN');
    expect((await assignmentById(derivedId(second.id)))!.withdrawnReason).toBe('The case was transferred to front');
    const listed = await assignmentsOf(petitionId);
    expect(listed.edges.map((edge) => edge.node.status)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
    expect(published.filter((e) => e.type === 'vn.hanoi.committee.assignment.withdrawn.v1' && e.data && (e.data as { subjectId: string }).subjectId === petitionId)).toHaveLength(2);
    expect(await assignmentById(derivedId(toFront.id))).toBeNull();
  });

  it('withdraws the open assignment of a case merged as a duplicate, declined, or closed; an answered one stays answered', async () => {
    const merged = randomUUID();
    const declined = randomUUID();
    const closed = randomUUID();
    const routed = await Promise.all([merged, declined, closed].map((petitionId) => route({ petitionId, agencyId: 'so-xay-dung' })));
    await eventually(async () => (await Promise.all(routed.map((e) => assignmentById(derivedId(e.id))))).every(Boolean));
    await end('declined', { petitionId: merged, reasonCode: 'DUPLICATE', mergedInto: 'case-kept' });
    await end('declined', { petitionId: declined, reasonCode: 'ANONYMOUS_DENUNCIATION' });
    await end('closed', { petitionId: closed, status: 'CLOSED' });
    const reasons = await eventually(async () => {
      const all = await Promise.all(routed.map((e) => assignmentById(derivedId(e.id))));
      return all.every((a) => a!.status === 'WITHDRAWN') ? all.map((a) => a!.withdrawnReason) : null;
    });
    expect(reasons).toEqual(['The case was merged into case-kept as a duplicate', 'The case was declined (ANONYMOUS_DENUNCIATION)', 'The case was closed']);
  });

  it('moves the open assignment\'s due date with the case (accepted, extended, recomputed), once per change', async () => {
    const petitionId = randomUUID();
    const routed = await route({ petitionId, agencyId: 'so-xay-dung', dueOn: '2026-03-10' });
    const id = derivedId(routed.id);
    await eventually(async () => assignmentById(id));
    const changed = async (verb: string, dueOn: string | null) => {
      const event = createEvent({ service: 'petitions', entity: 'petition', verb, subject: petitionId, data: { petitionId, agencyId: 'so-xay-dung', status: 'ACCEPTED', dueOn } });
      await bus.publish(committee.app.runtime.topic('petitions'), [event]);
    };
    const dueOf = async () => (await callSubgraph(committee.url, `{ assignment(id: "${id}") { dueOn } }`)).data!.assignment.dueOn;
    await changed('accepted', '2026-04-09');
    await eventually(async () => (await dueOf()) === '2026-04-09');
    await changed('deadlineExtended', '2026-05-09');
    await changed('deadlineExtended', '2026-05-09'); // the same day again: nothing to do
    await changed('deadlinesRecomputed', '2026-05-11');
    await eventually(async () => (await dueOf()) === '2026-05-11');
    const rescheduledEvents = () => published.filter((e) => e.type === 'vn.hanoi.committee.assignment.rescheduled.v1' && e.subject === id);
    await eventually(async () => rescheduledEvents().length >= 3);
    expect(rescheduledEvents().map((e) => [(e.data as any).previousDueOn, (e.data as any).dueOn])).toEqual([
      ['2026-03-10', '2026-04-09'],
      ['2026-04-09', '2026-05-09'],
      ['2026-05-09', '2026-05-11'],
    ]);
    // Another agency's event about the case does not move this agency's assignment.
    const other = createEvent({ service: 'petitions', entity: 'petition', verb: 'accepted', subject: petitionId, data: { petitionId, agencyId: 'committee', dueOn: '2027-01-01' } });
    await bus.publish(committee.app.runtime.topic('petitions'), [other]);
    await changed('started', '2026-05-11');
    await eventually(async () => committee.app.runtime.database.connection.collection('processed_events').countDocuments({ _id: `${assignmentsGroupId(committee.config.KAFKA_TOPIC_PREFIX)}:${other.id}` as never }));
    expect(await dueOf()).toBe('2026-05-11');
  });

  describe('answering', () => {
    let assignmentId: string;
    let petitionId: string;
    const answer = `mutation($id: ID!, $input: AnswerAssignmentInput!) { answerAssignment(id: $id, input: $input) { ${assignmentFields} } }`;
    const input = { answer: 'Đã kiểm tra, lập biên bản và đình chỉ thi công công trình.', answeredOn: '2025-12-01' };

    beforeAll(async () => {
      petitionId = randomUUID();
      const event = await route({ petitionId, agencyId: 'so-xay-dung', dueOn: '2026-01-15' });
      assignmentId = derivedId(event.id);
      await eventually(async () => (await assignmentsOf(petitionId)).totalCount === 1);
    });

    it('lets only staff of the assigned agency answer', async () => {
      for (const caller of [callers.frontClerk, callers.committeeClerk, { ...sxdClerk, roles: ['viewer'] } satisfies Caller]) {
        const result = await callSubgraph(committee.url, answer, { id: assignmentId, input }, caller);
        expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      }
      expect((await assignmentsOf(petitionId)).edges[0]!.node.status).toBe('ASSIGNED');
    });

    it('refuses an empty or over-long answer and a future date, naming the field', async () => {
      const empty = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, answer: '   ' } }, sxdClerk);
      expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answer' });
      const long = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, answer: 'x'.repeat(10_001) } }, sxdClerk);
      expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answer' });
      const future = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, answeredOn: '2099-01-01' } }, sxdClerk);
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answeredOn' });
      const unknown = await callSubgraph(committee.url, answer, { id: 'no-such-assignment', input }, sxdClerk);
      expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect((await assignmentsOf(petitionId)).edges[0]!.node.answer).toBeNull();
    });

    it('records the answer, publishes assignment.answered, and refuses a second answer', async () => {
      const result = await callSubgraph(committee.url, answer, { id: assignmentId, input }, sxdClerk);
      expect(result.errors).toBeUndefined();
      expect(result.data!.answerAssignment).toMatchObject({ id: assignmentId, status: 'ANSWERED', answer: input.answer, answeredOn: '2025-12-01' });

      const event = await eventually(async () => published.find((e) => e.type === 'vn.hanoi.committee.assignment.answered.v1' && e.subject === assignmentId));
      expect(event.source).toBe('/hanoi/committee');
      expect(event.data).toEqual({
        assignmentId,
        subjectType: 'PETITION',
        subjectId: petitionId,
        agencyId: 'so-xay-dung',
        dueOn: '2026-01-15',
        answer: input.answer,
        answeredOn: '2025-12-01',
      });

      const second = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, answer: 'Trả lời lần hai' } }, callers.admin);
      expect(second.errors![0]!.extensions!.code).toBe('CONFLICT');
      const after = await callSubgraph(committee.url, `{ assignment(id: "${assignmentId}") { answer } }`);
      expect(after.data!.assignment.answer).toBe(input.answer);
      expect(published.filter((e) => e.type === 'vn.hanoi.committee.assignment.answered.v1' && e.subject === assignmentId)).toHaveLength(1);
    });

    it('lists an agency\'s assignments by status, on the Agency entity and in the filtered list', async () => {
      const result = await callSubgraph(committee.url, `{
        agency(id: "so-xay-dung") { answered: assignments(status: ANSWERED) { id } open: assignments(status: ASSIGNED) { id } withdrawn: assignments(status: WITHDRAWN) { id } all: assignments { id } }
        answered: assignments(filter: {agencyId: "so-xay-dung", status: ANSWERED}) { totalCount edges { node { id } } }
        front: agency(id: "front") { assignments { id } }
      }`);
      expect(result.errors).toBeUndefined();
      const agency = result.data!.agency;
      expect(agency.answered).toEqual([{ id: assignmentId }]);
      expect(agency.open.map((a: { id: string }) => a.id)).not.toContain(assignmentId);
      expect(agency.all).toHaveLength(agency.answered.length + agency.open.length + agency.withdrawn.length);
      expect(agency.open.length).toBeGreaterThanOrEqual(2);
      expect(result.data!.answered).toEqual({ totalCount: 1, edges: [{ node: { id: assignmentId } }] });
      expect(result.data!.front.assignments).toEqual([]);
    });

    it('resolves Assignment references in one find', async () => {
      await committee.app.runtime.outbox.drain();
      const listed = await callSubgraph(committee.url, `{ assignments(first: 10) { edges { node { id } } } }`);
      const representations = listed.data!.assignments.edges.map((edge: { node: { id: string } }) => ({ __typename: 'Assignment', id: edge.node.id }));
      expect(representations.length).toBeGreaterThanOrEqual(3);
      const before = await committee.settledCommandCount();
      const result = await callSubgraph(committee.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Assignment { id status } } }`, {
        r: representations,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toHaveLength(representations.length);
      expect(committee.app.runtime.database.commandCount() - before).toBe(1);
    });
  });
});
