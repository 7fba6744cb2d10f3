import { parseCalendarDate as day } from '@hanoi/platform';
import { createCouncilDeputyInput } from '../src/domain/deputy';
import { askerTermProblem } from '../src/domain/question';
import { adoptedOnProblem, createResolutionInput, numberYearProblem } from '../src/domain/resolution';

describe('resolution rules', () => {
  const valid = { councilSessionId: 's', number: '12/NQ-HĐND', title: 'Nghị quyết', adoptedOn: day('2026-07-09'), kind: 'OTHER' };

  it('accepts individual and normative numbers, NFC-normalised', () => {
    expect(createResolutionInput.parse(valid).number).toBe('12/NQ-HĐND');
    expect(createResolutionInput.parse({ ...valid, number: ' 05/2026/NQ-HĐND ' }).number).toBe('05/2026/NQ-HĐND');
  });

  it('refuses other shapes on the number field', () => {
    for (const number of ['12/NQ-UBND', 'NQ-HĐND', '12/NQ-HDND', '12/26/NQ-HĐND']) {
      expect(createResolutionInput.safeParse({ ...valid, number }).error!.issues[0]!.path).toEqual(['number']);
    }
  });

  it('takes a normative number\'s year to be the adoption year', () => {
    expect(numberYearProblem('05/2026/NQ-HĐND', day('2026-07-09'))).toBeUndefined();
    expect(numberYearProblem('12/NQ-HĐND', day('2025-12-09'))).toBeUndefined();
    expect(numberYearProblem('05/2025/NQ-HĐND', day('2026-01-02'))).toBe('carries the year 2025, but the resolution is adopted in 2026');
    expect(createResolutionInput.safeParse({ ...valid, number: '05/2025/NQ-HĐND' }).error!.issues[0]!.path).toEqual(['number']);
  });

  it('is adopted between the opening and closing days of its session', () => {
    const session = { opensOn: day('2026-07-08'), closesOn: day('2026-07-10') };
    expect(adoptedOnProblem(day('2026-07-08'), session)).toBeUndefined();
    expect(adoptedOnProblem(day('2026-07-10'), session)).toBeUndefined();
    expect(adoptedOnProblem(day('2026-07-07'), session)).toBeDefined();
    expect(adoptedOnProblem(day('2026-07-11'), session)).toBeDefined();
  });
});

describe('deputies and questions', () => {
  it('keeps each committee membership once, and none when omitted', () => {
    const base = { fullName: 'A', term: '2026-2031', constituency: 'Số 1', administrativeUnitId: 'phuong-hoan-kiem', fullTime: true };
    expect(createCouncilDeputyInput.parse({ ...base, committees: ['LEGAL', 'LEGAL', 'URBAN'] }).committees).toEqual(['LEGAL', 'URBAN']);
    expect(createCouncilDeputyInput.parse(base).committees).toEqual([]);
    expect(createCouncilDeputyInput.safeParse({ ...base, committees: ['ETHNIC'] }).success).toBe(false);
  });

  it('lets only deputies of the session term question at it', () => {
    expect(askerTermProblem('2026-2031', '2026-2031')).toBeUndefined();
    expect(askerTermProblem('2021-2026', '2026-2031')).toMatch(/2021-2026/);
  });
});
