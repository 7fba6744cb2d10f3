import { delegationEvents, obligationChanges } from '@hanoi/contracts';
import { foldVietnamese } from '@hanoi/platform';
import { requireContributor } from '../src/access';
import { isLate, contributionStatusProblem } from '../src/domain/contribution';
import { createNationalAssemblyDeputyInput, deputySortKey, termProblem } from '../src/domain/deputy';
import {
  actDateProblem,
  closesOnProblem,
  consultationObligations,
  contributionMeets,
  createLawConsultationInput,
  pendingAgencyIds,
  transitionProblem,
} from '../src/domain/law-consultation';
import { forwardedOnProblem } from '../src/domain/voter-recommendation';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('delegation domain rules', () => {
  it('folds Vietnamese names for diacritic-insensitive search', () => {
    expect(foldVietnamese('  Nguyễn Thị   ĐÀO ')).toBe('nguyen thi dao');
    expect(foldVietnamese('Đỗ Hữu Ước')).toBe('do huu uoc');
    expect(deputySortKey(3, 'Lê Thị Lan') < deputySortKey(10, 'An Văn B')).toBe(true);
  });

  it('accepts terms like "XV (2021-2026)" only', () => {
    expect(termProblem('XV (2021-2026)')).toBeUndefined();
    expect(termProblem('XV 2021-2026')).toMatch(/Roman numeral/);
    expect(termProblem('XV (2021-2025)')).toMatch(/5 years/);
  });

  it('validates constituencies 1..10', () => {
    const base = { fullName: 'A', term: 'XV (2021-2026)', fullTime: true };
    expect(createNationalAssemblyDeputyInput.safeParse({ ...base, constituency: 10 }).success).toBe(true);
    expect(createNationalAssemblyDeputyInput.safeParse({ ...base, constituency: 11 }).success).toBe(false);
    expect(createNationalAssemblyDeputyInput.safeParse({ ...base, constituency: 2.5 }).success).toBe(false);
  });

  it('requires closesOn after opensOn and de-duplicates invitations', () => {
    expect(closesOnProblem(day('2025-03-01'), day('2025-03-01'))).toBe('must be after opensOn');
    expect(closesOnProblem(day('2025-03-01'), day('2025-03-02'))).toBeUndefined();
    const parsed = createLawConsultationInput.parse({
      draftTitle: 'Luật', draftKind: 'LAW', opensOn: day('2025-03-01'), closesOn: day('2025-03-02'), invitedAgencyIds: ['a', 'b', 'a'],
    });
    expect(parsed.invitedAgencyIds).toEqual(['a', 'b']);
  });

  it('allows only OPEN → CLOSED → SUMMARY_SENT', () => {
    expect(transitionProblem('OPEN', 'close')).toBeUndefined();
    expect(transitionProblem('CLOSED', 'sendSummary')).toBeUndefined();
    expect(transitionProblem('CLOSED', 'close')).toMatch(/only from OPEN/);
    expect(transitionProblem('OPEN', 'sendSummary')).toMatch(/only from CLOSED/);
    expect(transitionProblem('SUMMARY_SENT', 'sendSummary')).toBeDefined();
  });

  it('dates acts between the opening and today', () => {
    const today = day('2025-04-10');
    expect(actDateProblem(day('2025-03-01'), day('2025-02-28'), today)).toMatch(/before/);
    expect(actDateProblem(day('2025-03-01'), day('2025-04-11'), today)).toMatch(/future/);
    expect(actDateProblem(day('2025-03-01'), day('2025-04-10'), today)).toBeUndefined();
    expect(forwardedOnProblem(day('2025-04-11'), today)).toMatch(/future/);
    expect(forwardedOnProblem(today, today)).toBeUndefined();
  });

  it('decides who owes, who may submit and what is late', () => {
    expect(pendingAgencyIds(['a', 'b', 'c'], ['b', 'x'])).toEqual(['a', 'c']);
    expect(contributionStatusProblem('OPEN')).toBeUndefined();
    expect(contributionStatusProblem('CLOSED')).toMatch(/only while it is OPEN/);
    const clerk = (agency: string) => ({ subject: 's', agency, roles: ['clerk' as const] });
    expect(() => requireContributor(clerk('so-tu-phap'), 'so-tu-phap')).not.toThrow();
    expect(() => requireContributor(clerk('delegation'), 'so-tu-phap')).not.toThrow();
    expect(() => requireContributor(clerk('council'), 'so-tu-phap')).toThrow(/so-tu-phap or delegation/);
    expect(() => requireContributor({ subject: 's', agency: 'so-tu-phap', roles: ['viewer'] }, 'so-tu-phap')).toThrow();
    expect(() => requireContributor({ subject: 's', agency: 'council', roles: ['admin'] }, 'so-tu-phap')).not.toThrow();
    expect(isLate(day('2025-04-01'), day('2025-03-31'))).toBe(true);
    expect(isLate(day('2025-03-31'), day('2025-03-31'))).toBe(false);
  });
});

