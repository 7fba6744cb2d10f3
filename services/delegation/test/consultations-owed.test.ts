import { callSubgraph, callers } from '@hanoi/platform/testing';
import { startDelegation, type Delegation } from './support';

const createConsultation = `mutation($input: CreateLawConsultationInput!) { createLawConsultation(input: $input) { id } }`;
const owed = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Agency { id consultationsOwed { id draftTitle closesOn status } } } }`;

describe('delegation subgraph: Agency.consultationsOwed', () => {
  let delegation: Delegation;
  const ids: Record<string, string> = {};

  async function open(key: string, closesOn: string, invitedAgencyIds: string[]) {
    const result = await callSubgraph(delegation.url, createConsultation, {
      input: { draftTitle: `Dự thảo ${key}`, draftKind: 'LAW', opensOn: '2025-05-01', closesOn, invitedAgencyIds },
    }, callers.delegationClerk);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    ids[key] = result.data!.createLawConsultation.id;
  }

  beforeAll(async () => {
    delegation = await startDelegation();
    await open('A', '2025-05-31', ['so-tu-phap', 'so-xay-dung', 'ubnd-phuong-hoan-kiem']);
    await open('B', '2025-05-15', ['so-tu-phap', 'so-xay-dung']);
    await open('C', '2025-05-20', ['so-tu-phap']);
    // so-xay-dung contributed to A; C is closed, so nobody owes it any more.
    const contributed = await callSubgraph(delegation.url, `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id } }`, {
      input: { consultationId: ids.A, agencyId: 'so-xay-dung', content: 'Đồng ý với dự thảo.', submittedOn: '2025-05-05' },
    }, { subject: 'sxd-clerk', agency: 'so-xay-dung', roles: ['clerk'] });
    expect(contributed.errors).toBeUndefined();
    await callSubgraph(delegation.url, `mutation($id: ID!) { closeLawConsultation(id: $id) { id } }`, { id: ids.C }, callers.delegationClerk);
  });
  afterAll(() => delegation.stop());

  it('lists, per agency, the OPEN consultations it was invited to and has not contributed to, soonest closing first', async () => {
    const result = await callSubgraph(delegation.url, owed, {
      representations: ['so-tu-phap', 'so-xay-dung', 'ubnd-phuong-hoan-kiem', 'so-y-te'].map((id) => ({ __typename: 'Agency', id })),
    });
    expect(result.errors).toBeUndefined();
    const byAgency = Object.fromEntries(
      result.data!._entities.map((agency: { id: string; consultationsOwed: { id: string }[] }) => [agency.id, agency.consultationsOwed.map((c) => c.id)]),
    );
    expect(byAgency).toEqual({
      'so-tu-phap': [ids.B, ids.A],
      'so-xay-dung': [ids.B],
      'ubnd-phuong-hoan-kiem': [ids.A],
      'so-y-te': [],
    });
    expect(result.data!._entities[0].consultationsOwed[0]).toMatchObject({ draftTitle: 'Dự thảo B', closesOn: '2025-05-15', status: 'OPEN' });
  });

  it('answers for several agencies with one query for consultations and one for contributions', async () => {
    const before = await delegation.settledCommandCount();
    const result = await callSubgraph(delegation.url, owed, {
      representations: ['so-tu-phap', 'so-xay-dung', 'ubnd-phuong-hoan-kiem', 'so-y-te', 'so-giao-duc'].map((id) => ({ __typename: 'Agency', id })),
    });
    const after = delegation.app.runtime.database.commandCount();
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(5);
    expect(after - before).toBe(2);
  });
});
