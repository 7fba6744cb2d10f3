import { obligationEvents, petitionsEvents } from '@hanoi/contracts';
import type { EventDraft } from '@hanoi/platform';
import { buildCase, historyEntry, type PetitionDoc } from '../src/domain/case';
import {
  acceptanceDeadlines,
  councilRecommendationDeadline,
  flagNotified,
  forwardedRecommendationDeadline,
  intakeDeadlines,
  markMet,
  recomputedDeadlines,
  replaceDeadline,
  resolutionDeadline,
  unnotifiedMisses,
} from '../src/domain/case-deadlines';
import { caseObligations } from '../src/domain/case-obligations';
import { createHolidayCalendar, vietnamHolidayCalendar as calendar, vietnamHolidayYears } from '../src/domain/deadlines';

const d = (value: string) => new Date(`${value}T00:00:00Z`);
const hk = 'ubnd-phuong-hoan-kiem';
const xd = 'so-xay-dung';

/** What the entity store stores with a write: the obligation events between two states of a case. */
const derive = obligationEvents(petitionsEvents.obligation, caseObligations);
/** Verb and data of each draft (calendar days as on the wire). */
const summary = (drafts: EventDraft[]) => drafts.map((draft) => [draft.type.split('.')[4], draft.data]);

const complaint = (receivedOn = '2026-11-02') =>
  buildCase({
    _id: 'case-1',
    kind: 'COMPLAINT',
    channel: 'MAIL',
    subject: 'Khiếu nại quyết định thu hồi đất của ông Nguyễn Văn A',
    category: 'LAND_HOUSING',
    receivedOn: d(receivedOn),
    agencyId: hk,
    deadlines: intakeDeadlines('COMPLAINT', d(receivedOn), {}, calendar),
    createdBy: 'hk-clerk-1',
  });

const accepted = (doc: PetitionDoc, on: string): PetitionDoc => ({
  ...doc,
  status: 'ACCEPTED',
  acceptedOn: d(on),
  deadlines: [...markMet(doc.deadlines, ['ACCEPTANCE', 'INITIAL_HANDLING'], d(on), doc.agencyId), ...acceptanceDeadlines(doc.kind, d(on), { complexity: 'COMPLEX', remote: false }, calendar)],
});

const transferred = (doc: PetitionDoc, to: string): PetitionDoc => ({
  ...doc,
  agencyId: to,
  history: [...doc.history, historyEntry({ action: 'TRANSFERRED', actor: 'handler', fromAgencyId: doc.agencyId, toAgencyId: to })],
});

