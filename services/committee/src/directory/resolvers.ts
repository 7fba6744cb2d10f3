import { badInput, conflict, notFound, validate, type RequestContext } from '@hanoi/platform';
import { requireAdmin } from '../access';
import { committeeAgencyId } from '../domain/agency';
import { changeArgs, endProblem, nameOn, namesOf, renameProblem, successorProblem, type DatedName } from '../domain/dated-changes';
import type { Loaders } from '../loaders';
import type { Repositories } from '../repositories';
import type { AdministrativeUnitDoc } from '../repositories/administrative-units';
import type { AgencyDoc } from '../repositories/agencies';
import { importHanoiDirectory } from './import';

type Context = RequestContext<Loaders>;

const dayBefore = (date: Date) => new Date(date.getTime() - 86_400_000);

/** A name history as the API shows it: each name with the days it was borne (the last until the record ended). */
const namePeriods = (names: DatedName[], validTo: Date | null) =>
  names.map((entry, index) => ({
    name: entry.name,
    shortName: entry.shortName,
    validFrom: entry.from,
    validTo: index + 1 < names.length ? dayBefore(names[index + 1]!.from!) : validTo,
  }));

/** Refuses an end the record's validity does not allow: ended already is a CONFLICT, an early day bad input. */
function checkEnd(record: { validFrom: Date | null; validTo: Date | null }, validTo: Date): void {
  const problem = endProblem(record, validTo);
  if (problem?.ended) throw conflict(problem.message, 'id');
  if (problem) throw badInput(problem.field, problem.message);
}

/**
 * The directory's dated changes and its import (units and agencies end and are renamed on a day, not only created),
 * and the name histories they keep. Administrators only; bad input writes nothing.
 */
export function createDirectoryChangeResolvers(repositories: Repositories) {
  return {
    Mutation: {
      async endAdministrativeUnit(_: unknown, args: { id: string; validTo: Date; successorIds?: string[] | null }, ctx: Context) {
        requireAdmin(ctx.caller);
        const input = { validTo: args.validTo };
        const successorIds = [...new Set(validate(changeArgs.successorIds, args.successorIds ?? [], 'successorIds'))];
        const unit = await ctx.loaders.administrativeUnit.load(args.id);
        if (!unit) throw notFound('AdministrativeUnit', args.id);
        checkEnd(unit, input.validTo);
        const successors = await repositories.administrativeUnits.findMany(successorIds);
        successorIds.forEach((successorId, index) => {
          const successor = successors.find((candidate) => candidate._id === successorId);
          if (!successor) throw notFound('AdministrativeUnit', successorId, `successorIds.${index}`);
          const problem = successorProblem(successor, input.validTo);
          if (problem) throw badInput(`successorIds.${index}`, problem);
        });
        const ended = await repositories.administrativeUnits.end(unit._id, input.validTo, successorIds);
        if (!ended) throw conflict(`${unit._id} ended meanwhile`, 'id');
        return ended;
      },
      async renameAdministrativeUnit(_: unknown, args: { id: string; name: string; from: Date }, ctx: Context) {
        requireAdmin(ctx.caller);
        const input = { name: validate(changeArgs.unitName, args.name, 'name'), from: args.from };
        const unit = await ctx.loaders.administrativeUnit.load(args.id);
        if (!unit) throw notFound('AdministrativeUnit', args.id);
        const names = namesOf(unit);
        const problem = renameProblem(unit, names, input.name, input.from);
        if (problem) throw badInput(problem.field, problem.message);
        const renamed = await repositories.administrativeUnits.rename(unit, names, input.name, input.from);
        if (!renamed) throw conflict(`${unit._id} was renamed meanwhile`, 'id');
        return renamed;
      },
      async endAgency(_: unknown, args: { id: string; validTo: Date }, ctx: Context) {
        requireAdmin(ctx.caller);
        const input = { validTo: args.validTo };
        const agency = await ctx.loaders.agency.load(args.id);
        if (!agency) throw notFound('Agency', args.id);
        checkEnd(agency, input.validTo);
        const ended = await repositories.agencies.end(agency._id, input.validTo);
        if (!ended) throw conflict(`${agency._id} ended meanwhile`, 'id');
        return ended;
      },
      async renameAgency(_: unknown, args: { id: string; name: string; shortName: string; from: Date }, ctx: Context) {
        requireAdmin(ctx.caller);
        const input = { name: validate(changeArgs.agencyName, args.name, 'name'), shortName: validate(changeArgs.agencyShortName, args.shortName, 'shortName'), from: args.from };
        const agency = await ctx.loaders.agency.load(args.id);
        if (!agency) throw notFound('Agency', args.id);
        const names = namesOf(agency);
        const problem = renameProblem(agency, names, input.name, input.from);
        if (problem) throw badInput(problem.field, problem.message);
        const renamed = await repositories.agencies.rename(agency, names, input);
        if (!renamed) throw conflict(`${agency._id} was renamed meanwhile`, 'id');
        return renamed;
      },
      async importHanoiDirectory(_: unknown, __: unknown, ctx: Context) {
        requireAdmin(ctx.caller);
        if (!(await ctx.loaders.agency.load(committeeAgencyId))) throw notFound('Agency', committeeAgencyId);
        return importHanoiDirectory(repositories, ctx.caller.subject);
      },
    },
    AdministrativeUnit: {
      code: (doc: AdministrativeUnitDoc) => doc.code ?? null,
      names: (doc: AdministrativeUnitDoc) => namePeriods(namesOf(doc), doc.validTo),
      nameOn: (doc: AdministrativeUnitDoc, args: { date: Date }) => nameOn(namesOf(doc), args.date).name,
    },
    Agency: {
      names: (doc: AgencyDoc) => namePeriods(namesOf(doc), doc.validTo).map((entry) => ({ ...entry, shortName: entry.shortName ?? doc.shortName })),
    },
  };
}

