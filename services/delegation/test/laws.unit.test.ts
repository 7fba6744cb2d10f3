import { validate } from '@hanoi/platform';
import { citizenContributorKey, contributingAgencyId, submitCitizenContributionInput } from '../src/domain/citizen-contribution';
import { audienceTotal, disseminationActivityFilter, recordDisseminationActivityInput } from '../src/domain/dissemination';
import { nationalAssemblyTermLabel } from '../src/domain/elected-deputy';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function refusedField(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions.field;
  }
  throw new Error('expected a refusal');
}

describe("citizens' contributions", () => {
  const input = { consultationId: 'c1', source: 'VOTER_MEETING', content: 'Đề nghị bổ sung quy định…', submittedOn: day('2026-11-10'), voterMeetingId: 'm1' };
  it('need the voter meeting for VOTER_MEETING and none online', () => {
    expect(validate(submitCitizenContributionInput, input).voterMeetingId).toBe('m1');
    expect(refusedField(() => validate(submitCitizenContributionInput, { ...input, voterMeetingId: null }))).toBe('input.voterMeetingId');
    expect(refusedField(() => validate(submitCitizenContributionInput, { ...input, source: 'ONLINE_CITIZEN' }))).toBe('input.voterMeetingId');
    expect(refusedField(() => validate(submitCitizenContributionInput, { ...input, source: 'AGENCY' }))).toBe('input.source');
  });

  it('have no agency', () => {
    expect(contributingAgencyId({ source: 'ONLINE_CITIZEN', agencyId: citizenContributorKey('x') })).toBeNull();
    expect(contributingAgencyId({ agencyId: 'so-tu-phap' })).toBe('so-tu-phap');
    expect(citizenContributorKey('a')).not.toBe(citizenContributorKey('b'));
  });
});

describe('legal dissemination activities', () => {
  const input = {
    bodyAgencyId: 'council',
    heldOn: day('2026-11-09'),
    form: 'DIRECT',
    laws: ['Luật Đất đai 2024', 'Luật Đất đai 2024', 'Luật Nhà ở 2023'],
    audiences: [
      { kind: 'RESIDENTS', count: 320 },
      { kind: 'CADRES_CIVIL_SERVANTS', count: 45 },
    ],
  };
  it('keep each law once and each kind of audience once', () => {
    const activity = validate(recordDisseminationActivityInput, input);
    expect(activity.laws).toEqual(['Luật Đất đai 2024', 'Luật Nhà ở 2023']);
    expect(audienceTotal(activity.audiences)).toBe(365);
    expect(refusedField(() => validate(recordDisseminationActivityInput, { ...input, audiences: [...input.audiences, { kind: 'RESIDENTS', count: 1 }] }))).toBe('input.audiences');
    expect(refusedField(() => validate(recordDisseminationActivityInput, { ...input, audiences: [{ kind: 'RESIDENTS', count: 0 }] }))).toBe('input.audiences.0.count');
    expect(refusedField(() => validate(disseminationActivityFilter, { heldFrom: day('2026-12-01'), heldTo: day('2026-11-01') }, 'filter'))).toBe('filter.heldTo');
  });
});

describe('elected National Assembly deputies', () => {
  it('carry the legislature their term makes', () => {
    expect(nationalAssemblyTermLabel('2021-2026')).toBe('XV (2021-2026)');
    expect(nationalAssemblyTermLabel('2026-2031')).toBe('XVI (2026-2031)');
    expect(nationalAssemblyTermLabel('2031-2036')).toBe('XVII (2031-2036)');
    expect(nationalAssemblyTermLabel('2027-2032')).toBeNull();
  });
});
