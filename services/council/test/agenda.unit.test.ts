import { parseCalendarDate as day } from '@hanoi/platform';
import { daysLate, documentTimeliness, isLate, preparationDossier } from '../src/domain/agenda';

const due = day('2025-11-18');
const item = (submittedOn: string | null) => ({ documentDueOn: due, submittedOn: submittedOn ? day(submittedOn) : null });

describe('late documents (chậm gửi tài liệu)', () => {
  it('is on time when submitted on or before the due day, whatever today is', () => {
    expect(isLate(item('2025-11-18'), day('2026-01-01'))).toBe(false);
    expect(documentTimeliness(item('2025-11-01'), day('2026-01-01'))).toBe('ON_TIME');
  });

  it('is late when submitted after the due day, even before today', () => {
    expect(isLate(item('2025-11-19'), day('2025-11-19'))).toBe(true);
    expect(documentTimeliness(item('2025-11-19'), day('2025-11-19'))).toBe('LATE');
    expect(daysLate(item('2025-11-21'), day('2026-01-01'))).toBe(3);
  });

  it('is not late while unsubmitted up to the due day, and late (missing) from the day after', () => {
    expect(isLate(item(null), day('2025-11-18'))).toBe(false);
    expect(documentTimeliness(item(null), day('2025-11-18'))).toBe('PENDING');
    expect(isLate(item(null), day('2025-11-19'))).toBe(true);
    expect(documentTimeliness(item(null), day('2025-11-19'))).toBe('MISSING');
    expect(daysLate(item(null), day('2025-11-28'))).toBe(10);
    expect(daysLate(item(null), day('2025-11-01'))).toBe(0);
  });
});

describe('preparation dossier', () => {
  const items = [item('2025-11-10'), item('2025-11-20'), item(null), item(null)];

  it('counts each item in exactly one of on time, late, missing, pending', () => {
    expect(preparationDossier(items, day('2025-11-25'))).toMatchObject({ total: 4, onTime: 1, late: 1, missing: 2, pending: 0 });
    expect(preparationDossier([], day('2025-11-25'))).toMatchObject({ total: 0, onTime: 0, late: 0, missing: 0, pending: 0 });
  });

  it('reads a past day as it stood: later submissions are not yet known', () => {
    const dossier = preparationDossier(items, day('2025-11-19'));
    expect(dossier.entries.map((entry) => entry.timeliness)).toEqual(['ON_TIME', 'MISSING', 'MISSING', 'MISSING']);
    expect(preparationDossier(items, day('2025-11-15'))).toMatchObject({ onTime: 1, late: 0, missing: 0, pending: 3 });
  });
});
