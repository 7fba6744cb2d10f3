import { hanoiToday } from '@hanoi/platform';
import { satisfactionLevels, type SatisfactionLevel } from '@hanoi/contracts';
import { z } from 'zod';
import type { PetitionDoc } from './case';
import { petitionChannels, reopenAsSecondComplaintInput, type PetitionChannel } from './petition';

/**
 * Mức độ hài lòng — after a case is resolved, how satisfied the petitioner said they were with its outcome, told
 * through a channel (the case's own or another: a reception session, a call back, the online portal), recorded once
 * by the lead agency's staff. On a first complaint, dissatisfaction opens the second-complaint path (Law on
 * Complaints 2011, art. 33: within 30 days of receiving the first decision, 45 in remote areas, the complainant may
 * complain to the next competent authority; art. 37 gives that authority its period): the record shows until when,
 * and the same mutation can open the SECOND_COMPLAINT case at once when the citizen asks for it.
 */

export interface Satisfaction {
  level: SatisfactionLevel;
  /** How the petitioner told it. */
  channel: PetitionChannel;
  recordedOn: Date;
  /** The staff member who recorded it (token subject) and their agency. */
  recordedBy: string;
  recordedByAgencyId: string;
  /**
   * A dissatisfied first complaint not taken further yet: the last day of the art. 33 period counted from the
   * resolution (indicative: the law counts from the day the complainant received the decision). Null otherwise.
   */
  secondComplaintOpenUntil: Date | null;
}

const notInFuture = z.date().refine((date) => date.getTime() <= hanoiToday().getTime(), 'cannot be in the future');

export const recordSatisfactionInput = z.object({
  level: z.enum(satisfactionLevels),
  /** Default: the case's channel. */
  channel: z.enum(petitionChannels).nullish(),
  recordedOn: notInFuture,
  /** DISSATISFIED on a COMPLAINT only: the second complaint the petitioner lodges now. */
  secondComplaint: reopenAsSecondComplaintInput.extend({ channel: z.enum(petitionChannels).nullish() }).nullish(),
});
export type RecordSatisfactionInput = z.output<typeof recordSatisfactionInput>;

/** Law on Complaints 2011, art. 33: days to lodge a second complaint after the first decision (45 in remote areas). */
export const secondComplaintWindowDays = (remote: boolean) => (remote ? 45 : 30);

/** Whether dissatisfaction with this case opens the second-complaint path (a first complaint). */
export const opensSecondComplaintPath = (doc: Pick<PetitionDoc, 'kind'>, level: SatisfactionLevel) => level === 'DISSATISFIED' && doc.kind === 'COMPLAINT';

/**
 * Why satisfaction cannot be recorded so on this case: CONFLICT when the case is not resolved or already has it,
 * BAD_USER_INPUT (with the field) for the input. Undefined when it can.
 */
export function satisfactionProblem(
  doc: Pick<PetitionDoc, 'kind' | 'status' | 'resolution' | 'satisfaction'>,
  input: RecordSatisfactionInput,
): { code: 'CONFLICT' | 'BAD_USER_INPUT'; field: string; message: string } | undefined {
  if ((doc.status !== 'RESOLVED' && doc.status !== 'CLOSED') || !doc.resolution) {
    return { code: 'CONFLICT', field: 'id', message: `satisfaction is recorded after a case is resolved; it is ${doc.status}` };
  }
  if (doc.satisfaction) return { code: 'CONFLICT', field: 'id', message: 'the satisfaction with this case was recorded already' };
  if (input.recordedOn.getTime() < doc.resolution.resolvedOn.getTime()) {
    return { code: 'BAD_USER_INPUT', field: 'input.recordedOn', message: 'cannot be before the case was resolved' };
  }
  if (input.secondComplaint && !opensSecondComplaintPath(doc, input.level)) {
    return { code: 'BAD_USER_INPUT', field: 'input.secondComplaint', message: `applies only to a DISSATISFIED petitioner of a first COMPLAINT (this is ${input.level} on a ${doc.kind})` };
  }
  return undefined;
}
