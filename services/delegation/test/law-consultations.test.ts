import { delegationEvents } from '@hanoi/contracts';
import type { Caller } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { collectPublishedEvents, startDelegation, type Delegation } from './support';

const createConsultation = `mutation($input: CreateLawConsultationInput!) {
  createLawConsultation(input: $input) { id status draftTitle draftKind opensOn closesOn invitedAgencies { id } }
}`;
const close = `mutation($id: ID!) { closeLawConsultation(id: $id) { id status closedAt } }`;
const sendSummary = `mutation($id: ID!, $input: SendConsultationSummaryInput!) {
  sendConsultationSummary(id: $id, input: $input) { id status summary summarySentOn }
}`;
const submit = `mutation($input: SubmitContributionInput!) {
  submitContribution(input: $input) { id agency { id } consultation { id } content submittedOn late }
}`;

const base = {
  draftTitle: 'Dự án Luật Thủ đô (sửa đổi)',
  draftKind: 'LAW',
  opensOn: '2025-03-01',
  closesOn: '2025-03-31',
  invitedAgencyIds: ['so-tu-phap', 'so-xay-dung', 'ubnd-phuong-hoan-kiem', 'so-tu-phap'],
};
const sojClerk: Caller = { subject: 'soj-clerk-1', agency: 'so-tu-phap', roles: ['clerk'] };
const sxdLeader: Caller = { subject: 'sxd-leader-1', agency: 'so-xay-dung', roles: ['leader'] };

async function open(url: string, input: Record<string, unknown>): Promise<string> {
  const result = await callSubgraph(url, createConsultation, { input: { ...base, ...input } }, callers.delegationClerk);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createLawConsultation.id;
}

const contribution = (consultationId: string, agencyId: string, submittedOn = '2025-03-10') => ({
  consultationId,
  agencyId,
  content: `Góp ý của ${agencyId}: đề nghị làm rõ điều 12.`,
  submittedOn,
});

