import { badInput, conflict, formatCalendarDate, notFound, type Logger } from '@hanoi/platform';
import type { PetitionDoc } from '../domain/case';
import type { DeadlineOverrides } from '../domain/deadlines';
import { validityProblem } from '../domain/directory';
import type { IdentityCipher } from '../domain/identity';
import type { Repositories } from '../repositories';
import type { KnownUnit } from '../repositories/directory';

/** What every group of use cases works with. */
export interface WorkflowDeps {
  repositories: Repositories;
  cipher: IdentityCipher;
  logger: Logger;
  /** The day counts the law leaves to configuration. */
  overrides: DeadlineOverrides;
  /** Most rows a CSV export may hold. */
  csvMaxRows: number;
}

/** A calendar day as the API and messages write it (`YYYY-MM-DD`), or null. */
export const day = (date: Date | null | undefined) => (date ? formatCalendarDate(date) : null);

/** The dependencies with the checks several use cases share: cases read or refused, directory references checked. */
export function createWorkflowContext(deps: WorkflowDeps) {
  const { petitions, directory } = deps.repositories;
  return {
    ...deps,

    /** The case, or NOT_FOUND on `field`. */
    async loadCase(id: string, field = 'id'): Promise<PetitionDoc> {
      const doc = await petitions.findById(id);
      if (!doc) throw notFound('Petition', id, field);
      return doc;
    },

    /** A guarded write matched nothing: CONFLICT saying what the case is now. */
    async changedMeanwhile(id: string, from: string, to: string): Promise<never> {
      const now = await petitions.findById(id);
      throw conflict(`Petition ${id} changed meanwhile (it is now ${now?.status ?? 'gone'}${now && now.agencyId ? `, led by ${now.agencyId}` : ''}): ${from} → ${to} was not applied`, 'id');
    },

    /** The administrative unit, valid on `on` (NOT_FOUND when unknown, BAD_USER_INPUT when not valid then). */
    async knownUnit(id: string, on: Date, field: string): Promise<KnownUnit> {
      const unit = await directory.unit(id);
      if (!unit) throw notFound('AdministrativeUnit', id, field);
      const problem = validityProblem(id, unit, on);
      if (problem) throw badInput(field, problem, { validFrom: day(unit.validFrom), validTo: day(unit.validTo) });
      return unit;
    },

    /** NOT_FOUND when the directory does not know the agency; BAD_USER_INPUT when it did not exist on `on`. */
    async knownAgency(id: string, on: Date, field: string): Promise<void> {
      const agency = await directory.agency(id);
      if (!agency) throw notFound('Agency', id, field);
      const problem = validityProblem(id, agency, on);
      if (problem) throw badInput(field, problem);
    },

    /** Every agency known (one query), else NOT_FOUND on `<field>.<index>` of the first unknown one. */
    async knownAgencies(ids: readonly string[], field: string): Promise<void> {
      const found = await directory.agenciesById(ids);
      ids.forEach((id, index) => {
        if (!found.has(id)) throw notFound('Agency', id, `${field}.${index}`);
      });
    },
  };
}

export type WorkflowContext = ReturnType<typeof createWorkflowContext>;
