import { supervisionEvents } from '@hanoi/contracts';
import { derivedId, type CloudEvent } from '@hanoi/platform';
import { callSubgraph, eventually } from '@hanoi/platform/testing';
import { randomUUID } from 'node:crypto';
import { recommendationsGroupId } from '../src/events/consumers';
import { answerAssignment, startAssigningCommittee, sxdClerk, type Committee } from './support';

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const text = 'Rà soát, xử lý dứt điểm các công trình vi phạm trật tự xây dựng trên địa bàn các phường Hoàn Kiếm, Cửa Nam, Hàng Bông';

/** `recommendationIssued` as supervision publishes it (the recommendation id is the subject). */
function issued(recommendationId: string, data: { addressedToAgencyId?: string; dueOn?: string; text?: string } = {}) {
  return supervisionEvents.recommendationIssued.event(recommendationId, {
    recommendationId,
    programmeId: '5d2c1b0a-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
    leadAgencyId: 'council',
    addressedToAgencyId: data.addressedToAgencyId ?? 'so-xay-dung',
    dueOn: day(data.dueOn ?? '2026-09-30'),
    round: 1,
    text: data.text ?? text,
  });
}

/** `recommendationReSupervised`: KEPT_OPEN with the new round's due day, or CLOSED. */
function reSupervised(recommendationId: string, outcome: 'CLOSED' | 'KEPT_OPEN', round: number, dueOn: string, id?: string) {
  return supervisionEvents.recommendationReSupervised.event(
    recommendationId,
    {
      recommendationId,
      programmeId: '5d2c1b0a-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
      leadAgencyId: 'council',
      addressedToAgencyId: 'so-xay-dung',
      dueOn: day(dueOn),
      round,
      reSupervisionId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      outcome,
      assessedStatus: outcome === 'CLOSED' ? 'IMPLEMENTED' : 'PARTIALLY_IMPLEMENTED',
      recordedOn: day('2026-11-20'),
      text,
    },
    id ? { id } : {},
  );
}

const fields = `id status subjectType subjectId summary round dueOn withdrawnReason caseKind agency { id } petition { id } supervisionRecommendation { id }`;