describe('delegation subgraph: law consultations and contributions', () => {
  let delegation: Delegation;
  let published: Awaited<ReturnType<typeof collectPublishedEvents>>;
  beforeAll(async () => {
    delegation = await startDelegation();
    published = await collectPublishedEvents(delegation);
  });
  afterAll(async () => {
    await published.stop();
    await delegation.stop();
  });

  it('opens a consultation with de-duplicated invitations and reads it back', async () => {
    const created = await callSubgraph(delegation.url, createConsultation, { input: base }, callers.delegationClerk);
    expect(created.errors).toBeUndefined();
    const consultation = created.data!.createLawConsultation;
    expect(consultation).toMatchObject({ status: 'OPEN', draftKind: 'LAW', opensOn: '2025-03-01', closesOn: '2025-03-31' });
    expect(consultation.invitedAgencies).toEqual([{ id: 'so-tu-phap' }, { id: 'so-xay-dung' }, { id: 'ubnd-phuong-hoan-kiem' }]);

    const read = await callSubgraph(
      delegation.url,
      `query($id: ID!) { lawConsultation(id: $id) { id draftTitle contributions { id } pendingAgencies { id } summary } }`,
      { id: consultation.id },
    );
    expect(read.data!.lawConsultation).toEqual({
      id: consultation.id,
      draftTitle: base.draftTitle,
      contributions: [],
      pendingAgencies: [{ id: 'so-tu-phap' }, { id: 'so-xay-dung' }, { id: 'ubnd-phuong-hoan-kiem' }],
      summary: null,
    });
  });

  it('refuses closesOn before opensOn and an empty invitation list with the field at fault, and writes nothing', async () => {
    const marker = 'Dự thảo Pháp lệnh sai ngày';
    const before = await callSubgraph(delegation.url, createConsultation, {
      input: { ...base, draftTitle: marker, draftKind: 'ORDINANCE', opensOn: '2025-04-10', closesOn: '2025-04-01' },
    }, callers.delegationClerk);
    expect(before.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesOn' });
    const sameDay = await callSubgraph(delegation.url, createConsultation, {
      input: { ...base, draftTitle: marker, draftKind: 'ORDINANCE', opensOn: '2025-04-10', closesOn: '2025-04-10' },
    }, callers.delegationClerk);
    expect(sameDay.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesOn' });
    const none = await callSubgraph(delegation.url, createConsultation, {
      input: { ...base, draftTitle: marker, draftKind: 'ORDINANCE', invitedAgencyIds: [] },
    }, callers.delegationClerk);
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.invitedAgencyIds' });

    const listed = await callSubgraph(delegation.url, '{ lawConsultations(filter: {draftKind: ORDINANCE}) { totalCount } }');
    expect(listed.data!.lawConsultations.totalCount).toBe(0);
  });

  it('walks OPEN → CLOSED → SUMMARY_SENT and refuses every other transition with CONFLICT', async () => {
    const id = await open(delegation.url, { draftTitle: 'Dự thảo Nghị quyết thí điểm', draftKind: 'RESOLUTION' });

    const early = await callSubgraph(delegation.url, sendSummary, { id, input: { summary: 'Tổng hợp', sentOn: '2025-04-02' } }, callers.delegationClerk);
    expect(early.errors![0]!.extensions!.code).toBe('CONFLICT');

    const closed = await callSubgraph(delegation.url, close, { id }, callers.delegationClerk);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeLawConsultation.status).toBe('CLOSED');
    expect(closed.data!.closeLawConsultation.closedAt).toEqual(expect.any(String));

    const twice = await callSubgraph(delegation.url, close, { id }, callers.delegationClerk);
    expect(twice.errors![0]!.extensions!.code).toBe('CONFLICT');

    const beforeOpening = await callSubgraph(delegation.url, sendSummary, { id, input: { summary: 'Tổng hợp', sentOn: '2025-02-01' } }, callers.delegationClerk);
    expect(beforeOpening.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sentOn' });
    const emptySummary = await callSubgraph(delegation.url, sendSummary, { id, input: { summary: ' ', sentOn: '2025-04-02' } }, callers.delegationClerk);
    expect(emptySummary.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.summary' });

    const sent = await callSubgraph(delegation.url, sendSummary, {
      id,
      input: { summary: 'Tổng hợp 12 ý kiến góp ý gửi Ủy ban Thường vụ Quốc hội', sentOn: '2025-04-02' },
    }, callers.delegationClerk);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendConsultationSummary).toMatchObject({ status: 'SUMMARY_SENT', summarySentOn: '2025-04-02' });

    const again = await callSubgraph(delegation.url, sendSummary, { id, input: { summary: 'Lần 2', sentOn: '2025-04-03' } }, callers.delegationClerk);
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    const reclose = await callSubgraph(delegation.url, close, { id }, callers.delegationClerk);
    expect(reclose.errors![0]!.extensions!.code).toBe('CONFLICT');

    const unknown = await callSubgraph(delegation.url, close, { id: 'no-such-consultation' }, callers.delegationClerk);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    // Each accepted transition reached Kafka, in order, keyed by the consultation, each with the obligations it implies:
    // three opened with it, three ended by closing it without any contribution.
    const types = await eventually(async () => {
      const mine = published.events.filter((event) => event.subject === id).map((event) => event.type);
      return mine.length >= 9 ? mine : null;
    });
    const { obligation } = delegationEvents;
    expect(types).toEqual([
      delegationEvents.lawConsultationOpened.type,
      ...Array(3).fill(obligation.opened.type),
      delegationEvents.lawConsultationClosed.type,
      ...Array(3).fill(obligation.cancelled.type),
      delegationEvents.lawConsultationSummarySent.type,
    ]);
  });

  it('accepts one contribution per agency while OPEN, from its own staff or the delegation', async () => {
    const id = await open(delegation.url, { draftTitle: 'Dự án Luật Đất đai (sửa đổi)' });

    const own = await callSubgraph(delegation.url, submit, { input: contribution(id, 'so-tu-phap') }, sojClerk);
    expect(own.errors).toBeUndefined();
    expect(own.data!.submitContribution).toMatchObject({ agency: { id: 'so-tu-phap' }, consultation: { id }, submittedOn: '2025-03-10', late: false });

    const onBehalf = await callSubgraph(delegation.url, submit, { input: contribution(id, 'so-xay-dung', '2025-04-05') }, callers.delegationClerk);
    expect(onBehalf.errors).toBeUndefined();
    expect(onBehalf.data!.submitContribution.late).toBe(true);

    const duplicate = await callSubgraph(delegation.url, submit, { input: contribution(id, 'so-tu-phap', '2025-03-12') }, sojClerk);
    expect(duplicate.errors![0]!.extensions!.code).toBe('CONFLICT');

    const read = await callSubgraph(
      delegation.url,
      `query($id: ID!) { lawConsultation(id: $id) { contributions { agency { id } } pendingAgencies { id } } }`,
      { id },
    );
    expect(read.data!.lawConsultation.contributions).toEqual([{ agency: { id: 'so-tu-phap' } }, { agency: { id: 'so-xay-dung' } }]);
    expect(read.data!.lawConsultation.pendingAgencies).toEqual([{ id: 'ubnd-phuong-hoan-kiem' }]);

    const submitted = await eventually(async () =>
      published.events.find((event) => event.type === delegationEvents.contributionSubmitted.type && event.data.agencyId === 'so-xay-dung'),
    );
    expect(submitted.data).toMatchObject({ consultationId: id, submittedOn: '2025-04-05', closesOn: '2025-03-31', late: true });

    // Closing records who contributed and who did not.
    await callSubgraph(delegation.url, close, { id }, callers.delegationClerk);
    const closed = await eventually(async () =>
      published.events.find((event) => event.type === delegationEvents.lawConsultationClosed.type && event.subject === id),
    );
    expect(closed.data).toMatchObject({ contributedAgencyIds: ['so-tu-phap', 'so-xay-dung'], missingAgencyIds: ['ubnd-phuong-hoan-kiem'] });

    // The obligations, all keyed by the consultation: one per invited agency, each contribution meeting its agency's
    // on the submission day (in the contribution's write), the one still missing at closing ended then.
    const { obligation } = delegationEvents;
    const obligationTypes = Object.values(obligation).map((contract) => contract.type);
    const mine = await eventually(async () => {
      const found = published.events.filter((event) => event.subject === id && obligationTypes.includes(event.type));
      return found.length >= 6 ? found : null;
    });
    const obligationId = (agencyId: string) => `lawConsultation:${id}:${agencyId}`;
    expect(mine.filter((event) => event.type === obligation.opened.type).map((event) => obligation.opened.parse(event))).toEqual(
      ['so-tu-phap', 'so-xay-dung', 'ubnd-phuong-hoan-kiem'].map((agencyId) => ({
        obligationId: obligationId(agencyId),
        kind: 'LAW_CONSULTATION_CONTRIBUTION',
        agencyId,
        dueOn: new Date('2025-03-31T00:00:00Z'),
        subject: { type: 'LawConsultation', id },
        content: 'LAWS_AND_CRITIQUE',
        basis: expect.stringMatching(/^Quy chế phối hợp/),
        councilSessionId: null,
        title: 'Dự án Luật Đất đai (sửa đổi)',
      })),
    );
    expect(mine.filter((event) => event.type === obligation.met.type).map((event) => event.data)).toEqual([
      { obligationId: obligationId('so-tu-phap'), metOn: '2025-03-10' },
      { obligationId: obligationId('so-xay-dung'), metOn: '2025-04-05' },
    ]);
    expect(mine.filter((event) => event.type === obligation.cancelled.type).map((event) => event.data)).toEqual([
      expect.objectContaining({ obligationId: obligationId('ubnd-phuong-hoan-kiem'), reason: 'consultation closed without a contribution from this agency' }),
    ]);
    expect(mine).toHaveLength(6);

    const afterClose = await callSubgraph(delegation.url, submit, { input: contribution(id, 'ubnd-phuong-hoan-kiem') }, callers.delegationClerk);
    expect(afterClose.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('refuses contributions for another agency, before opening or in the future, and to unknown consultations', async () => {
    const id = await open(delegation.url, { draftTitle: 'Dự thảo Pháp lệnh Chi phí tố tụng', draftKind: 'ORDINANCE' });

    const councilForOther = await callSubgraph(delegation.url, submit, { input: contribution(id, 'so-tu-phap') }, callers.councilClerk);
    expect(councilForOther.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const viewer = await callSubgraph(delegation.url, submit, { input: contribution(id, 'so-tu-phap') }, { ...sojClerk, roles: ['viewer'] });
    expect(viewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const early = await callSubgraph(delegation.url, submit, { input: contribution(id, 'so-tu-phap', '2025-02-28') }, sojClerk);
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.submittedOn' });
    const future = await callSubgraph(delegation.url, submit, { input: contribution(id, 'so-tu-phap', '2099-01-01') }, sojClerk);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.submittedOn' });
    const tooLong = await callSubgraph(delegation.url, submit, { input: { ...contribution(id, 'so-tu-phap'), content: 'x'.repeat(20_001) } }, sojClerk);
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    const unknown = await callSubgraph(delegation.url, submit, { input: contribution('no-such-consultation', 'so-tu-phap') }, sojClerk);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.consultationId' });

    const read = await callSubgraph(delegation.url, `query($id: ID!) { lawConsultation(id: $id) { contributions { id } } }`, { id });
    expect(read.data!.lawConsultation.contributions).toEqual([]);

    // The council's own contribution (submitted by its clerk) is accepted even though it was not invited; it meets
    // no obligation (it owed none).
    const councilOwn = await callSubgraph(delegation.url, submit, { input: contribution(id, 'council') }, callers.councilClerk);
    expect(councilOwn.errors).toBeUndefined();
    // Closing then puts an event behind any the contribution could have keyed by the consultation (Kafka keeps a key's order).
    await callSubgraph(delegation.url, close, { id }, callers.delegationClerk);
    await eventually(async () => published.events.find((event) => event.type === delegationEvents.lawConsultationClosed.type && event.subject === id));
    expect(published.events.filter((event) => event.subject === id && event.type === delegationEvents.obligation.met.type)).toEqual([]);
  });

  it('lets only delegation staff open, close and summarise consultations', async () => {
    const forbidden = await callSubgraph(delegation.url, createConsultation, { input: { ...base, draftTitle: 'Không được phép' } }, callers.councilClerk);
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const id = await open(delegation.url, { draftTitle: 'Dự án Luật Tổ chức chính quyền địa phương' });
    const closeForbidden = await callSubgraph(delegation.url, close, { id }, sxdLeader);
    expect(closeForbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const still = await callSubgraph(delegation.url, `query($id: ID!) { lawConsultation(id: $id) { status } }`, { id });
    expect(still.data!.lawConsultation.status).toBe('OPEN');
  });

  it('lists consultations newest first, filtered by status, kind and invited agency', async () => {
    const list = async (filter: Record<string, unknown>) => {
      const result = await callSubgraph(
        delegation.url,
        `query($filter: LawConsultationFilter) { lawConsultations(filter: $filter) { totalCount edges { node { draftTitle opensOn } } } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.lawConsultations;
    };
    const latest = await open(delegation.url, { draftTitle: 'Dự án Luật mới nhất', opensOn: '2025-06-01', closesOn: '2025-06-30', invitedAgencyIds: ['so-y-te'] });
    const all = await list({});
    expect(all.edges[0].node.draftTitle).toBe('Dự án Luật mới nhất');
    expect(all.totalCount).toBeGreaterThanOrEqual(5);
    expect((await list({ invitedAgencyId: 'so-y-te' })).edges.map((e: { node: { draftTitle: string } }) => e.node.draftTitle)).toEqual(['Dự án Luật mới nhất']);
    expect((await list({ status: 'SUMMARY_SENT' })).totalCount).toBe(1);
    expect((await list({ status: 'CLOSED' })).totalCount).toBe(2);
    expect((await list({ draftKind: 'RESOLUTION' })).edges.map((e: { node: { draftTitle: string } }) => e.node.draftTitle)).toEqual([
      'Dự thảo Nghị quyết thí điểm',
    ]);
    expect(latest).toEqual(expect.any(String));
  });
});
