/**
 * The committee's directory for the demo and the tests, as plain data matching the `createAdministrativeUnit` and
 * `createAgency` inputs of schemas/committee.graphql (dates are `YYYY-MM-DD` strings, as GraphQL variables carry them).
 *
 * Geography: the real one, from the committee's versioned data files (services/committee/data/, sources cited there):
 * Hanoi's 30 district-level units and 526 wards, communes and townships until 30 June 2025, and the 126 commune-level
 * units (51 phường, 75 xã) from 1 July 2025 linked to the units each was formed from; the People's Committee of each.
 * They are loaded in one request by the committee's `importHanoiDirectory` (`npm run seed:directory`, the demo seed);
 * `administrativeUnits` and `agencies` list the same rows for tests and synthetic data. Units come in link order:
 * districts, the units they held, the units formed from those.
 *
 * Departments carry the names valid today, after the 2025 restructuring of the city's departments (e.g. Sở Giao
 * thông vận tải merged into Sở Xây dựng; Sở Tài nguyên và Môi trường and Sở Nông nghiệp và Phát triển nông thôn into
 * Sở Nông nghiệp và Môi trường; Sở Lao động - Thương binh và Xã hội into Sở Nội vụ; Sở Kế hoạch và Đầu tư into Sở Tài
 * chính). Their founding dates are left open (validFrom null): the directory's history starts with them as they are.
 *
 *   npm run seed:directory [-- --gateway http://localhost:4000/graphql]   # through a running platform (directory-cli.ts)
 */
import { hanoiCommitteeRows, hanoiCommuneBodyRows, hanoiUnitRows } from '../../services/committee/src/directory/import';

export interface SeedAdministrativeUnit {
  id: string;
  name: string;
  kind: 'URBAN_DISTRICT' | 'RURAL_DISTRICT' | 'TOWN' | 'WARD' | 'COMMUNE' | 'TOWNSHIP';
  code?: string;
  validFrom?: string;
  validTo?: string;
  parentId?: string;
  predecessorIds?: string[];
}

export interface SeedAgency {
  id: string;
  name: string;
  shortName: string;
  kind: 'CITY_BODY' | 'DEPARTMENT' | 'DISTRICT_COMMITTEE' | 'COMMUNE_COMMITTEE' | 'COMMUNE_COUNCIL' | 'COMMUNE_FRONT';
  level: 'CITY' | 'DISTRICT' | 'COMMUNE';
  parentId?: string;
  administrativeUnitId?: string;
  validFrom?: string;
  validTo?: string;
}

/** The four city bodies and the departments: created one by one (createAgency), before the import. */
export const cityAgencies: SeedAgency[] = [
  // The four city bodies that signed the coordination regulation.
  { id: 'delegation', name: 'Đoàn đại biểu Quốc hội thành phố Hà Nội', shortName: 'Đoàn ĐBQH thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'council', name: 'Thường trực Hội đồng nhân dân thành phố Hà Nội', shortName: 'Thường trực HĐND thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội', shortName: 'UBND thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'front', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', shortName: 'Ủy ban MTTQ Việt Nam thành phố', kind: 'CITY_BODY', level: 'CITY' },
  // Departments and city-level agencies the committee routes cases to.
  { id: 'so-xay-dung', name: 'Sở Xây dựng thành phố Hà Nội', shortName: 'Sở Xây dựng', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-nong-nghiep-va-moi-truong', name: 'Sở Nông nghiệp và Môi trường thành phố Hà Nội', shortName: 'Sở Nông nghiệp và Môi trường', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-quy-hoach-kien-truc', name: 'Sở Quy hoạch - Kiến trúc thành phố Hà Nội', shortName: 'Sở Quy hoạch - Kiến trúc', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-y-te', name: 'Sở Y tế thành phố Hà Nội', shortName: 'Sở Y tế', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo thành phố Hà Nội', shortName: 'Sở Giáo dục và Đào tạo', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-noi-vu', name: 'Sở Nội vụ thành phố Hà Nội', shortName: 'Sở Nội vụ', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-tai-chinh', name: 'Sở Tài chính thành phố Hà Nội', shortName: 'Sở Tài chính', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp thành phố Hà Nội', shortName: 'Sở Tư pháp', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'so-cong-thuong', name: 'Sở Công Thương thành phố Hà Nội', shortName: 'Sở Công Thương', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  { id: 'thanh-tra-thanh-pho', name: 'Thanh tra thành phố Hà Nội', shortName: 'Thanh tra thành phố', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
  // The city police answer to the Ministry of Public Security; listed under the committee because cases on public
  // order are routed to them through it.
  { id: 'cong-an-thanh-pho', name: 'Công an thành phố Hà Nội', shortName: 'Công an thành phố', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
];

const optional = <T>(value: T | null) => (value === null ? undefined : value);

/** Every unit of the data files, as `createAdministrativeUnit` inputs, in link order. */
export const administrativeUnits: SeedAdministrativeUnit[] = hanoiUnitRows().map((row) => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  code: optional(row.code),
  validFrom: optional(row.validFrom),
  validTo: optional(row.validTo),
  parentId: optional(row.parentId),
  ...(row.predecessorIds.length > 0 && { predecessorIds: row.predecessorIds }),
}));

/** The city bodies and departments, then the People's Committee of every unit and today's communes' councils and fronts (as the import derives them). */
export const agencies: SeedAgency[] = [
  ...cityAgencies,
  ...[...hanoiCommitteeRows(hanoiUnitRows()), ...hanoiCommuneBodyRows(hanoiUnitRows())].map((row) => ({
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    level: row.level,
    parentId: optional(row.parentId),
    administrativeUnitId: row.administrativeUnitId,
    validFrom: optional(row.validFrom),
    validTo: optional(row.validTo),
  })),
];
