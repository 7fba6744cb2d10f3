import { readFileSync } from 'node:fs';
import { buildHanoiUnits, dataFiles, nameKey, render } from '../../../scripts/directory/build-hanoi-units';
import { nameOn, renameProblem } from '../src/domain/dated-changes';
import { loadHanoiUnits } from '../src/directory/hanoi-data';
import { hanoiCommitteeRows, hanoiUnitRows } from '../src/directory/import';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("Hanoi's directory data files (services/committee/data, Resolution 1656/NQ-UBTVQH15)", () => {
  const { before, after } = loadHanoiUnits();
  const count = <T>(rows: T[], key: (row: T) => string) => rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [key(row)]: (counts[key(row)] ?? 0) + 1 }), {});

  it('holds the 126 commune-level units in force on 2025-07-01: 51 phường and 75 xã, each with its GSO code', () => {
    expect(after.units).toHaveLength(126);
    expect(count(after.units, (unit) => unit.kind)).toEqual({ WARD: 51, COMMUNE: 75 });
    expect(new Set(after.units.map((unit) => unit.validFrom))).toEqual(new Set(['2025-07-01']));
    expect(new Set(after.units.map((unit) => unit.code)).size).toBe(126);
    expect(after.units.map((unit) => unit.clause)).toEqual(Array.from({ length: 126 }, (_, index) => index + 1));
  });

  it('holds the 30 district-level units valid on 2025-06-30 (12 quận, 17 huyện, 1 thị xã) and the 526 units they held', () => {
    expect(before.districts).toHaveLength(30);
    expect(count(before.districts, (district) => district.kind)).toEqual({ URBAN_DISTRICT: 12, RURAL_DISTRICT: 17, TOWN: 1 });
    expect(before.units).toHaveLength(526);
    expect(count(before.units, (unit) => unit.kind)).toEqual({ WARD: 160, COMMUNE: 345, TOWNSHIP: 21 });
    expect(new Set([...before.districts, ...before.units].map((unit) => unit.validTo))).toEqual(new Set(['2025-06-30']));
  });

  it('links every new unit to ≥ 1 former unit and every former unit to ≥ 1 new one; a district is known or its gap documented', () => {
    const former = new Set(before.units.map((unit) => unit.id));
    for (const unit of after.units) {
      expect(unit.predecessors.length).toBeGreaterThanOrEqual(1);
      for (const predecessor of unit.predecessors) expect(former).toContain(predecessor.id);
    }
    const used = new Set(after.units.flatMap((unit) => unit.predecessors.map((predecessor) => predecessor.id)));
    expect(used.size).toBe(526);
    const districts = new Set(before.districts.map((district) => district.id));
    for (const unit of before.units) {
      if (unit.parentId) {
        expect(districts).toContain(unit.parentId);
        expect(unit.gap).toBeUndefined();
      } else expect(unit.gap).toEqual(expect.any(String));
    }
    // The 24 formed or renamed by the 2024–2025 rearrangement (or ambiguous) whose district no cited source gives.
    expect(before.units.filter((unit) => unit.gap)).toHaveLength(24);
  });

  it('follows the resolution: phường Hoàn Kiếm from seven whole wards and parts of seven, xã Sóc Sơn from a township', () => {
    const hoanKiem = after.units.find((unit) => unit.id === 'phuong-hoan-kiem')!;
    expect(hoanKiem.predecessors.filter((p) => p.share === 'whole').map((p) => p.id)).toEqual([
      'quan-hoan-kiem-phuong-hang-bac',
      'quan-hoan-kiem-phuong-hang-bo',
      'quan-hoan-kiem-phuong-hang-buom',
      'quan-hoan-kiem-phuong-hang-dao',
      'quan-hoan-kiem-phuong-hang-gai',
      'quan-hoan-kiem-phuong-hang-ma',
      'quan-hoan-kiem-phuong-ly-thai-to',
    ]);
    expect(hoanKiem.predecessors.filter((p) => p.share === 'part')).toHaveLength(7);
    expect(after.units.find((unit) => unit.id === 'xa-soc-son')!.predecessors[0]).toEqual({ id: 'huyen-soc-son-thi-tran-soc-son', share: 'whole' });
    // Same-named units kept apart by the district the resolution names.
    expect(before.units.filter((unit) => unit.name === 'Phường Minh Khai').map((unit) => unit.parentId).sort()).toEqual(['quan-bac-tu-liem', 'quan-hai-ba-trung']);
  });

  it('is what the build makes of the cited sources (scripts/directory/build-hanoi-units.ts)', () => {
    const built = buildHanoiUnits();
    expect(readFileSync(dataFiles.before, 'utf8')).toBe(render(built.before));
    expect(readFileSync(dataFiles.after, 'utf8')).toBe(render(built.after));
    expect(after.source.citations.map((citation) => citation.repository)).toEqual(['dvhcvn/20250701', 'thanglequoc/vietnamese-provinces-database']);
    expect(nameKey('Xã Thuỵ Lâm')).toBe(nameKey('Xã Thụy Lâm'));
    expect(nameKey('Xã Phú Đông')).not.toBe(nameKey('Xã Phù Đổng'));
  });

  it("derives each unit's People's Committee, valid as its unit, under the committee it answered to", () => {
    const rows = hanoiUnitRows();
    expect(rows).toHaveLength(30 + 526 + 126);
    const committees = new Map(hanoiCommitteeRows(rows).map((row) => [row.id, row]));
    expect(committees.get('ubnd-phuong-hoan-kiem')).toMatchObject({ name: 'Ủy ban nhân dân phường Hoàn Kiếm', parentId: 'committee', validFrom: '2025-07-01', validTo: null });
    expect(committees.get('ubnd-quan-hoan-kiem-phuong-cua-nam')).toMatchObject({
      name: 'Ủy ban nhân dân phường Cửa Nam (quận Hoàn Kiếm)',
      kind: 'COMMUNE_COMMITTEE',
      parentId: 'ubnd-quan-hoan-kiem',
      validTo: '2025-06-30',
    });
    expect(committees.get('ubnd-thi-xa-son-tay')).toMatchObject({ kind: 'DISTRICT_COMMITTEE', level: 'DISTRICT', parentId: 'committee' });
  });
});

describe('dated names', () => {
  const names = [
    { name: 'Xã A', from: null },
    { name: 'Xã B', from: day('2027-01-01') },
  ];
  it('gives the name borne on a day, and refuses a rename out of order or outside the validity', () => {
    expect(nameOn(names, day('2026-12-31')).name).toBe('Xã A');
    expect(nameOn(names, day('2027-01-01')).name).toBe('Xã B');
    const validity = { validFrom: day('2025-07-01'), validTo: day('2030-12-31') };
    expect(renameProblem(validity, names, 'Xã C', day('2027-01-01'))).toMatchObject({ field: 'from' });
    expect(renameProblem(validity, names, 'Xã C', day('2031-01-01'))).toMatchObject({ field: 'from' });
    expect(renameProblem(validity, names, 'Xã B', day('2028-01-01'))).toMatchObject({ field: 'name' });
    expect(renameProblem(validity, names, 'Xã C', day('2028-01-01'))).toBeUndefined();
  });
});
