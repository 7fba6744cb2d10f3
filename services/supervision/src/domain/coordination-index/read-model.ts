import type { ObligationKind, ObligationSubjectType, RegulationContent } from '@hanoi/contracts';

/** Where an event was read (topic, partition, offset as a decimal string) and its id. */
export interface AppliedEvent {
  id: string;
  topic: string;
  partition: number;
  offset: string;
}

/**
 * One obligation as the coordination index knows it, built only from the `obligation.*` events of the service
 * that holds it. Fields stay null until the event that sets them arrives.
 */
export interface IndexedObligation {
  obligationId: string;
  /** The service that published it. */
  service: string;
  kind: ObligationKind | null;
  agencyId: string | null;
  content: RegulationContent | null;
  subject: { type: ObligationSubjectType; id: string } | null;
  basis: string | null;
  councilSessionId: string | null;
  title: string | null;
  dueOn: Date | null;
  metOn: Date | null;
  cancelledOn: Date | null;
  cancelReason: string | null;
  /** A due day that passed unmet before a reschedule or a cancellation decided after it: the miss stays a miss. */
  missedDueOn: Date | null;
  /** The day the obligation counts in (`missedDueOn`, else `dueOn`): periods select on it. */
  countsOn: Date | null;
  /** The events behind it, each once (a redelivered event changes nothing). */
  events: AppliedEvent[];
}

export type ObligationChange =
  | {
      verb: 'opened';
      data: {
        obligationId: string;
        kind: ObligationKind;
        agencyId: string;
        dueOn: Date;
        subject: { type: ObligationSubjectType; id: string };
        content: RegulationContent;
        basis: string;
        councilSessionId: string | null;
        title: string | null;
      };
    }
  | { verb: 'rescheduled'; data: { obligationId: string; dueOn: Date; previousDueOn: Date; on: Date; reason: string } }
  | { verb: 'met'; data: { obligationId: string; metOn: Date } }
  | { verb: 'cancelled'; data: { obligationId: string; on: Date; reason: string; missed?: boolean } };

export const emptyObligation = (obligationId: string, service: string): IndexedObligation => ({
  obligationId,
  service,
  kind: null,
  agencyId: null,
  content: null,
  subject: null,
  basis: null,
  councilSessionId: null,
  title: null,
  dueOn: null,
  metOn: null,
  cancelledOn: null,
  cancelReason: null,
  missedDueOn: null,
  countsOn: null,
  events: [],
});

const after = (a: Date, b: Date | null) => b !== null && a.getTime() > b.getTime();

/** A change decided on `on` after the due day of an unmet obligation keeps that day as missed. */
function keepMiss(row: IndexedObligation, on: Date): Date | null {
  return row.missedDueOn ?? (row.metOn === null && row.dueOn !== null && after(on, row.dueOn) ? row.dueOn : null);
}

/**
 * The obligation after one event (pure; the same events give the same row whatever the redeliveries, so a rebuild
 * from offset 0 reproduces every figure). An event already applied returns the row unchanged. Events of one
 * obligation arrive in order (the Kafka key is the aggregate holding it); a `met` published by another aggregate
 * may arrive before `opened`, and both orders give the same row.
 */
export function applyObligationChange(row: IndexedObligation, change: ObligationChange, event: AppliedEvent): IndexedObligation {
  if (row.events.some((applied) => applied.id === event.id)) return row;
  const next: IndexedObligation = { ...row, events: [...row.events, event] };
  switch (change.verb) {
    case 'opened': {
      const { obligationId: _, ...fields } = change.data;
      Object.assign(next, fields, { cancelledOn: null, cancelReason: null });
      break;
    }
    case 'rescheduled':
      next.missedDueOn = keepMiss(row, change.data.on);
      next.dueOn = change.data.dueOn;
      break;
    case 'met':
      next.metOn = row.metOn && row.metOn.getTime() < change.data.metOn.getTime() ? row.metOn : change.data.metOn;
      break;
    case 'cancelled':
      if (row.metOn === null) {
        // Closed as failed: missed on its due day, whenever it was closed.
        next.missedDueOn = change.data.missed ? (row.missedDueOn ?? row.dueOn) : keepMiss(row, change.data.on);
        next.cancelledOn = change.data.on;
        next.cancelReason = change.data.reason;
      }
      break;
  }
  next.countsOn = next.missedDueOn ?? next.dueOn;
  return next;
}
