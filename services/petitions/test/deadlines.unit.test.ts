import {
  addCalendarDays,
  addWorkingDays,
  calendarDaysDeadline,
  computeDeadline,
  countWorkingDays,
  createHolidayCalendar,
  daysLeft,
  deadlineRuleIds,
  DeadlineRuleError,
  HolidayDataError,
  isOverdue,
  MissingHolidayYearError,
  nextWorkingDayOnOrAfter,
  vietnamHolidayCalendar as calendar,
  vietnamHolidayYears,
  type Complexity,
  type DeadlineInput,
  type DeadlineRuleId,
  type HolidayYear,
} from '../src/domain/deadlines';

/** A calendar day from `YYYY-MM-DD`, as the Date scalar gives it (midnight UTC). */
const d = (value: string) => new Date(`${value}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Which tier of the legal table a row exercises (checked below: every rule and tier has a row). */
type Tier =
  | 'BASE'
  | 'COMPLEX'
  | 'REMOTE'
  | 'REMOTE_COMPLEX'
  | 'VERIFICATION'
  | 'VERIFICATION_CONFIGURED'
  | 'COMPLEX_NO_EXTENSION'
  | 'ONE_EXTENSION'
  | 'TWO_EXTENSIONS'
  | 'SESSION'
  | 'SESSION_CONFIGURED';

interface Row {
  name: string;
  rule: DeadlineRuleId;
  tier: Tier;
  start: string;
  complexity?: Complexity;
  remote?: boolean;
  verificationNeeded?: boolean;
  extensions?: { decidedOn: string; days: number; decisionRef: string }[];
  nextRegularSessionOn?: string;
  overrides?: DeadlineInput['overrides'];
  /** Days counted in all (null for a session date). */
  days: number | null;
  /** The period's last day when it fell on a day off (Civil Code art. 148 moved it); absent when not moved. */
  movedFrom?: string;
  due: string;
  provisional?: boolean;
  /** Fragments the basis text must contain. */
  basis: string[];
}

/*
 * Every due date below was computed by hand; the comment above each row shows the count. Reference weekdays:
 * 1/1/2024 Mon, 1/1/2025 Wed, 1/1/2026 Thu, 1/1/2027 Fri. Days off (weekdays) from the calendar data:
 *   2024: 1/1; Tết 8–9/2, 12–14/2; Hùng 18/4; 29/4 (swap, make-up Sat 4/5), 30/4, 1/5; 2–3/9.
 *   2025: 1/1; Tết 27–31/1; Hùng 7/4; 30/4, 1/5, 2/5 (swap, make-up Sat 26/4); 1–2/9.
 *   2026: 1/1, 2/1 (swap, make-up Sat 10/1); Tết 16–20/2; 27/4 (Hùng on Sun 26/4); 30/4, 1/5;
 *         31/8 (swap, make-up Sat 22/8), 1–2/9.
 *   2027 (provisional): 1/1; Tết 5/2, 8–11/2; Hùng 16/4; 30/4, 3/5; 2–3/9.
 * Counting never includes the start day (Civil Code art. 147); day n of a calendar-day period is start + n.
 */
const rows: Row[] = [
  // --- Complaint acceptance: 10 days (Law on Complaints 2011, art. 27) ---
  {
    // Fri 1/3/2024 + 10 = Mon 11/3/2024, a working day: no move.
    name: 'acceptance on a plain weekday',
    rule: 'COMPLAINT_ACCEPTANCE', tier: 'BASE', start: '2024-03-01',
    days: 10, due: '2024-03-11',
    basis: ['10 days from receipt (Law on Complaints 2011, art. 27)'],
  },
  {
    // Mon 20/1/2025 + 10 = Thu 30/1/2025 (mùng 2 Tết, off) → Fri 31/1 off (mùng 3), Sat 1/2, Sun 2/2
    // → Mon 3/2/2025.
    name: 'acceptance whose last day is in Tết 2025',
    rule: 'COMPLAINT_ACCEPTANCE', tier: 'BASE', start: '2025-01-20',
    days: 10, movedFrom: '2025-01-30', due: '2025-02-03',
    basis: ['day 10 (Thu 2025-01-30) is a day off, Tết Nguyên đán (mùng 2)', 'Civil Code 2015, art. 148'],
  },
  // --- Complaint, first resolution: 30; complex ≤ 45; remote 45; remote + complex ≤ 60 (art. 28) ---
  {
    // Thu 15/1/2026 + 30: 16 days to 31/1, 14 more → Sat 14/2/2026. Off: 14–15/2 weekend, 16–20/2 Tết,
    // 21–22/2 weekend → Mon 23/2/2026.
    name: 'first resolution ending in the Tết 2026 break',
    rule: 'COMPLAINT_FIRST_RESOLUTION', tier: 'BASE', start: '2026-01-15',
    days: 30, movedFrom: '2026-02-14', due: '2026-02-23',
    basis: ['30 days from acceptance (Law on Complaints 2011, art. 28)', 'is a weekend day'],
  },
  {
    // Fri 21/2/2025 + 45: 7 days to 28/2, 31 to 31/3 (38), 7 more → Mon 7/4/2025 = Giỗ Tổ Hùng Vương
    // (10/3 âm lịch), off → Tue 8/4/2025.
    name: 'first resolution, complex, ending on Hùng Kings day 2025',
    rule: 'COMPLAINT_FIRST_RESOLUTION', tier: 'COMPLEX', start: '2025-02-21', complexity: 'COMPLEX',
    days: 45, movedFrom: '2025-04-07', due: '2025-04-08',
    basis: ['30 days from acceptance, complex case: up to 45 (Law on Complaints 2011, art. 28)', 'Giỗ Tổ Hùng Vương'],
  },
  {
    // Tue 17/3/2026 + 45: 14 days to 31/3, 30 to 30/4 (44), 1 more → Fri 1/5/2026 (Labour Day, off),
    // Sat 2/5, Sun 3/5 → Mon 4/5/2026.
    name: 'first resolution, remote area, ending on 1/5/2026',
    rule: 'COMPLAINT_FIRST_RESOLUTION', tier: 'REMOTE', start: '2026-03-17', remote: true,
    days: 45, movedFrom: '2026-05-01', due: '2026-05-04',
    basis: ['remote area (vùng sâu, vùng xa): 45'],
  },
  {
    // Thu 29/2/2024 + 60: 31 days to 31/3, 29 more → Mon 29/4/2024, the day swapped off for the 30/4 break
    // (made up on Sat 4/5); 30/4 and 1/5 off → Thu 2/5/2024.
    name: 'first resolution, remote and complex, ending on the swapped Monday 29/4/2024',
    rule: 'COMPLAINT_FIRST_RESOLUTION', tier: 'REMOTE_COMPLEX', start: '2024-02-29', remote: true, complexity: 'COMPLEX',
    days: 60, movedFrom: '2024-04-29', due: '2024-05-02',
    basis: ['remote area (vùng sâu, vùng xa) and complex case: up to 60', 'Hoán đổi'],
  },
  {
    // Same as above: complaints have a single complexity tier, so VERY_COMPLEX gets the complex one (60).
    name: 'first resolution, remote and very complex: same tier as complex',
    rule: 'COMPLAINT_FIRST_RESOLUTION', tier: 'REMOTE_COMPLEX', start: '2024-02-29', remote: true, complexity: 'VERY_COMPLEX',
    days: 60, movedFrom: '2024-04-29', due: '2024-05-02',
    basis: ['up to 60'],
  },
  // --- Complaint, second resolution: 45; complex ≤ 60; remote 60; remote + complex ≤ 70 (art. 37) ---
  {
    // Fri 18/7/2025 + 45: 13 days to 31/7, 31 to 31/8 (44), 1 more → Mon 1/9/2025 (National Day, day
    // before), Tue 2/9 off → Wed 3/9/2025.
    name: 'second resolution ending on National Day 2025',
    rule: 'COMPLAINT_SECOND_RESOLUTION', tier: 'BASE', start: '2025-07-18',
    days: 45, movedFrom: '2025-09-01', due: '2025-09-03',
    basis: ['45 days from acceptance (Law on Complaints 2011, art. 37)', 'Quốc khánh'],
  },
  {
    // Thu 2/7/2026 + 60: 29 days to 31/7, 31 more → Mon 31/8/2026, swapped off (made up Sat 22/8); 1/9 and
    // 2/9 off → Thu 3/9/2026.
    name: 'second resolution, complex, ending on the swapped Monday 31/8/2026',
    rule: 'COMPLAINT_SECOND_RESOLUTION', tier: 'COMPLEX', start: '2026-07-02', complexity: 'COMPLEX',
    days: 60, movedFrom: '2026-08-31', due: '2026-09-03',
    basis: ['45 days from acceptance, complex case: up to 60 (Law on Complaints 2011, art. 37)'],
  },
  {
    // Thu 26/2/2026 + 60: 2 days to 28/2, 31 to 31/3 (33), 27 more → Mon 27/4/2026, the compensatory day for
    // Hùng Kings day on Sun 26/4 → Tue 28/4/2026.
    name: 'second resolution, remote, ending on the compensatory day of Hùng Kings 2026',
    rule: 'COMPLAINT_SECOND_RESOLUTION', tier: 'REMOTE', start: '2026-02-26', remote: true,
    days: 60, movedFrom: '2026-04-27', due: '2026-04-28',
    basis: ['remote area (vùng sâu, vùng xa): 60', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  },
  {
    // Thu 30/11/2023 + 70: 31 days to 31/12, 31 to 31/1/2024 (62), 8 more → Thu 8/2/2024 (29 tháng Chạp).
    // Tết 2024 break Thu 8/2 – Wed 14/2 → Thu 15/2/2024. The window crosses New Year 2024 too (calendar days
    // count it). The start year 2023 is not in the calendar and need not be: only the last day is looked up.
    name: 'second resolution, remote and complex, ending in Tết 2024',
    rule: 'COMPLAINT_SECOND_RESOLUTION', tier: 'REMOTE_COMPLEX', start: '2023-11-30', remote: true, complexity: 'COMPLEX',
    days: 70, movedFrom: '2024-02-08', due: '2024-02-15',
    basis: ['remote area (vùng sâu, vùng xa) and complex case: up to 70'],
  },
  // --- Denunciation, initial handling: 7 working days; up to 10 [U] with verification (Law on Denunciations, art. 24) ---
  {
    // Received Thu 23/1/2025. Working days: Fri 24/1 (1); 25–26 weekend; 27–31/1 Tết; 1–2/2 weekend;
    // Mon 3/2 (2), 4 (3), 5 (4), 6 (5), Fri 7 (6); 8–9 weekend; Mon 10/2/2025 (7).
    name: 'initial handling across Tết 2025',
    rule: 'DENUNCIATION_INITIAL_HANDLING', tier: 'BASE', start: '2025-01-23',
    days: 7, due: '2025-02-10',
    basis: ['7 working days from receipt (Law on Denunciations 2018, art. 24)'],
  },
  {
    // Received Wed 19/8/2026: Thu 20 (1), Fri 21 (2), Sat 22/8 make-up working day (3), Sun 23, Mon 24 (4),
    // 25 (5), 26 (6), Thu 27/8/2026 (7). Without the make-up Saturday it would be Fri 28/8.
    name: 'initial handling counting the make-up Saturday 22/8/2026',
    rule: 'DENUNCIATION_INITIAL_HANDLING', tier: 'BASE', start: '2026-08-19',
    days: 7, due: '2026-08-27',
    basis: ['7 working days'],
  },
  {
    // Received Thu 12/2/2026: Fri 13 (1); 14–22/2 Tết break; Mon 23 (2) … Fri 27 (6); 28/2–1/3 weekend;
    // Mon 2/3 (7), 3 (8), 4 (9), Thu 5/3/2026 (10).
    name: 'initial handling with verification across Tết 2026',
    rule: 'DENUNCIATION_INITIAL_HANDLING', tier: 'VERIFICATION', start: '2026-02-12', verificationNeeded: true,
    days: 10, due: '2026-03-05',
    basis: ['7 working days from receipt, verification needed: up to 10 (Law on Denunciations 2018, art. 24)'],
  },
  {
    // From Wed 19/8/2026 as two rows up, 7th working day Thu 27/8; Fri 28 (8); 29–30 weekend; Mon 31/8 swapped
    // off; 1–2/9 National Day; Thu 3/9 (9), Fri 4/9/2026 (10).
    name: 'initial handling with verification across National Day 2026 and its swap',
    rule: 'DENUNCIATION_INITIAL_HANDLING', tier: 'VERIFICATION', start: '2026-08-19', verificationNeeded: true,
    days: 10, due: '2026-09-04',
    basis: ['verification needed: up to 10'],
  },
  {
    // The [U] 10 configured to 12: from Thu 12/2/2026, 10th working day Thu 5/3; Fri 6 (11); 7–8 weekend;
    // Mon 9/3/2026 (12).
    name: 'initial handling with verification, configured to 12 working days',
    rule: 'DENUNCIATION_INITIAL_HANDLING', tier: 'VERIFICATION_CONFIGURED', start: '2026-02-12', verificationNeeded: true,
    overrides: { denunciationVerificationDays: 12 },
    days: 12, due: '2026-03-09',
    basis: ['verification needed: up to 12 (configured)'],
  },
  // --- Denunciation, notice after acceptance: 5 working days (art. 29) ---
  {
    // Accepted Tue 22/4/2025: Wed 23 (1), Thu 24 (2), Fri 25 (3), Sat 26/4 make-up working day (4), Sun 27,
    // Mon 28/4/2025 (5).
    name: 'acceptance notice counting the make-up Saturday 26/4/2025',
    rule: 'DENUNCIATION_ACCEPTANCE_NOTICE', tier: 'BASE', start: '2025-04-22',
    days: 5, due: '2025-04-28',
    basis: ['5 working days from acceptance (Law on Denunciations 2018, art. 29)'],
  },
  {
    // Accepted Tue 30/12/2025: Wed 31/12 (1); Thu 1/1/2026 New Year; Fri 2/1 swapped off; 3–4 weekend;
    // Mon 5 (2), 6 (3), 7 (4), Thu 8/1/2026 (5).
    name: 'acceptance notice across New Year 2026 and its swap',
    rule: 'DENUNCIATION_ACCEPTANCE_NOTICE', tier: 'BASE', start: '2025-12-30',
    days: 5, due: '2026-01-08',
    basis: ['5 working days'],
  },
  {
    // Accepted Tue 6/1/2026: Wed 7 (1), Thu 8 (2), Fri 9 (3), Sat 10/1 make-up working day (4), Sun 11,
    // Mon 12/1/2026 (5).
    name: 'acceptance notice counting the make-up Saturday 10/1/2026',
    rule: 'DENUNCIATION_ACCEPTANCE_NOTICE', tier: 'BASE', start: '2026-01-06',
    days: 5, due: '2026-01-12',
    basis: ['5 working days'],
  },
  // --- Denunciation, resolution: 30 days; complex: 1 extension ≤ 30; very complex: 2 ≤ 30 each (art. 30) ---
  {
    // Tue 2/12/2025 + 30: 29 days to 31/12, 1 more → Thu 1/1/2026 (New Year); Fri 2/1 swapped off; 3–4
    // weekend → Mon 5/1/2026.
    name: 'resolution ending on New Year 2026',
    rule: 'DENUNCIATION_RESOLUTION', tier: 'BASE', start: '2025-12-02',
    days: 30, movedFrom: '2026-01-01', due: '2026-01-05',
    basis: ['30 days from acceptance (Law on Denunciations 2018, art. 30)', 'Tết Dương lịch'],
  },
  {
    // Complexity alone does not lengthen the period (an extension decision does): Mon 3/3/2025 + 30 =
    // Wed 2/4/2025, a working day.
    name: 'resolution, complex, no extension decided',
    rule: 'DENUNCIATION_RESOLUTION', tier: 'COMPLEX_NO_EXTENSION', start: '2025-03-03', complexity: 'COMPLEX',
    days: 30, due: '2025-04-02',
    basis: ['30 days from acceptance (Law on Denunciations 2018, art. 30)'],
  },
  {
    // Mon 4/11/2024; base period ends Wed 4/12 (the extension of Sun 1/12 is within it). 30 + 28 = 58 days:
    // 26 to 30/11, 31 to 31/12 (57), 1 more → Wed 1/1/2025 (New Year) → Thu 2/1/2025.
    name: 'resolution, complex, one extension, ending on New Year 2025',
    rule: 'DENUNCIATION_RESOLUTION', tier: 'ONE_EXTENSION', start: '2024-11-04', complexity: 'COMPLEX',
    extensions: [{ decidedOn: '2024-12-01', days: 28, decisionRef: '15/QĐ-UBND' }],
    days: 58, movedFrom: '2025-01-01', due: '2025-01-02',
    basis: ['complex case, extended (gia hạn) +28 days (decision 15/QĐ-UBND of 2024-12-01): 58 days in all'],
  },
  {
    // Mon 2/6/2025; base period ends Wed 2/7 (extension 1 decided 25/6, within it); after it 60 days end
    // Fri 1/8 (extension 2 decided 28/7, within it). 90 days: 28 to 30/6, 31 to 31/7 (59), 31 to 31/8 (90)
    // → Sun 31/8/2025; Mon 1/9 and Tue 2/9 National Day → Wed 3/9/2025.
    name: 'resolution, very complex, two extensions, ending before National Day 2025',
    rule: 'DENUNCIATION_RESOLUTION', tier: 'TWO_EXTENSIONS', start: '2025-06-02', complexity: 'VERY_COMPLEX',
    extensions: [
      { decidedOn: '2025-06-25', days: 30, decisionRef: '101/QĐ-TTr' },
      { decidedOn: '2025-07-28', days: 30, decisionRef: '133/QĐ-TTr' },
    ],
    days: 90, movedFrom: '2025-08-31', due: '2025-09-03',
    basis: ['very complex case, extended (gia hạn) +30 days', '90 days in all', 'is a weekend day'],
  },
  // --- Voter recommendations forwarded by the NA: answer 60 days; coordination request 5 working days; reply 15 days ---
  {
    // Mon 3/3/2025 + 60: 28 days to 31/3, 30 to 30/4 (58), 2 more → Fri 2/5/2025, swapped off (made up Sat
    // 26/4); 3–4 weekend → Mon 5/5/2025.
    name: 'NA-forwarded answer ending on the swapped Friday 2/5/2025',
    rule: 'NA_FORWARDED_VOTER_RECOMMENDATION', tier: 'BASE', start: '2025-03-03',
    days: 60, movedFrom: '2025-05-02', due: '2025-05-05',
    basis: ['60 days from receipt of the recommendation (Decision 33/2017/QĐ-TTg, art. 12'],
  },
  {
    // Mon 7/12/2026 + 60: 24 days to 31/12, 31 to 31/1/2027 (55), 5 more → Fri 5/2/2027 (29 tháng Chạp,
    // provisional data); 6–7 weekend; 8–9 Tết; 10–11 compensatory → Fri 12/2/2027. Flagged provisional.
    name: 'NA-forwarded answer ending in Tết 2027 (provisional year)',
    rule: 'NA_FORWARDED_VOTER_RECOMMENDATION', tier: 'BASE', start: '2026-12-07',
    days: 60, movedFrom: '2027-02-05', due: '2027-02-12', provisional: true,
    basis: ['60 days'],
  },
  {
    // Received Thu 25/4/2024: Fri 26 (1); 27–28 weekend; Mon 29/4 swapped off; 30/4, 1/5 off; Thu 2/5 (2),
    // Fri 3 (3), Sat 4/5 make-up working day (4); Sun 5; Mon 6/5/2024 (5).
    name: 'coordination request across 30/4–1/5/2024 and its make-up Saturday',
    rule: 'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REQUEST', tier: 'BASE', start: '2024-04-25',
    days: 5, due: '2024-05-06',
    basis: ['5 working days from receipt of the recommendation (Decision 33/2017/QĐ-TTg)'],
  },
  {
    // Received Mon 15/4/2024: Tue 16 (1), Wed 17 (2), Thu 18/4 Hùng Kings day off, Fri 19 (3); 20–21 weekend;
    // Mon 22 (4), Tue 23/4/2024 (5).
    name: 'coordination request across Hùng Kings day 2024',
    rule: 'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REQUEST', tier: 'BASE', start: '2024-04-15',
    days: 5, due: '2024-04-23',
    basis: ['5 working days'],
  },
  {
    // Mon 19/8/2024 + 15: 12 days to 31/8, 3 more → Tue 3/9/2024 (National Day, day after) → Wed 4/9/2024.
    name: 'coordination reply ending on National Day 2024',
    rule: 'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REPLY', tier: 'BASE', start: '2024-08-19',
    days: 15, movedFrom: '2024-09-03', due: '2024-09-04',
    basis: ['15 days from receipt of the coordination request (Decision 33/2017/QĐ-TTg)'],
  },
  {
    // Fri 11/4/2025 + 15 = Sat 26/4/2025, a make-up working day: a working day, so it stays.
    name: 'coordination reply ending on a make-up Saturday: not moved',
    rule: 'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REPLY', tier: 'BASE', start: '2025-04-11',
    days: 15, due: '2025-04-26',
    basis: ['15 days'],
  },
  // --- Council: answers reported at the next regular session (no day count; [U]) ---
  {
    // The session date is the due date as given, whatever the day.
    name: 'council recommendation due at the next regular session',
    rule: 'COUNCIL_VOTER_RECOMMENDATION', tier: 'SESSION', start: '2025-07-10', nextRegularSessionOn: '2025-12-08',
    days: null, due: '2025-12-08',
    basis: ['next regular council session, opening 2025-12-08'],
  },
  {
    // No session scheduled, 30 days configured: Mon 31/3/2025 + 30 = Wed 30/4/2025 (holiday); 1/5 off;
    // Fri 2/5 swapped off; 3–4 weekend → Mon 5/5/2025.
    name: 'council recommendation with a configured day count and no session yet',
    rule: 'COUNCIL_VOTER_RECOMMENDATION', tier: 'SESSION_CONFIGURED', start: '2025-03-31',
    overrides: { councilVoterRecommendationDays: 30 },
    days: 30, movedFrom: '2025-04-30', due: '2025-05-05',
    basis: ['30 days from the voter meeting, configured while no regular council session is scheduled', 'Ngày Chiến thắng'],
  },
];

const inputOf = (row: Row): DeadlineInput => ({
  rule: row.rule,
  start: d(row.start),
  complexity: row.complexity,
  remote: row.remote,
  verificationNeeded: row.verificationNeeded,
  extensions: row.extensions?.map((e) => ({ ...e, decidedOn: d(e.decidedOn) })),
  nextRegularSessionOn: row.nextRegularSessionOn ? d(row.nextRegularSessionOn) : undefined,
  overrides: row.overrides,
  calendar,
});

describe('statutory deadlines, every rule and tier of the legal table', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = computeDeadline(inputOf(row));
    expect(iso(result.dueOn)).toBe(row.due);
    expect(result.ruleId).toBe(row.rule);
    expect(result.days).toBe(row.days);
    expect(result.movedFrom ? iso(result.movedFrom) : undefined).toBe(row.movedFrom);
    expect(result.provisional).toBe(row.provisional ?? false);
    for (const fragment of row.basis) expect(result.basis).toContain(fragment);
    expect(result.basis).toContain(result.legalBasis);
    // A due date is always a day the agency works, except a session date, which is what the council set.
    if (row.tier !== 'SESSION') expect(calendar.isWorkingDay(result.dueOn)).toBe(true);
  });

  it('has a row for every rule and every tier of the table', () => {
    const covered = new Set(rows.map((row) => `${row.rule}:${row.tier}`));
    const expected = [
      'COMPLAINT_ACCEPTANCE:BASE',
      ...['BASE', 'COMPLEX', 'REMOTE', 'REMOTE_COMPLEX'].map((tier) => `COMPLAINT_FIRST_RESOLUTION:${tier}`),
      ...['BASE', 'COMPLEX', 'REMOTE', 'REMOTE_COMPLEX'].map((tier) => `COMPLAINT_SECOND_RESOLUTION:${tier}`),
      ...['BASE', 'VERIFICATION', 'VERIFICATION_CONFIGURED'].map((tier) => `DENUNCIATION_INITIAL_HANDLING:${tier}`),
      'DENUNCIATION_ACCEPTANCE_NOTICE:BASE',
      ...['BASE', 'COMPLEX_NO_EXTENSION', 'ONE_EXTENSION', 'TWO_EXTENSIONS'].map((tier) => `DENUNCIATION_RESOLUTION:${tier}`),
      'NA_FORWARDED_VOTER_RECOMMENDATION:BASE',
      'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REQUEST:BASE',
      'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REPLY:BASE',
      'COUNCIL_VOTER_RECOMMENDATION:SESSION',
      'COUNCIL_VOTER_RECOMMENDATION:SESSION_CONFIGURED',
    ];
    expect([...covered].sort()).toEqual([...expected].sort());
    expect(new Set(rows.map((row) => row.rule))).toEqual(new Set(deadlineRuleIds));
  });

  it('crosses both Tết breaks, Hùng Kings day, 30/4–1/5, 2/9, New Year and make-up Saturdays', () => {
    const inWindow = (row: Row, from: string, to: string) => row.start < to && row.due >= from;
    const crossing = (from: string, to: string) => rows.filter((row) => inWindow(row, from, to)).length;
    expect(crossing('2025-01-27', '2025-01-31')).toBeGreaterThan(0); // Tết Ất Tỵ
    expect(crossing('2026-02-16', '2026-02-20')).toBeGreaterThan(0); // Tết Bính Ngọ
    expect(crossing('2025-04-07', '2025-04-07')).toBeGreaterThan(0); // Hùng Kings 2025
    expect(crossing('2024-04-29', '2024-05-01')).toBeGreaterThan(0);
    expect(crossing('2025-09-01', '2025-09-02')).toBeGreaterThan(0);
    expect(crossing('2026-01-01', '2026-01-02')).toBeGreaterThan(0);
    expect(crossing('2025-04-26', '2025-04-26')).toBeGreaterThan(0); // make-up Saturday
  });
});

describe('extensions (gia hạn) of a denunciation', () => {
  const base = { rule: 'DENUNCIATION_RESOLUTION' as const, start: d('2025-06-02'), calendar };
  const extension = (decidedOn: string, days = 30, decisionRef = '1/QĐ') => ({ decidedOn: d(decidedOn), days, decisionRef });

  function ruleError(input: DeadlineInput): DeadlineRuleError {
    try {
      computeDeadline(input);
    } catch (error) {
      if (error instanceof DeadlineRuleError) return error;
      throw error;
    }
    throw new Error('expected a DeadlineRuleError');
  }

  it('allows one extension of a complex case and two of a very complex one, each up to 30 days', () => {
    // 2/6/2025 + 30 + 30 = 1/8/2025 (Fri, working).
    expect(iso(computeDeadline({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-30')] }).dueOn)).toBe('2025-08-01');
    // Extension of 1 day: 2/6 + 31 = 3/7/2025 (Thu).
    expect(iso(computeDeadline({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-30', 1)] }).dueOn)).toBe('2025-07-03');
    // 30 + 10 + 20 = 60 → 1/8/2025; the second decision is within the period the first extended (40 days end
    // Sat 12/7, moved to Mon 14/7).
    const two = computeDeadline({
      ...base,
      complexity: 'VERY_COMPLEX',
      extensions: [extension('2025-07-01', 10, 'A/QĐ'), extension('2025-07-12', 20, 'B/QĐ')],
    });
    expect(iso(two.dueOn)).toBe('2025-08-01');
    expect(two.basis).toContain('+10 days (decision A/QĐ of 2025-07-01), +20 days (decision B/QĐ of 2025-07-12): 60 days in all');
  });

  it('refuses extensions beyond the legal count, naming the extension at fault', () => {
    const normal = ruleError({ ...base, extensions: [extension('2025-06-30')] });
    expect(normal.field).toBe('extensions.0');
    expect(normal.message).toMatch(/not complex cannot be extended.*Law on Denunciations 2018, art\. 30/);

    const complex = ruleError({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-30'), extension('2025-07-30')] });
    expect(complex.field).toBe('extensions.1');
    expect(complex.message).toMatch(/allows 1 extension/);

    const veryComplex = ruleError({
      ...base,
      complexity: 'VERY_COMPLEX',
      extensions: [extension('2025-06-30'), extension('2025-07-30'), extension('2025-08-29')],
    });
    expect(veryComplex.field).toBe('extensions.2');
    expect(veryComplex.message).toMatch(/at most 2 extensions/);
  });

  it('refuses an extension longer than 30 days, or not a whole number of days', () => {
    expect(ruleError({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-30', 31)] }).field).toBe('extensions.0.days');
    expect(ruleError({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-30', 0)] }).field).toBe('extensions.0.days');
    const second = ruleError({
      ...base,
      complexity: 'VERY_COMPLEX',
      extensions: [extension('2025-06-30', 30), extension('2025-07-30', 45)],
    });
    expect(second.field).toBe('extensions.1.days');
    expect(second.message).toMatch(/1 to 30 days/);
    expect(ruleError({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-30', 2.5)] }).field).toBe('extensions.0.days');
  });

  it('requires a written decision, dated within the period it extends', () => {
    expect(ruleError({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-30', 30, '  ')] }).field).toBe(
      'extensions.0.decisionRef',
    );
    // Before acceptance.
    expect(ruleError({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-06-01')] }).field).toBe('extensions.0.decidedOn');
    // The base period ends Wed 2/7/2025: an extension decided on 3/7 comes too late.
    const late = ruleError({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-07-03')] });
    expect(late.field).toBe('extensions.0.decidedOn');
    expect(late.message).toContain('2025-07-02');
    expect(computeDeadline({ ...base, complexity: 'COMPLEX', extensions: [extension('2025-07-02')] }).days).toBe(60);
    // The second must fall within the period the first extended (ends Fri 1/8/2025).
    const lateSecond = ruleError({
      ...base,
      complexity: 'VERY_COMPLEX',
      extensions: [extension('2025-06-30'), extension('2025-08-04')],
    });
    expect(lateSecond.field).toBe('extensions.1.decidedOn');
  });

  it('refuses extensions of complaints and of the other time limits', () => {
    const complaint = ruleError({
      rule: 'COMPLAINT_FIRST_RESOLUTION',
      start: d('2025-06-02'),
      complexity: 'COMPLEX',
      extensions: [extension('2025-06-20', 10)],
      calendar,
    });
    expect(complaint.field).toBe('extensions.0');
    expect(complaint.message).toMatch(/complaints have no extension.*Law on Complaints 2011, art\. 28/);
    for (const rule of ['DENUNCIATION_ACCEPTANCE_NOTICE', 'COUNCIL_VOTER_RECOMMENDATION'] as const) {
      const error = ruleError({
        rule,
        start: d('2025-06-02'),
        nextRegularSessionOn: d('2025-12-01'),
        extensions: [extension('2025-06-03', 5)],
        calendar,
      });
      expect(error.field).toBe('extensions.0');
    }
  });

  it('validates the other inputs with a field', () => {
    expect(ruleError({ ...base, start: new Date('2025-06-02T10:00:00Z') }).field).toBe('start');
    expect(ruleError({ ...base, rule: 'NOPE' as DeadlineRuleId }).field).toBe('rule');
    expect(ruleError({ ...base, complexity: 'HARD' as Complexity }).field).toBe('complexity');
    expect(ruleError({ ...base, overrides: { denunciationVerificationDays: 0 } }).field).toBe('overrides.denunciationVerificationDays');
    // The configured verification period cannot be shorter than the 7 working days of the base period.
    expect(
      ruleError({
        rule: 'DENUNCIATION_INITIAL_HANDLING',
        start: d('2025-06-02'),
        verificationNeeded: true,
        overrides: { denunciationVerificationDays: 5 },
        calendar,
      }).field,
    ).toBe('overrides.denunciationVerificationDays');
    const council = { rule: 'COUNCIL_VOTER_RECOMMENDATION' as const, start: d('2025-07-10'), calendar };
    const missing = ruleError(council);
    expect(missing.field).toBe('nextRegularSessionOn');
    expect(missing.message).toMatch(/is required/);
    expect(ruleError({ ...council, nextRegularSessionOn: d('2025-07-10') }).field).toBe('nextRegularSessionOn');
  });
});

describe('day counting', () => {
  it('does not count the start day (Civil Code art. 147) and adds plain calendar days', () => {
    expect(iso(addCalendarDays(d('2024-02-28'), 1))).toBe('2024-02-29');
    expect(iso(addCalendarDays(d('2025-12-31'), 1))).toBe('2026-01-01');
    expect(iso(addCalendarDays(d('2025-01-20'), 0))).toBe('2025-01-20');
    expect(() => addCalendarDays(d('2025-01-20'), -1)).toThrow(RangeError);
    expect(() => addCalendarDays(new Date('2025-01-20T07:00:00Z'), 1)).toThrow(/midnight UTC/);
  });

  it('moves a calendar-day deadline that ends on a holiday to the next working day (art. 148)', () => {
    // 30/4/2025 is a holiday, 1/5 too, 2/5 swapped off, 3–4/5 weekend: next working day Mon 5/5/2025.
    const onHoliday = calendarDaysDeadline(d('2025-04-20'), 10, calendar);
    expect(iso(onHoliday.lastDay)).toBe('2025-04-30');
    expect(onHoliday.moved).toBe(true);
    expect(iso(onHoliday.dueOn)).toBe('2025-05-05');
    // A plain Saturday moves to Monday.
    expect(iso(calendarDaysDeadline(d('2025-03-05'), 10, calendar).dueOn)).toBe('2025-03-17');
    // Ending on a working day: unchanged.
    const plain = calendarDaysDeadline(d('2025-03-03'), 10, calendar);
    expect(plain.moved).toBe(false);
    expect(iso(plain.dueOn)).toBe('2025-03-13');
    expect(iso(nextWorkingDayOnOrAfter(d('2026-02-14'), calendar))).toBe('2026-02-23');
  });

  it('counts working days after the start, skipping days off and counting make-up Saturdays', () => {
    expect(iso(addWorkingDays(d('2025-01-24'), 1, calendar))).toBe('2025-02-03'); // Fri before Tết → Mon after
    expect(iso(addWorkingDays(d('2025-04-25'), 1, calendar))).toBe('2025-04-26'); // make-up Saturday
    expect(iso(addWorkingDays(d('2025-03-07'), 1, calendar))).toBe('2025-03-10'); // plain weekend
    expect(iso(addWorkingDays(d('2025-03-08'), 0, calendar))).toBe('2025-03-08');
    // Tết 2026 break: working days after Fri 13/2 up to Mon 23/2 — only the 23rd.
    expect(countWorkingDays(d('2026-02-13'), d('2026-02-23'), calendar)).toBe(1);
    expect(countWorkingDays(d('2026-02-23'), d('2026-02-13'), calendar)).toBe(0);
  });
});

describe('holiday calendar', () => {
  it('knows weekdays, weekends, holidays, swaps and make-up days', () => {
    expect(calendar.isWorkingDay(d('2025-03-04'))).toBe(true); // Tuesday
    expect(calendar.isWorkingDay(d('2025-03-08'))).toBe(false); // Saturday
    expect(calendar.isWorkingDay(d('2025-04-26'))).toBe(true); // make-up Saturday
    expect(calendar.describe(d('2025-04-26'))).toEqual({ working: true, reason: 'MAKE_UP_WORKING_DAY', name: 'Làm bù for Friday 2/5' });
    expect(calendar.describe(d('2025-05-02'))).toMatchObject({ working: false, reason: 'SWAPPED' });
    expect(calendar.describe(d('2026-04-27'))).toMatchObject({ working: false, reason: 'COMPENSATORY' });
    expect(calendar.describe(d('2026-04-26'))).toMatchObject({ working: false, reason: 'HOLIDAY' }); // Sunday, named
    expect(calendar.describe(d('2026-02-17'))).toMatchObject({ working: false, reason: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 1)' });
    expect(calendar.years).toEqual([2024, 2025, 2026, 2027]);
    expect(calendar.isProvisional(2026)).toBe(false);
    expect(calendar.isProvisional(2027)).toBe(true);
  });

  it('has the 11 statutory days in every year: weekdays off less make-up days (Labour Code 2019, art. 112)', () => {
    for (const year of vietnamHolidayYears) {
      let weekdaysOff = 0;
      for (let t = Date.UTC(year.year, 0, 1); t < Date.UTC(year.year + 1, 0, 1); t += 86_400_000) {
        const date = new Date(t);
        const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
        if (!weekend && !calendar.isWorkingDay(date)) weekdaysOff += 1;
      }
      expect([year.year, weekdaysOff - year.makeUpWorkingDays.length]).toEqual([year.year, 11]);
    }
  });

  it('refuses dates outside the known years instead of guessing', () => {
    expect(() => calendar.isWorkingDay(d('2031-03-03'))).toThrow(/^no holiday calendar for 2031/);
    expect(() => calendar.isWorkingDay(d('2023-12-29'))).toThrow(MissingHolidayYearError);
    // A working-day count that runs into 2028 fails, naming the year.
    expect(() =>
      computeDeadline({ rule: 'DENUNCIATION_INITIAL_HANDLING', start: d('2027-12-28'), calendar }),
    ).toThrow(/no holiday calendar for 2028/);
    // So does a calendar-day period whose last day is in 2028.
    expect(() => computeDeadline({ rule: 'COMPLAINT_FIRST_RESOLUTION', start: d('2027-12-15'), calendar })).toThrow(
      /no holiday calendar for 2028/,
    );
  });

  it('is built from injected data, which it checks', () => {
    const year2031: HolidayYear = {
      year: 2031,
      provisional: true,
      sources: ['test'],
      daysOff: [{ on: '2031-03-03', kind: 'HOLIDAY', name: 'Test holiday' }],
      makeUpWorkingDays: [{ on: '2031-03-08', name: 'Test make-up Saturday' }],
    };
    const custom = createHolidayCalendar([year2031]);
    expect(custom.isWorkingDay(d('2031-03-03'))).toBe(false); // Monday, holiday
    expect(custom.isWorkingDay(d('2031-03-08'))).toBe(true); // Saturday, make-up
    expect(custom.isWorkingDay(d('2031-03-04'))).toBe(true);
    // Mon 3/3/2031 is off: 5 working days after Fri 28/2 are 4, 5, 6, 7 and Sat 8/3.
    expect(iso(computeDeadline({ rule: 'DENUNCIATION_ACCEPTANCE_NOTICE', start: d('2031-02-28'), calendar: custom }).dueOn)).toBe(
      '2031-03-08',
    );
    expect(() => custom.isWorkingDay(d('2030-12-31'))).toThrow(/^no holiday calendar for 2030 \(known years: 2031\)/);

    const bad = (patch: Partial<HolidayYear>) => () => createHolidayCalendar([{ ...year2031, ...patch }]);
    expect(bad({ makeUpWorkingDays: [{ on: '2031-03-05', name: 'a Wednesday' }] })).toThrow(HolidayDataError);
    expect(bad({ daysOff: [{ on: '2030-03-05', kind: 'HOLIDAY', name: 'wrong year' }] })).toThrow(/not in 2031/);
    expect(bad({ daysOff: [{ on: '2031-02-30', kind: 'HOLIDAY', name: 'no such day' }] })).toThrow(/not a real calendar date/);
    expect(bad({ makeUpWorkingDays: [{ on: '2031-03-03', name: 'also a holiday' }] })).toThrow(/listed twice/);
    expect(() => createHolidayCalendar([year2031, year2031])).toThrow(/2031 is listed twice/);
  });
});

describe('overdue and days left', () => {
  // Due Mon 23/2/2026 (after the Tết break).
  const due = d('2026-02-23');

  it('is overdue only from the day after the due date', () => {
    expect(isOverdue(due, d('2026-02-23'))).toBe(false);
    expect(isOverdue(due, d('2026-02-24'))).toBe(true);
    expect(isOverdue(due, d('2026-02-10'))).toBe(false);
  });

  it('counts working days left, negative once overdue', () => {
    // From Thu 12/2/2026: Fri 13 and Mon 23 are the working days left (14–22 is the Tết break).
    expect(daysLeft(due, d('2026-02-12'), calendar)).toBe(2);
    expect(daysLeft(due, d('2026-02-23'), calendar)).toBe(0);
    // Overdue: Tue 24 and Wed 25 have passed.
    expect(daysLeft(due, d('2026-02-25'), calendar)).toBe(-2);
    // Due Fri 6/3/2026, today Sat 7/3: overdue, no working day passed yet — still -1.
    expect(daysLeft(d('2026-03-06'), d('2026-03-07'), calendar)).toBe(-1);
  });
});
