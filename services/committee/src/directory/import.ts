import { foldVietnamese } from '@hanoi/platform';
import { levelOfKind, type UnitKind } from '../domain/administrative-unit';
import { committeeAgencyId } from '../domain/agency';
import type { Repositories } from '../repositories';
import type { AdministrativeUnitDoc } from '../repositories/administrative-units';
import type { AgencyDoc } from '../repositories/agencies';
import { loadHanoiUnits } from './hanoi-data';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** "Phường Cửa Nam" → "phường Cửa Nam", as names read inside another (Ủy ban nhân dân phường Cửa Nam). */
const inName = (unitName: string) => unitName.charAt(0).toLowerCase() + unitName.slice(1);

/** Id of the People's Committee (Ủy ban nhân dân) of a unit: `ubnd-` and the unit's id. */
export const committeeIdOf = (unitId: string) => `ubnd-${unitId}`;

interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
  parentId: string | null;
  predecessorIds: string[];
}

/** The directory rows of the data files, in link order: districts, the units they held, the units formed from those. */
export function hanoiUnitRows(): UnitRow[] {
  const { before, after } = loadHanoiUnits();
  return [
    ...before.districts.map((district) => ({ ...district, validFrom: null, parentId: null, predecessorIds: [] })),
    ...before.units.map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind, code: unit.listedCode, validFrom: null, validTo: unit.validTo, parentId: unit.parentId, predecessorIds: [] })),
    ...after.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      code: unit.code,
      validFrom: unit.validFrom,
      validTo: null,
      parentId: null,
      predecessorIds: unit.predecessors.map((predecessor) => predecessor.id),
    })),
  ];
}

/**
 * The People's Committee of each unit, valid as its unit: a district's (UBND quận/huyện/thị xã) answers to the city
 * committee; a former ward's, commune's or township's to its district's (none when the district is unknown); a new
 * one's to the city committee. A former unit's name carries its district, apart from the new unit of the same name.
 */
export function hanoiCommitteeRows(units: UnitRow[]) {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return units.map((unit) => {
    const district = unit.parentId ? byId.get(unit.parentId) : undefined;
    const where = district ? ` (${inName(district.name)})` : '';
    const level = levelOfKind(unit.kind);
    return {
      id: committeeIdOf(unit.id),
      name: `Ủy ban nhân dân ${inName(unit.name)}${where}`,
      shortName: `UBND ${inName(unit.name)}${where}`,
      kind: level === 'DISTRICT' ? ('DISTRICT_COMMITTEE' as const) : ('COMMUNE_COMMITTEE' as const),
      level,
      parentId: district ? committeeIdOf(district.id) : unit.validTo && level === 'COMMUNE' ? null : committeeAgencyId,
      administrativeUnitId: unit.id,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    };
  });
}

/** Ids of a commune's People's Council standing body (`hdnd-`) and Fatherland Front committee (`mttq-`): the prefix and the unit's id. */
export const communeCouncilIdOf = (unitId: string) => `hdnd-${unitId}`;
export const communeFrontIdOf = (unitId: string) => `mttq-${unitId}`;

/**
 * The two other bodies of the regulation of each commune-level unit in force (from 1 July 2025; the regulation's
 * commune level is run by today's units, not the former ones): its People's Council standing body, under the
 * guidance of the city's (parent `council`), and its Fatherland Front committee, under the city's (parent `front`).
 */
export function hanoiCommuneBodyRows(units: UnitRow[]) {
  return units
    .filter((unit) => unit.validTo === null && levelOfKind(unit.kind) === 'COMMUNE')
    .flatMap((unit) => {
      const of = { level: 'COMMUNE' as const, administrativeUnitId: unit.id, validFrom: unit.validFrom, validTo: null };
      const where = inName(unit.name);
      return [
        { id: communeCouncilIdOf(unit.id), name: `Thường trực Hội đồng nhân dân ${where}`, shortName: `Thường trực HĐND ${where}`, kind: 'COMMUNE_COUNCIL' as const, parentId: 'council', ...of },
        { id: communeFrontIdOf(unit.id), name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${where}`, shortName: `MTTQ ${where}`, kind: 'COMMUNE_FRONT' as const, parentId: 'front', ...of },
      ];
    });
}

export interface DirectoryImport {
  unitsCreated: number;
  unitsExisting: number;
  agenciesCreated: number;
  agenciesExisting: number;
}

/**
 * Imports Hanoi's directory from the data files: the units, their People's Committees and today's communes' councils
 * and fronts not in the directory yet,
 * each with its created event. Idempotent (what exists is left as it is), resumable after a failure, and a few
 * queries in all whatever the size. Needs the city committee, the root of the committees it adds.
 */
export async function importHanoiDirectory(repositories: Repositories, by: string): Promise<DirectoryImport> {
  const rows = hanoiUnitRows();
  const createdAt = new Date();
  const units: AdministrativeUnitDoc[] = rows.map((row) => ({
    _id: row.id,
    name: row.name,
    kind: row.kind,
    level: levelOfKind(row.kind),
    code: row.code,
    validFrom: row.validFrom ? day(row.validFrom) : null,
    validTo: row.validTo ? day(row.validTo) : null,
    parentId: row.parentId,
    predecessorIds: row.predecessorIds,
    searchText: foldVietnamese(row.name),
    createdBy: by,
    createdAt,
  }));
  const agencies: AgencyDoc[] = [...hanoiCommitteeRows(rows), ...hanoiCommuneBodyRows(rows)].map((row) => ({
    _id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    level: row.level,
    parentId: row.parentId,
    administrativeUnitId: row.administrativeUnitId,
    validFrom: row.validFrom ? day(row.validFrom) : null,
    validTo: row.validTo ? day(row.validTo) : null,
    searchText: foldVietnamese(`${row.name} ${row.shortName}`),
    createdBy: by,
    createdAt,
  }));
  const unitsCreated = await repositories.administrativeUnits.insertMissing(units);
  const agenciesCreated = await repositories.agencies.insertMissing(agencies);
  return { unitsCreated, unitsExisting: units.length - unitsCreated, agenciesCreated, agenciesExisting: agencies.length - agenciesCreated };
}
