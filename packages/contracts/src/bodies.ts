import { badInput, forbidden, hasRole, requireRole, type Caller, type Role } from '@hanoi/platform';
import { z } from 'zod';
import { eventId } from './define';

/**
 * The bodies of the coordination regulation. The city has all four; each commune-level unit (phường, xã) replicates
 * the regulation with its People's Council standing body (Thường trực HĐND), People's Committee (UBND) and Fatherland
 * Front committee (Ủy ban MTTQ) — there is no National Assembly delegation below the city.
 */
export const regulationBodies = ['DELEGATION', 'COUNCIL', 'COMMITTEE', 'FRONT'] as const;
export type RegulationBody = (typeof regulationBodies)[number];

/** Levels of agencies (the committee's `agencyLevels`). */
export const agencyLevelSchema = z.enum(['CITY', 'DISTRICT', 'COMMUNE']);
export type AgencyLevel = z.output<typeof agencyLevelSchema>;

/** The directory ids of the four city bodies. */
export const cityBodyAgencyIds: Record<RegulationBody, string> = { DELEGATION: 'delegation', COUNCIL: 'council', COMMITTEE: 'committee', FRONT: 'front' };

/** The directory's agency kinds of a commune's bodies (the committee's `AgencyKind`), and the body each is. */
export const communeBodyKinds: Record<string, RegulationBody> = { COMMUNE_COUNCIL: 'COUNCIL', COMMUNE_COMMITTEE: 'COMMITTEE', COMMUNE_FRONT: 'FRONT' };

/** An agency as the directory describes it: what says which body, of which level and unit, it is. */
export interface DirectoryAgency {
  kind?: string;
  level?: string;
  administrativeUnitId?: string | null;
}

/** One body of one level: the agency that acts for it, the level, and the commune-level unit (null for the city). */
export interface BodyOfLevel {
  body: RegulationBody;
  agencyId: string;
  level: AgencyLevel;
  jurisdictionUnitId: string | null;
}

/** The city's body `body`: what records written before the commune level was kept read as. */
export const cityBody = (body: RegulationBody): BodyOfLevel => ({ body, agencyId: cityBodyAgencyIds[body], level: 'CITY', jurisdictionUnitId: null });

/**
 * Which body an agency is: one of the city's by its id, a commune's by its directory kind (with its level and unit);
 * null for any other agency (a department, a district committee, one the directory does not know).
 */
export function bodyOfAgency(agencyId: string, agency: DirectoryAgency | undefined): BodyOfLevel | null {
  const city = cityBodyOf(agencyId);
  if (city) return cityBody(city);
  const body = agency?.kind ? communeBodyKinds[agency.kind] : undefined;
  if (!body || !agency?.administrativeUnitId) return null;
  return { body, agencyId, level: agencyLevelSchema.catch('COMMUNE').parse(agency.level), jurisdictionUnitId: agency.administrativeUnitId };
}

/**
 * The level and unit a body's entity carries in its events since the commune level runs the regulation: optional in
 * the v1 types that gained them (absent on earlier events, which were all the city's: CITY, no unit).
 */
export const jurisdictionFields = {
  /** The level of the body that holds it. */
  level: agencyLevelSchema.optional(),
  /** The commune-level unit whose body holds it; null for the city's bodies. */
  jurisdictionUnitId: eventId.nullish(),
};

/** How a service finds an agency in its copy of the directory (`createDirectoryNames(…).agency`). */
export type AgencyLookup = (agencyId: string) => Promise<DirectoryAgency | undefined>;

/** The body of the regulation an agency is, looking it up only when it is not one of the city's. */
export async function lookUpBody(agencyId: string, lookup: AgencyLookup): Promise<BodyOfLevel | null> {
  return bodyOfAgency(agencyId, cityBodyOf(agencyId) ? undefined : await lookup(agencyId));
}

const cityBodyOf = (agencyId: string) => regulationBodies.find((body) => cityBodyAgencyIds[body] === agencyId);

