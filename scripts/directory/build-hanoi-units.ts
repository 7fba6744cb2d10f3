/**
 * Builds the committee's versioned directory data files from the transcribed sources in
 * services/committee/data/sources/ (see services/committee/data/README.md for what each is and where it comes from):
 *
 *   npx tsx scripts/directory/build-hanoi-units.ts          # writes services/committee/data/hanoi-units-*.json
 *   npx tsx scripts/directory/build-hanoi-units.ts --check  # fails when the committed files differ from a rebuild
 *
 * Rules, so that nothing is invented:
 * - the 126 new units, their kind and what each was formed from are Resolution 1656/NQ-UBTVQH15, Article 1;
 * - the former commune-level units are exactly those the resolution names (it rearranged every one of them);
 * - a former unit's district is the one the resolution names for it ("xã Tân Minh (huyện Thường Tín)"), else the one
 *   it has in the 2024 list when its kind and name match exactly one unit there that lies in a district of at least one
 *   other unit of the same clause; otherwise its district is left unknown and the gap recorded in the data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const dataDir = path.resolve(__dirname, '../../services/committee/data');
const sourcesDir = path.join(dataDir, 'sources');
export const reformDay = '2025-07-01';
export const lastDayBefore = '2025-06-30';

type UnitKind = 'URBAN_DISTRICT' | 'RURAL_DISTRICT' | 'TOWN' | 'WARD' | 'COMMUNE' | 'TOWNSHIP';
type Share = 'whole' | 'part' | 'rest';

const kindWords: [string, UnitKind][] = [
  ['Thị trấn', 'TOWNSHIP'],
  ['Thị xã', 'TOWN'],
  ['Phường', 'WARD'],
  ['Xã', 'COMMUNE'],
  ['Quận', 'URBAN_DISTRICT'],
  ['Huyện', 'RURAL_DISTRICT'],
];

/** "Xã Đại Áng" → kind COMMUNE and bare name "Đại Áng". */
function splitKind(fullName: string): { kind: UnitKind; word: string; bare: string } {
  for (const [word, kind] of kindWords) {
    if (fullName.toLowerCase().startsWith(`${word.toLowerCase()} `)) return { kind, word, bare: fullName.slice(word.length + 1).trim() };
  }
  throw new Error(`no kind word in "${fullName}"`);
}

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A name's comparison key: lower case, each syllable's tone mark moved to its end, so the two spelling conventions
 * ("Hoà"/"Hòa", "Thuỵ"/"Thụy") compare equal while "Phú Đông" and "Phù Đổng" stay apart.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .map((syllable) => syllable.replace(toneMarks, '') + (syllable.match(toneMarks) ?? []).join(''))
    .join(' ');
}