describe('a case’s deadlines as obligations (F4)', () => {
  it('intake opens each deadline as an obligation of the lead agency, citing its law, with no case text', () => {
    const doc = complaint();
    expect(summary(derive(null, doc))).toEqual([
      [
        'opened',
        {
          obligationId: `petition:case-1:ACCEPTANCE:${hk}`,
          kind: 'CASE_ACCEPTANCE',
          agencyId: hk,
          dueOn: '2026-11-12',
          subject: { type: 'Petition', id: 'case-1' },
          content: 'CITIZEN_RECEPTION',
          basis: 'Law on Complaints 2011, art. 27',
          councilSessionId: null,
          title: null,
        },
      ],
    ]);
    expect(JSON.stringify(derive(null, doc))).not.toContain('Nguyễn');
  });

  it('acceptance meets the acceptance deadline and opens the resolution; resolving meets it', () => {
    const doc = complaint();
    const next = accepted(doc, '2026-11-05');
    expect(summary(derive(doc, next))).toEqual([
      ['met', { obligationId: `petition:case-1:ACCEPTANCE:${hk}`, metOn: '2026-11-05' }],
      ['opened', expect.objectContaining({ obligationId: `petition:case-1:RESOLUTION:${hk}`, kind: 'CASE_RESOLUTION', dueOn: '2026-12-21', basis: 'Law on Complaints 2011, art. 28' })],
    ]);
    const resolved: PetitionDoc = { ...next, status: 'RESOLVED', deadlines: markMet(next.deadlines, ['RESOLUTION'], d('2026-11-20'), hk) };
    expect(summary(derive(next, resolved))).toEqual([['met', { obligationId: `petition:case-1:RESOLUTION:${hk}`, metOn: '2026-11-20' }]]);
    expect(derive(resolved, { ...resolved, status: 'CLOSED', closedOn: d('2026-11-25') })).toEqual([]);
  });

  it('an extension and a holiday recomputation reschedule, saying why; the sweeper flagging a miss moves nothing', () => {
    const denunciation = buildCase({
      ...complaint(),
      kind: 'DENUNCIATION',
      deadlines: intakeDeadlines('DENUNCIATION', d('2026-10-20'), {}, calendar),
      receivedOn: d('2026-10-20'),
    });
    const open = accepted(denunciation, '2026-10-26');
    const extension = { decidedOn: d('2026-11-20'), days: 30, decisionRef: '12/QĐ-UBND' };
    const extendedDeadline = resolutionDeadline('DENUNCIATION', d('2026-10-26'), { complexity: 'COMPLEX', remote: false, extensions: [extension] }, calendar)!;
    const extended = { ...open, deadlines: replaceDeadline(open.deadlines, extendedDeadline) };
    const [rescheduled, ...rest] = summary(derive(open, extended));
    expect(rest).toEqual([]);
    expect(rescheduled).toEqual([
      'rescheduled',
      { obligationId: `petition:case-1:RESOLUTION:${hk}`, dueOn: '2026-12-25', previousDueOn: '2026-11-25', on: expect.any(String), reason: expect.stringContaining('extended (gia hạn) +30 days (decision 12/QĐ-UBND') },
    ]);

    // 2026 with 2026-11-12 off too: the acceptance deadline of a complaint received 2026-11-02 moves a day.
    const doc = complaint();
    const withDayOff = createHolidayCalendar(
      vietnamHolidayYears.map((year) => (year.year === 2026 ? { ...year, daysOff: [...year.daysOff, { on: '2026-11-12', kind: 'HOLIDAY' as const, name: 'Ngày nghỉ' }] } : year)),
    );
    const recomputed = { ...doc, deadlines: recomputedDeadlines(doc.deadlines, doc, 2026, withDayOff, d('2026-11-05'))! };
    expect(summary(derive(doc, recomputed))).toEqual([
      ['rescheduled', expect.objectContaining({ obligationId: `petition:case-1:ACCEPTANCE:${hk}`, dueOn: '2026-11-13', previousDueOn: '2026-11-12', reason: expect.stringContaining('2026-11-12') })],
    ]);

    const swept = { ...doc, deadlines: flagNotified(doc.deadlines, unnotifiedMisses(doc.deadlines, d('2026-12-01'))) };
    expect(swept.deadlines[0]!.missedNotified).toBe(true);
    expect(derive(doc, swept)).toEqual([]);
  });

  it('a transfer cancels what the agency it left still owed and opens it for the new lead; what was met stays met', () => {
    const doc = complaint();
    const moved = transferred(doc, xd);
    expect(summary(derive(doc, moved))).toEqual([
      ['opened', expect.objectContaining({ obligationId: `petition:case-1:ACCEPTANCE:${xd}`, agencyId: xd, dueOn: '2026-11-12' })],
      ['cancelled', { obligationId: `petition:case-1:ACCEPTANCE:${hk}`, on: expect.any(String), reason: `Case transferred to ${xd}` }],
    ]);

    // Accepted by the ward, then transferred: the ward met the acceptance; the resolution moves to the department.
    const open = accepted(doc, '2026-11-05');
    const away = transferred(open, xd);
    expect(summary(derive(open, away))).toEqual([
      ['opened', expect.objectContaining({ obligationId: `petition:case-1:RESOLUTION:${xd}`, agencyId: xd })],
      ['cancelled', expect.objectContaining({ obligationId: `petition:case-1:RESOLUTION:${hk}`, reason: `Case transferred to ${xd}` })],
    ]);
    expect(caseObligations(away).find((o) => o.kind === 'CASE_ACCEPTANCE')).toMatchObject({ agencyId: hk, metOn: d('2026-11-05'), cancelled: false });

    // And back again: owed by the ward once more, no longer by the department.
    const back = transferred(away, hk);
    expect(summary(derive(away, back)).map(([verb, data]) => [verb, (data as { obligationId: string }).obligationId])).toEqual([
      ['opened', `petition:case-1:RESOLUTION:${hk}`],
      ['cancelled', `petition:case-1:RESOLUTION:${xd}`],
    ]);
  });

  it('a case leaving the open statuses unmet cancels what is still owed: declined, merged', () => {
    const doc = complaint();
    const merged: PetitionDoc = { ...doc, status: 'DECLINED', mergedInto: 'case-0', declineReason: { code: 'DUPLICATE', note: null } };
    expect(summary(derive(doc, merged))).toEqual([['cancelled', { obligationId: `petition:case-1:ACCEPTANCE:${hk}`, on: expect.any(String), reason: 'Case merged into case-0 as its duplicate' }]]);

    const feedback = buildCase({ ...doc, kind: 'VOTER_RECOMMENDATION', deadlines: [councilRecommendationDeadline(d('2026-11-02'), null, calendar, { councilVoterRecommendationDays: 30 })!] });
    const declined: PetitionDoc = { ...feedback, status: 'DECLINED', declineReason: { code: 'OTHER', note: 'Không thuộc thẩm quyền' } };
    expect(summary(derive(feedback, declined))).toEqual([['cancelled', expect.objectContaining({ reason: 'Case declined (OTHER)' })]]);
  });

  it('voter recommendations: the 60-day NA rule (F5), the answer at a council session (F1, F3)', () => {
    const forwarded = buildCase({
      ...complaint(),
      kind: 'VOTER_RECOMMENDATION',
      channel: 'FORWARDED',
      forwardedRecommendationId: 'fwd-1',
      deadlines: [forwardedRecommendationDeadline(d('2026-10-01'), calendar)],
    });
    expect(caseObligations(forwarded)).toEqual([
      expect.objectContaining({ kind: 'NA_RECOMMENDATION_ANSWER', dueOn: d('2026-11-30'), councilSessionId: null, basis: 'Decision 33/2017/QĐ-TTg, art. 12, as amended by Decision 30/2020/QĐ-TTg' }),
    ]);
    expect(summary(derive(null, forwarded))[0]![1]).toMatchObject({ content: 'VOTER_MEETINGS' });

    // Configured days while no session is scheduled, then the session's date (F3): rescheduled, at that session.
    const waiting = buildCase({
      ...complaint(),
      kind: 'VOTER_RECOMMENDATION',
      channel: 'VOTER_MEETING',
      deadlines: [councilRecommendationDeadline(d('2027-03-01'), null, calendar, { councilVoterRecommendationDays: 30 })!],
    });
    expect(caseObligations(waiting)).toEqual([expect.objectContaining({ kind: 'VOTER_RECOMMENDATION_ANSWER', dueOn: d('2027-03-31'), councilSessionId: null })]);
    const session = { id: 'session-7', kind: 'REGULAR' as const, opensOn: d('2027-07-06') };
    const dated = { ...waiting, dueSessionId: session.id, deadlines: [councilRecommendationDeadline(d('2027-03-01'), session, calendar)] };
    expect(summary(derive(waiting, dated))).toEqual([['rescheduled', expect.objectContaining({ dueOn: '2027-07-06', previousDueOn: '2027-03-31' })]]);
    expect(caseObligations(dated)).toEqual([expect.objectContaining({ councilSessionId: 'session-7' })]);
  });
});