describe('contributions owed to a consultation (LAW_CONSULTATION_CONTRIBUTION)', () => {
  const consultation = {
    _id: 'c1',
    draftTitle: 'Dự án Luật Thủ đô (sửa đổi)',
    closesOn: day('2025-03-31'),
    invitedAgencyIds: ['so-tu-phap', 'so-xay-dung'],
    missingAgencyIds: [],
  };

  it('owes one per invited agency, due the last day, about the consultation, titled with the draft', () => {
    const obligations = consultationObligations(consultation);
    expect(obligations.map((obligation) => [obligation.obligationId, obligation.agencyId])).toEqual([
      ['lawConsultation:c1:so-tu-phap', 'so-tu-phap'],
      ['lawConsultation:c1:so-xay-dung', 'so-xay-dung'],
    ]);
    expect(obligations[0]).toMatchObject({
      kind: 'LAW_CONSULTATION_CONTRIBUTION',
      dueOn: day('2025-03-31'),
      subject: { type: 'LawConsultation', id: 'c1' },
      title: 'Dự án Luật Thủ đô (sửa đổi)',
      basis: expect.stringMatching(/^Quy chế phối hợp/),
      metOn: null,
      cancelled: false,
    });
    const opened = obligationChanges(delegationEvents.obligation, [], obligations);
    expect(opened.map((draft) => draft.data)).toEqual([
      expect.objectContaining({ obligationId: 'lawConsultation:c1:so-tu-phap', content: 'LAWS_AND_CRITIQUE', councilSessionId: null, dueOn: '2025-03-31' }),
      expect.objectContaining({ obligationId: 'lawConsultation:c1:so-xay-dung', content: 'LAWS_AND_CRITIQUE', councilSessionId: null, dueOn: '2025-03-31' }),
    ]);
  });

  it('ends, at closing, the obligations of the agencies still missing, and only theirs', () => {
    const closed = consultationObligations({ ...consultation, missingAgencyIds: ['so-xay-dung'] });
    const changes = obligationChanges(delegationEvents.obligation, consultationObligations(consultation), closed, day('2025-04-02'));
    expect(changes).toEqual([
      delegationEvents.obligation.cancelled.draft({ obligationId: 'lawConsultation:c1:so-xay-dung', on: day('2025-04-02'), reason: 'consultation closed without a contribution from this agency' }),
    ]);
  });

  it("is met by an invited agency's contribution on its submission day; an uninvited agency's meets nothing", () => {
    expect(contributionMeets(consultation, { agencyId: 'so-tu-phap', submittedOn: day('2025-04-05') })).toEqual({
      obligationId: 'lawConsultation:c1:so-tu-phap',
      metOn: day('2025-04-05'),
    });
    expect(contributionMeets(consultation, { agencyId: 'council', submittedOn: day('2025-03-10') })).toBeNull();
  });
});
