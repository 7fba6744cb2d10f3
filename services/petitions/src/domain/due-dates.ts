import { formatCalendarDate } from '@hanoi/platform';

export interface DueDate {
  on: Date | null;
  /** Why this date: the rule and its legal basis, shown to users next to the date. */
  rule: string;
}

export interface KnownSession {
  id: string;
  kind: 'REGULAR' | 'THEMATIC';
  opensOn: Date;
}

const dayMs = 86_400_000;
export const addCalendarDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);

/** Days the NA's bodies allow for answering a voter recommendation they forwarded (plain calendar days). */
export const forwardedRecommendationAnswerDays = 60;

/**
 * Voter recommendations raised at a meeting are answered and the answers reported at the next regular
 * council session — the first regular session opening after the meeting, other than the one the meeting
 * prepared (its recommendations are summarised for that one). Unknown yet → no date until council
 * schedules it.
 */
export function voterRecommendationDue(
  heldOn: Date,
  preparedSessionId: string | null,
  sessions: KnownSession[],
): DueDate & { sessionId: string | null } {
  const next = sessions
    .filter((s) => s.kind === 'REGULAR' && s.id !== preparedSessionId && s.opensOn.getTime() > heldOn.getTime())
    .sort((a, b) => a.opensOn.getTime() - b.opensOn.getTime())[0];
  if (!next) {
    return { on: null, sessionId: null, rule: 'Answer due at the next regular council session, not scheduled yet' };
  }
  return {
    on: next.opensOn,
    sessionId: next.id,
    rule: `Answer reported at the next regular council session, opening ${formatCalendarDate(next.opensOn)}`,
  };
}

/** Voter recommendations the NA forwarded: answered within 60 days of forwarding. */
export function forwardedRecommendationDue(forwardedOn: Date): DueDate {
  return {
    on: addCalendarDays(forwardedOn, forwardedRecommendationAnswerDays),
    rule: `Answer within ${forwardedRecommendationAnswerDays} days of the National Assembly forwarding it`,
  };
}

/** Days to accept (thụ lý) a complaint after receiving it (Law on Complaints 2011, art. 27). */
export const complaintAcceptanceDays = 10;

/** The first deadline a case has at intake. Deadlines counted in working days come with the holiday calendar. */
export function intakeDue(kind: string, receivedOn: Date): DueDate {
  if (kind === 'COMPLAINT' || kind === 'SECOND_COMPLAINT') {
    return {
      on: addCalendarDays(receivedOn, complaintAcceptanceDays),
      rule: `Acceptance within ${complaintAcceptanceDays} days of receipt (Law on Complaints 2011, art. 27)`,
    };
  }
  return { on: null, rule: 'No statutory deadline at intake' };
}