/** Lowercase ASCII slug: "Phường Văn Miếu - Quốc Tử Giám" → "phuong-van-mieu-quoc-tu-giam". */
export const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const lines = (file: string) =>
  readFileSync(path.join(sourcesDir, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

interface ListedDistrict {
  code: string;
  name: string;
  kind: UnitKind;
  id: string;
}
interface ListedCommune {
  code: string;
  name: string;
  kind: UnitKind;
  key: string;
  district: ListedDistrict;
}

/** The 2024 list: 30 districts and their communes. */
function readListed() {
  const districts: ListedDistrict[] = [];
  const communes: ListedCommune[] = [];
  for (const line of lines('hanoi-communes-2024.txt')) {
    const [code, ...rest] = line.startsWith('= ') ? line.slice(2).split(' ') : line.split(' ');
    const name = rest.join(' ');
    const { kind, bare } = splitKind(name);
    if (line.startsWith('= ')) districts.push({ code: code!, name, kind, id: slugOf(name) });
    else communes.push({ code: code!, name, kind, key: nameKey(bare), district: districts.at(-1)! });
  }
  return { districts, communes };
}

interface Member {
  fullName: string;
  kind: UnitKind;
  key: string;
  /** The district the resolution names for it, e.g. "huyện Thường Tín". */
  qualifier: string | null;
  share: Share;
}
interface Clause {
  number: number;
  name: string;
  kind: UnitKind;
  members: Member[];
}

/** Article 1 of the resolution, clause by clause. */
function readClauses(): Clause[] {
  return lines('nq-1656-ubtvqh15-article-1.txt').map((line) => {
    const [head, ...groups] = line.split(' | ');
    const [number, ...name] = head!.split(' ');
    const members = groups.flatMap((group) => {
      const [share, list] = group.split(': ') as [Share, string];
      return list.split('; ').map((entry): Member => {
        const match = /^(.*?)(?: \((.+)\))?$/.exec(entry)!;
        const fullName = match[1]!;
        const { kind, bare } = splitKind(fullName);
        return { fullName, kind, key: nameKey(bare), qualifier: match[2] ?? null, share };
      });
    });
    return { number: Number(number), name: name.join(' '), kind: splitKind(name.join(' ')).kind, members };
  });
}

/** GSO codes of the new units, by name. */
const readCodes = () => new Map(lines('gso-codes-2025-07-01.txt').map((line) => [line.slice(6), line.slice(0, 5)]));

export interface FormerUnit {
  id: string;
  name: string;
  kind: UnitKind;
  /** The district it belonged to; null when the sources do not establish it (see `gap`). */
  parentId: string | null;
  /** How the district was established: named by the resolution, or matched in the 2024 list. */
  parentBasis: 'resolution' | 'list-2024' | null;
  /** Its code in the 2024 list when it was matched there. */
  listedCode: string | null;
  validTo: string;
  /** Why the district is unknown (absent, or present, only when parentId is null). */
  gap?: string;
}

export interface NewUnit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  validFrom: string;
  /** Article 1 clause of the resolution. */
  clause: number;
  /** What it was formed from, in the resolution's order (main ones first): whole units, parts, remainders. */
  predecessors: { id: string; share: Share }[];
}

export function buildHanoiUnits() {
  const listed = readListed();
  const clauses = readClauses();
  const codes = readCodes();
  const districtByQualifier = new Map(listed.districts.map((district) => [nameKey(district.name), district]));

  // Every former unit once: the same kind, name and named district is the same unit.
  const identity = (member: Member) => `${member.kind}|${member.key}|${member.qualifier ? nameKey(member.qualifier) : ''}`;
  const formers = new Map<string, { member: Member; clauses: Clause[] }>();
  for (const clause of clauses) {
    for (const member of clause.members) {
      const entry = formers.get(identity(member)) ?? { member, clauses: [] };
      if (!entry.clauses.includes(clause)) entry.clauses.push(clause);
      formers.set(identity(member), entry);
    }
  }

  // First pass: the district the resolution names, or a unique match in the 2024 list.
  const candidates = (member: Member) => listed.communes.filter((commune) => commune.kind === member.kind && commune.key === member.key);
  const placed = new Map<string, { district: ListedDistrict | null; basis: FormerUnit['parentBasis']; code: string | null; gap?: string }>();
  for (const [key, { member }] of formers) {
    if (member.qualifier) {
      const district = districtByQualifier.get(nameKey(member.qualifier));
      if (!district) throw new Error(`unknown district "${member.qualifier}"`);
      const listedMatch = candidates(member).find((commune) => commune.district === district);
      placed.set(key, { district, basis: 'resolution', code: listedMatch?.code ?? null });
      continue;
    }
    const found = candidates(member);
    if (found.length === 1) placed.set(key, { district: found[0]!.district, basis: 'list-2024', code: found[0]!.code });
    else if (found.length === 0) placed.set(key, { district: null, basis: null, code: null, gap: 'not in the 2024 list (formed or renamed by the 2024–2025 rearrangement), and the resolution names no district for it' });
    else placed.set(key, { district: null, basis: null, code: null, gap: `ambiguous: the 2024 list has ${found.length} units of this kind and name (${found.map((c) => c.district.name).join(', ')}), and the resolution names no district for it` });
  }
  // Second pass: a 2024 match must lie in a district that the resolution shows next to the unit's clauses: the
  // district of another unit of one of its clauses, or one that gives units to a new unit together with such a
  // district. Else it is not trusted (a name abolished in one district and given to a new unit elsewhere by the
  // 2024–2025 rearrangement: the list's only xã Quang Trung is in Phú Xuyên, the resolution's is among Thạch Thất's).
  const districtsOf = (clause: Clause, except: string) =>
    clause.members.filter((other) => identity(other) !== except).map((other) => placed.get(identity(other))!.district).filter((d) => d !== null);
  for (const [key, { member, clauses: inClauses }] of formers) {
    const place = placed.get(key)!;
    if (place.basis !== 'list-2024') continue;
    const near = new Set(inClauses.flatMap((clause) => districtsOf(clause, key)));
    for (const clause of clauses) {
      const here = districtsOf(clause, key);
      if (here.some((district) => near.has(district))) here.forEach((district) => near.add(district));
    }
    if (!near.has(place.district!)) {
      placed.set(key, {
        district: null,
        basis: null,
        code: null,
        gap: `the 2024 list's only ${member.fullName} lies in ${place.district!.name}, which the resolution does not show next to the units it was merged with: not trusted, and the resolution names no district for it`,
      });
    }
  }

  const formerId = (key: string) => {
    const { member } = formers.get(key)!;
    const place = placed.get(key)!;
    return `${place.district ? place.district.id : 'ha-noi'}-${slugOf(member.fullName)}`;
  };
  const former: FormerUnit[] = [...formers.keys()].map((key) => {
    const { member } = formers.get(key)!;
    const place = placed.get(key)!;
    return {
      id: formerId(key),
      name: member.fullName,
      kind: member.kind,
      parentId: place.district?.id ?? null,
      parentBasis: place.basis,
      listedCode: place.code,
      validTo: lastDayBefore,
      ...(place.gap && { gap: place.gap }),
    };
  });
  former.sort((a, b) => (a.parentId ?? '~').localeCompare(b.parentId ?? '~') || a.id.localeCompare(b.id));

  const units: NewUnit[] = clauses.map((clause) => {
    const code = codes.get(clause.name);
    if (!code) throw new Error(`no code for ${clause.name}`);
    return {
      id: slugOf(clause.name),
      code,
      name: clause.name,
      kind: clause.kind,
      validFrom: reformDay,
      clause: clause.number,
      predecessors: clause.members.map((member) => ({ id: formerId(identity(member)), share: member.share })),
    };
  });

  const districts = listed.districts
    .map((district) => ({ id: district.id, code: district.code, name: district.name, kind: district.kind, validTo: lastDayBefore }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const citations = {
    resolution: {
      title: 'Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Hà Nội năm 2025',
      repository: 'dvhcvn/20250701',
      path: 'input/docs/1656_NQ-UBTVQH15.md',
      commit: '1fe34bb35376aaad83e1179df87a6a92c33c3410',
      transcription: 'sources/nq-1656-ubtvqh15-article-1.txt',
    },
    codes2025: {
      title: 'Danh mục và mã số các đơn vị hành chính cấp xã (Công văn 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê), Hà Nội',
      repository: 'thanglequoc/vietnamese-provinces-database',
      path: 'dataset-generation-scripts/resources/manual_decree_seeds/wards/01_HaNoi.sql',
      commit: '0aa7772602512ee84784dfd5be4f25cb982806c9',
      transcription: 'sources/gso-codes-2025-07-01.txt',
    },
    list2024: {
      title: 'Danh mục đơn vị hành chính (Tổng cục Thống kê) before the 2024–2025 rearrangement of Hanoi, as compiled by dvhcvn',
      repository: 'daohoangson/dvhcvn',
      path: 'data/sorted.json',
      commit: '8e899298a3833486fde2a7f7dc6d1c8cdeccba42',
      transcription: 'sources/hanoi-communes-2024.txt',
    },
  };

  const after = {
    source: {
      description: "Hanoi's 126 commune-level units (51 phường, 75 xã) in force from 1 July 2025, each with the former units it was formed from (Article 1 of the resolution).",
      citations: [citations.resolution, citations.codes2025],
      builtBy: 'scripts/directory/build-hanoi-units.ts',
    },
    validFrom: reformDay,
    units,
  };
  const before = {
    source: {
      description:
        "Hanoi's 30 district-level units (12 quận, 17 huyện, thị xã Sơn Tây) and the commune-level units (phường, xã, thị trấn) that Resolution 1656/NQ-UBTVQH15 rearranged, as they were until 30 June 2025.",
      citations: [citations.resolution, citations.list2024],
      builtBy: 'scripts/directory/build-hanoi-units.ts',
    },
    validTo: lastDayBefore,
    districts,
    units: former,
  };
  return { before, after };
}

export const dataFiles = {
  before: path.join(dataDir, `hanoi-units-before-${reformDay}.json`),
  after: path.join(dataDir, `hanoi-units-${reformDay}.json`),
};

export const render = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

if (require.main === module) {
  const built = buildHanoiUnits();
  const check = process.argv.includes('--check');
  for (const which of ['before', 'after'] as const) {
    const text = render(built[which]);
    if (check) {
      if (readFileSync(dataFiles[which], 'utf8') !== text) throw new Error(`${dataFiles[which]} differs from its rebuild: run npx tsx scripts/directory/build-hanoi-units.ts`);
    } else writeFileSync(dataFiles[which], text);
  }
  const gaps = built.before.units.filter((unit) => unit.gap);
  process.stdout.write(
    `${built.after.units.length} units from ${reformDay}; ${built.before.districts.length} districts and ${built.before.units.length} commune-level units before, ${gaps.length} without a known district\n`,
  );
}
