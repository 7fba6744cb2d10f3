import { badInput, conflict, hanoiToday, type Caller } from '@hanoi/platform';
import { requireCaseStaff } from '../access';
import type { PetitionDoc } from '../domain/case';
import { acceptanceDeadlines, resolutionRule, type CaseDeadline } from '../domain/case-deadlines';
import type { CalendarSource } from '../domain/holiday-calendar';
import { acceptanceFactsProblem, checkTransition, transitionDateProblem, type TransitionAction } from '../domain/lifecycle';
import type { PetitionKind } from '../domain/petition';
import type { WorkflowContext } from './context';
import { computing } from './deadline-input';
import { transitionWrite, type TransitionDetails } from './transition';

/** The committee's answer to an assignment about a case (flow F2), as petitions applies it. */
export interface AssignmentAnswer {
  assignmentId: string;
  subjectId: string;
  agencyId: string;
  answer: string;
  answeredOn: Date;
}

/** Lifecycle steps: thụ lý, không thụ lý, handling, resolution (by the agency, or by the committee's answer), closing. */
export function lifecycleWorkflows(ctx: WorkflowContext) {
  const { petitions } = ctx.repositories;
  const { logger } = ctx;

  return {
    /**
     * One lifecycle step by a member of the lead agency's staff, guarded on the status read (and the lead agency).
     * Accepting a complaint or denunciation starts its resolution deadlines, computed with `calendar`.
     */
    async transition(id: string, action: TransitionAction, details: TransitionDetails, caller: Caller, calendar?: CalendarSource): Promise<PetitionDoc> {
      const doc = await ctx.loadCase(id);
      requireCaseStaff(caller, doc.agencyId);
      const check = checkTransition(doc.kind as PetitionKind, doc.status, action);
      if (!check.ok) throw conflict(check.problem, 'id');
      const on = details.resolution?.resolvedOn ?? details.on ?? hanoiToday();
      const dateProblem = transitionDateProblem(on, doc.receivedOn);
      if (dateProblem) throw badInput(details.resolution ? 'input.resolvedOn' : 'input.on', dateProblem);
      let added: CaseDeadline[] = [];
      if (action === 'accept') {
        const facts = details.acceptance ?? {};
        const problem = acceptanceFactsProblem(doc.kind as PetitionKind, facts);
        if (problem) throw badInput(problem.field, problem.message);
        if (resolutionRule(doc.kind)) {
          if (!calendar) throw new Error('accepting a case needs the holiday calendar');
          const holidays = await calendar();
          const acceptance = { complexity: facts.complexity ?? 'NORMAL', remote: facts.remote ?? false };
          added = computing(() => acceptanceDeadlines(doc.kind, on, acceptance, holidays), { date: 'input.on' });
        }
      }
      const updated = await petitions.write(id, { status: doc.status, agencyId: doc.agencyId }, (current) =>
        transitionWrite(current, action, check.to, on, caller, { ...details, added }),
      );
      return updated ?? ctx.changedMeanwhile(id, doc.status, check.to);
    },

    /**
     * F2: the committee's agency answered the assignment of a case → the case is RESOLVED with that answer. A case
     * that cannot be resolved now (already resolved, declined, a complaint not accepted, transferred away) is left
     * alone and logged: the answer stays with the committee's assignment.
     */
    async resolveFromAssignment(answer: AssignmentAnswer, source: string): Promise<void> {
      const doc = await petitions.findById(answer.subjectId);
      const context = { petitionId: answer.subjectId, assignmentId: answer.assignmentId };
      if (!doc) {
        logger.warn(context, 'answered assignment of an unknown case, ignored');
        return;
      }
      if (doc.agencyId !== answer.agencyId) {
        logger.info({ ...context, agencyId: answer.agencyId, leadAgencyId: doc.agencyId }, 'answer from an agency no longer leading the case, left alone');
        return;
      }
      const check = checkTransition(doc.kind as PetitionKind, doc.status, 'answer');
      if (!check.ok) {
        logger.info({ ...context, status: doc.status }, `answer not applied: ${check.problem}`);
        return;
      }
      const resolution = { kind: 'ANSWER' as const, text: answer.answer.slice(0, 20_000), resolvedOn: answer.answeredOn, assignmentId: answer.assignmentId };
      const updated = await petitions.write(doc._id, { status: doc.status, agencyId: doc.agencyId }, (current) =>
        transitionWrite(current, 'answer', check.to, answer.answeredOn, { subject: source, agency: answer.agencyId }, { resolution }),
      );
      if (!updated) logger.info(context, 'case changed while applying the answer, left alone');
      else logger.info(context, 'case resolved by the assignment answer');
    },
  };
}