/**
 * The body a caller writes for, of its own level: its agency must be one of `bodies` — the city's, or a commune's of
 * that kind — and it must hold one of `roles`; an administrator writes for the city's first of `bodies`. FORBIDDEN for
 * anyone else. `named`: the body an input names (`input.councilAgencyId`…): an administrator writes for it (BAD_USER_INPUT
 * when it is none of `bodies`), anyone else only when it is their own. Each service's `access.ts` names its bodies and roles.
 */
export async function writingBodyOf(
  caller: Caller,
  bodies: readonly RegulationBody[],
  roles: readonly Role[],
  lookup: AgencyLookup,
  named?: { agencyId?: string | null; field: string },
): Promise<BodyOfLevel> {
  if (named?.agencyId && (hasRole(caller, 'admin') || named.agencyId !== caller.agency)) {
    requireRole(caller, ['admin']);
    const body = await lookUpBody(named.agencyId, lookup);
    if (!body || !bodies.includes(body.body)) throw badInput(named.field, `${named.agencyId} is not a body of the regulation of kind ${bodies.join(' or ')}`);
    return body;
  }
  if (hasRole(caller, 'admin')) return cityBody(bodies[0]!);
  requireRole(caller, roles);
  const found = await lookUpBody(caller.agency, lookup);
  if (!found || !bodies.includes(found.body)) throw forbidden(`Only staff of a body of the regulation (${bodies.join(' or ')}) may do this`);
  return found;
}

/** What a stored entity of a body says of its level and unit; entities stored before they were kept are the city's. */
export interface StoredJurisdiction {
  level?: AgencyLevel | null;
  jurisdictionUnitId?: string | null;
}

/** The level and the commune-level unit (null for the city) whose bodies hold an entity. */
export interface Jurisdiction {
  level: AgencyLevel;
  jurisdictionUnitId: string | null;
}

/** The city's: what entities stored before the commune level was kept read as. */
export const cityJurisdiction: Jurisdiction = { level: 'CITY', jurisdictionUnitId: null };

/** The level and unit of a stored entity (CITY and none when it predates them). */
export const jurisdictionOf = (doc: StoredJurisdiction): Jurisdiction => ({
  level: doc.level ?? 'CITY',
  jurisdictionUnitId: doc.jurisdictionUnitId ?? null,
});

/**
 * The jurisdiction of an agency as the directory describes it: a commune-level agency's unit, else the city's (a
 * department; a district committee, abolished with the district level, counts with the city).
 */
export const jurisdictionOfAgency = (agency: DirectoryAgency | undefined): Jurisdiction =>
  agency?.level === 'COMMUNE' && agency.administrativeUnitId ? { level: 'COMMUNE', jurisdictionUnitId: agency.administrativeUnitId } : cityJurisdiction;

/**
 * The list filter of a level and a unit, for collections whose documents may predate the fields (absent: CITY):
 * `$in` with null matches a missing field on MongoDB and FerretDB alike.
 */
export function jurisdictionQuery(filter: { level?: AgencyLevel | null; jurisdictionUnitId?: string | null }): Record<string, unknown> {
  return {
    ...(filter.level && { level: filter.level === 'CITY' ? { $in: ['CITY', null] } : filter.level }),
    ...(filter.jurisdictionUnitId && { jurisdictionUnitId: filter.jurisdictionUnitId }),
  };
}

/** What a subgraph's copy of the directory answers (`createDirectoryNames` of @hanoi/platform). */
export interface DirectoryLookups {
  agency: AgencyLookup;
  unitName(unitId: string): Promise<string | undefined>;
}

/** The API's `level` and `jurisdiction` of a body's entity (entities stored before they were kept: the city's, no unit). */
export const jurisdictionResolvers = {
  level: (doc: StoredJurisdiction): AgencyLevel => jurisdictionOf(doc).level,
  jurisdiction: (doc: StoredJurisdiction): { id: string } | null => (doc.jurisdictionUnitId ? { id: doc.jurisdictionUnitId } : null),
};
