import { derivedId, type Caller, type CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { randomUUID } from 'node:crypto';
import { assignmentsGroupId } from '../src/events/consumers';
import { closed, declined, dueChanged, routed } from './petition-events';
import { answerAssignment, startAssigningCommittee, sxdClerk, type Committee } from './support';

const assignmentFields = `id status dueOn subjectType subjectId caseKind category summary answer answeredOn agency { id } petition { id }`;

describe('committee subgraph: assignments of routed cases (F2)', () => {
  let committee: Committee;
  let published: CloudEvent[];
  let stop: () => Promise<void>;
  let publish: (event: CloudEvent) => Promise<void>;

  beforeAll(async () => {
    const started = await startAssigningCommittee();
    ({ committee, published, stop } = started);
    publish = (event) => started.publish('petitions', event);
  });
  afterAll(() => stop());

  /** Publishes a `petition.routed` event as petitions would; the petition id is the subject (Kafka key). */
  async function route(data: Parameters<typeof routed>[0], id?: string) {
    const event = routed(data, id);
    await publish(event);
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

  const withdrawnFields = `id status withdrawnReason withdrawnAt agency { id }`;
  const assignmentById = async (id: string) =>
    (await callSubgraph(committee.url, `query($id: ID!) { assignment(id: $id) { ${withdrawnFields} } }`, { id })).data!.assignment as Record<string, any> | null;

  it('withdraws the assignment of the agency a case is transferred away from, with an event, and refuses its answer', async () => {
    const petitionId = randomUUID();
    const first = await route({ petitionId, agencyId: 'so-xay-dung' });
    await eventually(async () => assignmentById(derivedId(first.id)));
    // Transferred to another agency under the committee, then out of it (to the front).
    const second = await route({ petitionId, agencyId: 'committee', transferredFromAgencyId: 'so-xay-dung' });
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

    const answered = await callSubgraph(committee.url, answerAssignment('id'), { id: derivedId(first.id), input: { answer: 'Đã xử lý', answeredOn: '2025-12-01' } }, sxdClerk);
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
    const [merged, declinedCase, closedCase] = [randomUUID(), randomUUID(), randomUUID()];
    const routings = await Promise.all([merged, declinedCase, closedCase].map((petitionId) => route({ petitionId, agencyId: 'so-xay-dung' })));
    await eventually(async () => (await Promise.all(routings.map((e) => assignmentById(derivedId(e.id))))).every(Boolean));
    await publish(declined(merged, { reasonCode: 'DUPLICATE', mergedInto: 'case-kept' }));
    await publish(declined(declinedCase, { reasonCode: 'ANONYMOUS_DENUNCIATION' }));
    await publish(closed(closedCase));
    const reasons = await eventually(async () => {
      const all = await Promise.all(routings.map((e) => assignmentById(derivedId(e.id))));
      return all.every((a) => a!.status === 'WITHDRAWN') ? all.map((a) => a!.withdrawnReason) : null;
    });
    expect(reasons).toEqual(['The case was merged into case-kept as a duplicate', 'The case was declined (ANONYMOUS_DENUNCIATION)', 'The case was closed']);
  });

  it('moves the open assignment\'s due date with the case (accepted, extended, recomputed), once per change', async () => {
    const petitionId = randomUUID();
    const routing = await route({ petitionId, agencyId: 'so-xay-dung', dueOn: '2026-03-10' });
    const id = derivedId(routing.id);
    await eventually(async () => assignmentById(id));
    const changed = (verb: keyof typeof dueChanged, dueOn: string) => publish(dueChanged[verb](petitionId, 'so-xay-dung', dueOn));
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
    const other = dueChanged.accepted(petitionId, 'committee', '2027-01-01');
    await publish(other);
    await changed('started', '2026-05-11');
    await eventually(async () => committee.app.runtime.database.connection.collection('processed_events').countDocuments({ _id: `${assignmentsGroupId(committee.config.KAFKA_TOPIC_PREFIX)}:${other.id}` as never }));
    expect(await dueOf()).toBe('2026-05-11');
  });

  /** The committee's obligation events about one assignment (F4), in the order published: verb and data. */
  const obligationOf = (assignmentId: string) =>
    published
      .filter((e) => e.type.startsWith('vn.hanoi.committee.obligation.') && (e.data as { obligationId: string }).obligationId === `assignment:${assignmentId}`)
      .map((e) => ({ verb: e.type.split('.')[4], subject: e.subject, data: e.data }));

  it('owes the answer of a dated assignment (ASSIGNMENT_ANSWER): opened, rescheduled with its case, cancelled when withdrawn', async () => {
    const petitionId = randomUUID();
    const routing = await route({ petitionId, agencyId: 'so-xay-dung', dueOn: '2026-03-10', kind: 'VOTER_RECOMMENDATION' });
    const id = derivedId(routing.id);
    const [opened] = await eventually(async () => (obligationOf(id).length === 1 ? obligationOf(id) : null));
    expect(opened).toEqual({
      verb: 'opened',
      subject: id,
      data: {
        obligationId: `assignment:${id}`,
        kind: 'ASSIGNMENT_ANSWER',
        agencyId: 'so-xay-dung',
        dueOn: '2026-03-10',
        subject: { type: 'Assignment', id },
        content: 'VOTER_MEETINGS',
        basis: 'Quy chế phối hợp: trả lời theo thời hạn của vụ việc (F2)',
        councilSessionId: null,
        title: null,
      },
    });
    await publish(dueChanged.accepted(petitionId, 'so-xay-dung', '2026-04-09'));
    await eventually(async () => obligationOf(id).length === 2);
    await publish(declined(petitionId, { reasonCode: 'DUPLICATE', mergedInto: 'case-kept' }));
    const all = await eventually(async () => (obligationOf(id).length === 3 ? obligationOf(id) : null));
    expect(all.map((o) => o.verb)).toEqual(['opened', 'rescheduled', 'cancelled']);
    expect(all[1]!.data).toMatchObject({ dueOn: '2026-04-09', previousDueOn: '2026-03-10' });
    expect(all[2]!.data).toMatchObject({ reason: 'The case was merged into case-kept as a duplicate' });
  });

  it('owes nothing for an undated assignment until its case gets a due day', async () => {
    const petitionId = randomUUID();
    const routing = await route({ petitionId, agencyId: 'so-xay-dung', dueOn: null });
    const id = derivedId(routing.id);
    await eventually(async () => published.some((e) => e.type === 'vn.hanoi.committee.assignment.assigned.v1' && e.subject === id));
    await committee.app.runtime.outbox.drain();
    expect(obligationOf(id)).toEqual([]);
    await publish(dueChanged.dueDateSet(petitionId, 'so-xay-dung', '2026-07-06'));
    const [opened] = await eventually(async () => (obligationOf(id).length === 1 ? obligationOf(id) : null));
    expect(opened!.data).toMatchObject({ dueOn: '2026-07-06', content: 'CITIZEN_RECEPTION' });
  });

  it('adds the assignments to Petition entities: the standing one and all, oldest first, in one find for every case', async () => {
    const [transferred, leftCommittee, neverAssigned] = [randomUUID(), randomUUID(), randomUUID()];
    const first = await route({ petitionId: transferred, agencyId: 'so-xay-dung' });
    await eventually(async () => assignmentById(derivedId(first.id)));
    const second = await route({ petitionId: transferred, agencyId: 'committee', transferredFromAgencyId: 'so-xay-dung' });
    const only = await route({ petitionId: leftCommittee, agencyId: 'so-xay-dung' });
    await eventually(async () => assignmentById(derivedId(only.id)));
    await route({ petitionId: leftCommittee, agencyId: 'front', transferredFromAgencyId: 'so-xay-dung' });
    await eventually(async () => (await assignmentById(derivedId(only.id)))?.status === 'WITHDRAWN' && (await assignmentById(derivedId(second.id))));

    const representations = [transferred, leftCommittee, neverAssigned].map((id) => ({ __typename: 'Petition', id }));
    const before = await committee.settledCommandCount();
    const result = await callSubgraph(committee.url, `query($r: [_Any!]!) {
      _entities(representations: $r) { ... on Petition { id assignment { id status } assignments { id status } } }
    }`, { r: representations });
    expect(committee.app.runtime.database.commandCount() - before).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      {
        id: transferred,
        assignment: { id: derivedId(second.id), status: 'ASSIGNED' },
        assignments: [{ id: derivedId(first.id), status: 'WITHDRAWN' }, { id: derivedId(second.id), status: 'ASSIGNED' }],
      },
      { id: leftCommittee, assignment: { id: derivedId(only.id), status: 'WITHDRAWN' }, assignments: [{ id: derivedId(only.id), status: 'WITHDRAWN' }] },
      { id: neverAssigned, assignment: null, assignments: [] },
    ]);
  });

  describe('answering', () => {
    let assignmentId: string;
    let petitionId: string;
    const answer = answerAssignment(assignmentFields);
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

    it('refuses an empty or over-long answer, a future date and an implementation report on a case, naming the field', async () => {
      const empty = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, answer: '   ' } }, sxdClerk);
      expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answer' });
      const long = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, answer: 'x'.repeat(10_001) } }, sxdClerk);
      expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answer' });
      const future = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, answeredOn: '2099-01-01' } }, sxdClerk);
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answeredOn' });
      const status = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, implementationStatus: 'IMPLEMENTED' } }, sxdClerk);
      expect(status.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.implementationStatus' });
      const evidence = await callSubgraph(committee.url, answer, { id: assignmentId, input: { ...input, evidence: [{ title: 'Biên bản', reference: 'BB-12' }] } }, sxdClerk);
      expect(evidence.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidence' });
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

      const obligation = await eventually(async () => (obligationOf(assignmentId).length === 2 ? obligationOf(assignmentId) : null));
      expect(obligation.map((o) => [o.verb, o.data.metOn])).toEqual([['opened', undefined], ['met', '2025-12-01']]);

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