describe('committee subgraph: assignments of supervision recommendations', () => {
  let committee: Committee;
  let published: CloudEvent[];
  let stop: () => Promise<void>;
  let publish: (event: CloudEvent) => Promise<void>;

  beforeAll(async () => {
    const started = await startAssigningCommittee();
    ({ committee, published, stop } = started);
    publish = (event) => started.publish('supervision', event);
  });
  afterAll(() => stop());

  const assignment = async (id: string) =>
    (await callSubgraph(committee.url, `query($id: ID!) { assignment(id: $id) { ${fields} } }`, { id })).data!.assignment as Record<string, any> | null;
  const assignmentsOf = async (recommendationId: string) =>
    (await callSubgraph(committee.url, `query($id: ID!) { assignments(filter: {subjectType: SUPERVISION_RECOMMENDATION, subjectId: $id}) { edges { node { ${fields} } } } }`, {
      id: recommendationId,
    })).data!.assignments.edges.map((edge: { node: Record<string, any> }) => edge.node) as Record<string, any>[];
  const obligationOf = (assignmentId: string) =>
    published
      .filter((e) => e.type.startsWith('vn.hanoi.committee.obligation.') && (e.data as { obligationId: string }).obligationId === `assignment:${assignmentId}`)
      .map((e) => ({ verb: e.type.split('.')[4], data: e.data }));

  it('assigns a recommendation addressed to a department under the committee, once, owing its answer by the due day', async () => {
    const recommendationId = randomUUID();
    const event = issued(recommendationId, { text: `${'Đề nghị rà soát. '.repeat(40)}Kết thúc.` });
    await publish(event);
    await publish(event); // delivered twice
    const id = derivedId(event.id);
    const stored = await eventually(async () => assignment(id));
    expect(stored).toEqual({
      id,
      status: 'ASSIGNED',
      subjectType: 'SUPERVISION_RECOMMENDATION',
      subjectId: recommendationId,
      summary: expect.stringMatching(/^Đề nghị rà soát\..*…$/),
      round: 1,
      dueOn: '2026-09-30',
      withdrawnReason: null,
      caseKind: null,
      agency: { id: 'so-xay-dung' },
      petition: null,
      supervisionRecommendation: { id: recommendationId },
    });
    expect(stored!.summary).toHaveLength(500);
    const opened = await eventually(async () => obligationOf(id)[0]);
    expect(opened.data).toMatchObject({
      kind: 'ASSIGNMENT_ANSWER',
      agencyId: 'so-xay-dung',
      dueOn: '2026-09-30',
      content: 'SUPERVISION',
      subject: { type: 'Assignment', id },
      basis: 'Kết luận giám sát: thời hạn thực hiện kiến nghị sau giám sát',
      title: null,
    });
    await committee.app.runtime.outbox.drain();
    expect(await assignmentsOf(recommendationId)).toHaveLength(1);
    expect(published.filter((e) => e.type === 'vn.hanoi.committee.assignment.assigned.v1' && e.subject === id)).toHaveLength(1);
  });

  it('ignores a recommendation addressed outside the committee', async () => {
    const recommendationId = randomUUID();
    const event = issued(recommendationId, { addressedToAgencyId: 'front' });
    await publish(event);
    const processed = () =>
      committee.app.runtime.database.connection
        .collection('processed_events')
        .findOne({ _id: `${recommendationsGroupId(committee.config.KAFKA_TOPIC_PREFIX)}:${event.id}` as never });
    expect(await eventually(processed)).toMatchObject({ outcome: 'handled' });
    expect(await assignmentsOf(recommendationId)).toEqual([]);
  });

  it('withdraws the open assignment when a re-supervision keeps the recommendation open, and assigns the new round', async () => {
    const recommendationId = randomUUID();
    const first = issued(recommendationId);
    await publish(first);
    await eventually(async () => assignment(derivedId(first.id)));
    const finding = reSupervised(recommendationId, 'KEPT_OPEN', 2, '2027-03-31');
    await publish(finding);
    // A redelivered finding withdraws nothing more (the new round's assignment stays open).
    await publish(reSupervised(recommendationId, 'KEPT_OPEN', 2, '2027-03-31', finding.id));
    const next = await eventually(async () => assignment(derivedId(finding.id)));
    expect(next).toMatchObject({ status: 'ASSIGNED', round: 2, dueOn: '2027-03-31', agency: { id: 'so-xay-dung' } });
    const old = (await assignment(derivedId(first.id)))!;
    expect(old).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: expect.stringContaining('kept open at re-supervision') });

    const obligations = await eventually(async () => (obligationOf(derivedId(finding.id)).length > 0 && obligationOf(derivedId(first.id)).length === 2 ? true : null));
    expect(obligations).toBe(true);
    expect(obligationOf(derivedId(first.id)).map((o) => o.verb)).toEqual(['opened', 'cancelled']);
    expect(obligationOf(derivedId(finding.id))[0]!.data).toMatchObject({ dueOn: '2027-03-31', basis: 'Tái giám sát: thời hạn mới thực hiện kiến nghị (lần 2)' });

    await committee.app.runtime.outbox.drain();
    expect((await assignmentsOf(recommendationId)).map((a) => [a.round, a.status])).toEqual([
      [1, 'WITHDRAWN'],
      [2, 'ASSIGNED'],
    ]);
  });

  it('withdraws the open assignment when a re-supervision closes the recommendation', async () => {
    const recommendationId = randomUUID();
    const first = issued(recommendationId);
    await publish(first);
    await eventually(async () => assignment(derivedId(first.id)));
    await publish(reSupervised(recommendationId, 'CLOSED', 1, '2026-09-30'));
    const withdrawn = await eventually(async () => ((await assignment(derivedId(first.id)))?.status === 'WITHDRAWN' ? assignment(derivedId(first.id)) : null));
    expect(withdrawn!.withdrawnReason).toBe('The recommendation was closed at re-supervision (assessed IMPLEMENTED)');
    expect(await assignmentsOf(recommendationId)).toHaveLength(1);
  });

  describe('answering with the implementation report', () => {
    let recommendationId: string;
    let assignmentId: string;
    const input = { answer: 'Sở Xây dựng đã xử lý dứt điểm 31 trên 46 công trình vi phạm.', answeredOn: '2026-11-12' };

    beforeAll(async () => {
      recommendationId = randomUUID();
      const event = issued(recommendationId);
      assignmentId = derivedId(event.id);
      await publish(event);
      await eventually(async () => assignment(assignmentId));
    });

    it('requires the implementation status, naming the field, and writes nothing', async () => {
      const result = await callSubgraph(committee.url, answerAssignment('id'), { id: assignmentId, input }, sxdClerk);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.implementationStatus' });
      const tooMany = await callSubgraph(
        committee.url,
        answerAssignment('id'),
        { id: assignmentId, input: { ...input, implementationStatus: 'IMPLEMENTED', evidence: Array.from({ length: 51 }, (_, i) => ({ title: `Văn bản ${i}`, reference: `${i}/BC` })) } },
        sxdClerk,
      );
      expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidence' });
      expect((await assignment(assignmentId))!.status).toBe('ASSIGNED');
    });

    it('records the report and publishes it with assignment.answered, meeting the obligation', async () => {
      const evidence = [{ title: 'Báo cáo số 412/BC-SXD ngày 10/11/2026', reference: 'https://soxaydung.hanoi.gov.vn/van-ban/412-bc-sxd-2026' }];
      const result = await callSubgraph(
        committee.url,
        answerAssignment('id status implementationStatus evidence { title reference } answeredOn'),
        { id: assignmentId, input: { ...input, implementationStatus: 'PARTIALLY_IMPLEMENTED', evidence } },
        sxdClerk,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.answerAssignment).toEqual({ id: assignmentId, status: 'ANSWERED', implementationStatus: 'PARTIALLY_IMPLEMENTED', evidence, answeredOn: '2026-11-12' });
      const event = await eventually(async () => published.find((e) => e.type === 'vn.hanoi.committee.assignment.answered.v1' && e.subject === assignmentId));
      expect(event.data).toEqual({
        assignmentId,
        subjectType: 'SUPERVISION_RECOMMENDATION',
        subjectId: recommendationId,
        agencyId: 'so-xay-dung',
        dueOn: '2026-09-30',
        answer: input.answer,
        answeredOn: '2026-11-12',
        implementationStatus: 'PARTIALLY_IMPLEMENTED',
        evidence,
      });
      const met = await eventually(async () => obligationOf(assignmentId).find((o) => o.verb === 'met'));
      expect(met.data).toEqual({ obligationId: `assignment:${assignmentId}`, metOn: '2026-11-12' });
    });

    it('adds the assignments to SupervisionRecommendation entities in one find', async () => {
      const unknown = randomUUID();
      const before = await committee.settledCommandCount();
      const result = await callSubgraph(
        committee.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on SupervisionRecommendation { id assignments { id status implementationStatus } } } }`,
        { r: [recommendationId, unknown].map((id) => ({ __typename: 'SupervisionRecommendation', id })) },
      );
      expect(committee.app.runtime.database.commandCount() - before).toBe(1);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([
        { id: recommendationId, assignments: [{ id: assignmentId, status: 'ANSWERED', implementationStatus: 'PARTIALLY_IMPLEMENTED' }] },
        { id: unknown, assignments: [] },
      ]);
    });
  });
});
