import { validate, searchWords, foldVietnamese, isValidOn } from '@hanoi/platform';
import { administrativeUnits, agencies } from '../../../scripts/seed/directory';
import {
  createAdministrativeUnitInput,
  levelOfKind,
  nameStem,
  predecessorProblem,
  preferredUnit,
} from '../src/domain/administrative-unit';
import { createAgencyInput, requiredLevel } from '../src/domain/agency';
import { answeredOnProblem, petitionRoutedData, reachesAgency, withdrawalReason } from '../src/domain/assignment';

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const withDates = <T extends { validFrom?: string; validTo?: string }>(row: T) => ({
  ...row,
  validFrom: row.validFrom ? day(row.validFrom) : null,
  validTo: row.validTo ? day(row.validTo) : null,
});

describe('directory rules', () => {
  it('folds Vietnamese names for accent-insensitive search, đ included', () => {
    expect(foldVietnamese('Phường  Hoàn Kiếm')).toBe('phuong hoan kiem');
    expect(foldVietnamese('Quận Đống Đa')).toBe('quan dong da');
    expect(foldVietnamese('Ủy ban Mặt trận Tổ quốc Việt Nam')).toBe('uy ban mat tran to quoc viet nam');
    // Precomposed and decomposed input fold alike.
    expect(foldVietnamese('Hoàn Kiếm'.normalize('NFD'))).toBe(foldVietnamese('Hoàn Kiếm'.normalize('NFC')));
    expect(searchWords('  HOÀN   kiếm ')).toEqual(['hoan', 'kiem']);
    expect(searchWords(null)).toEqual([]);
  });

  it('checks validity with inclusive bounds and open ends', () => {
    const district = { validFrom: null, validTo: day('2025-06-30') };
    expect(isValidOn(district, day('2025-06-30'))).toBe(true);
    expect(isValidOn(district, day('2025-07-01'))).toBe(false);
    const ward = { validFrom: day('2025-07-01'), validTo: null };
    expect(isValidOn(ward, day('2025-06-30'))).toBe(false);
    expect(isValidOn(ward, day('2040-01-01'))).toBe(true);
  });

  it('derives unit levels and agency levels from kinds', () => {
    expect(levelOfKind('TOWN')).toBe('DISTRICT');
    expect(levelOfKind('WARD')).toBe('COMMUNE');
    expect(requiredLevel('COMMUNE_COMMITTEE')).toBe('COMMUNE');
    expect(requiredLevel('DEPARTMENT')).toBeUndefined();
  });

  it('refuses a validity that ends before it starts, naming validTo', () => {
    expect(() =>
      validate(createAdministrativeUnitInput, { id: 'x', name: 'X', kind: 'WARD', validFrom: day('2026-01-02'), validTo: day('2026-01-01') }),
    ).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.validTo' }) }));
  });

  it('refuses inconsistent agencies: kind/level, committee without unit, non-slug id', () => {
    const base = { id: 'ubnd-xa-a', name: 'Ủy ban nhân dân xã A', shortName: 'UBND xã A', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', administrativeUnitId: 'xa-a' };
    expect(createAgencyInput.safeParse(base).success).toBe(true);
    const fieldOf = (input: object) => {
      const result = createAgencyInput.safeParse(input);
      return result.success ? undefined : result.error.issues[0]!.path.join('.');
    };
    expect(fieldOf({ ...base, level: 'CITY' })).toBe('level');
    expect(fieldOf({ ...base, administrativeUnitId: null })).toBe('administrativeUnitId');
    expect(fieldOf({ ...base, id: 'UBND Xã A' })).toBe('id');
    expect(fieldOf({ ...base, parentId: 'ubnd-xa-a' })).toBe('parentId');
  });

  it('requires a predecessor to have ended before its successor begins', () => {
    const district = { _id: 'quan-x', level: 'DISTRICT' as const, validFrom: null, validTo: day('2025-06-30') };
    expect(predecessorProblem(district, day('2025-07-01'))).toBeUndefined();
    expect(predecessorProblem(district, day('2025-06-30'))).toMatch(/ended on or after/);
    expect(predecessorProblem({ ...district, validTo: null }, day('2025-07-01'))).toMatch(/still valid/);
  });

  it('prefers the unit that kept the name, else the first listed', () => {
    expect(nameStem('Thị xã Sơn Tây')).toBe('son tay');
    const wards = [{ name: 'Phường Giảng Võ' }, { name: 'Phường Ba Đình' }, { name: 'Phường Ngọc Hà' }];
    expect(preferredUnit({ name: 'Quận Ba Đình' }, wards)).toEqual({ name: 'Phường Ba Đình' });
    expect(preferredUnit({ name: 'Quận Đống Đa' }, wards)).toEqual({ name: 'Phường Giảng Võ' });
    expect(preferredUnit({ name: 'Quận Đống Đa' }, [])).toBeUndefined();
  });

  it('follows parent chains to the committee, and stops on unknown agencies and cycles', async () => {
    const parents: Record<string, string | null> = { committee: null, front: null, 'so-y-te': 'committee', a: 'b', b: 'a' };
    const parentOf = async (id: string) => (id in parents ? parents[id] : undefined);
    expect(await reachesAgency('so-y-te', 'committee', parentOf)).toBe(true);
    expect(await reachesAgency('committee', 'committee', parentOf)).toBe(true);
    expect(await reachesAgency('front', 'committee', parentOf)).toBe(false);
    expect(await reachesAgency('nowhere', 'committee', parentOf)).toBe(false);
    expect(await reachesAgency('a', 'committee', parentOf, 10)).toBe(false);
  });

  it('parses routed events and refuses impossible due dates', () => {
    const data = { petitionId: 'p1', agencyId: 'so-y-te', dueOn: '2026-03-31', kind: 'COMPLAINT', category: 'HEALTH', subject: 'x' };
    expect(petitionRoutedData.parse(data).dueOn).toEqual(day('2026-03-31'));
    expect(petitionRoutedData.safeParse({ ...data, dueOn: '2026-02-30' }).success).toBe(false);
    expect(petitionRoutedData.parse({ ...data, dueOn: null, receivedOn: '2026-01-02' })).toMatchObject({ dueOn: null, petitionId: 'p1' });
    expect(petitionRoutedData.safeParse({ ...data, petitionId: undefined }).success).toBe(false);
    expect(answeredOnProblem(day('2026-01-02'), day('2026-01-01'))).toBeDefined();
    expect(answeredOnProblem(day('2026-01-01'), day('2026-01-01'))).toBeUndefined();
  });

  it('says why an assignment is withdrawn, from the petitions event that ended it', () => {
    expect(withdrawalReason({ routedTo: 'so-y-te' })).toBe('The case was transferred to so-y-te');
    expect(withdrawalReason({ ended: 'declined', data: { petitionId: 'p1', reasonCode: 'DUPLICATE', mergedInto: 'p0' } })).toBe('The case was merged into p0 as a duplicate');
    expect(withdrawalReason({ ended: 'declined', data: { petitionId: 'p1', reasonCode: 'PAST_TIME_LIMIT' } })).toBe('The case was declined (PAST_TIME_LIMIT)');
    expect(withdrawalReason({ ended: 'declined', data: { petitionId: 'p1' } })).toBe('The case was declined (no reason code)');
    expect(withdrawalReason({ ended: 'resolved', data: { petitionId: 'p1' } })).toBe("The case was resolved without this assignment's answer");
    expect(withdrawalReason({ ended: 'closed', data: { petitionId: 'p1' } })).toBe('The case was closed');
  });
});

describe('seed directory (scripts/seed/directory.ts)', () => {
  const districts = administrativeUnits.filter((unit) => levelOfKind(unit.kind) === 'DISTRICT');

  it('holds the 30 pre-reform district-level units: 12 quận, 17 huyện, 1 thị xã, ended on 2025-06-30', () => {
    expect(districts).toHaveLength(30);
    expect(districts.filter((unit) => unit.kind === 'URBAN_DISTRICT')).toHaveLength(12);
    expect(districts.filter((unit) => unit.kind === 'RURAL_DISTRICT')).toHaveLength(17);
    expect(districts.filter((unit) => unit.kind === 'TOWN').map((unit) => unit.name)).toEqual(['Thị xã Sơn Tây']);
    expect(new Set(districts.map((unit) => unit.validTo))).toEqual(new Set(['2025-06-30']));
  });

  it('has unique ids, valid inputs, and only links to entries listed earlier', () => {
    for (const rows of [administrativeUnits, agencies]) {
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
    const seenUnits = new Set<string>();
    for (const unit of administrativeUnits) {
      expect(createAdministrativeUnitInput.safeParse(withDates(unit)).success).toBe(true);
      for (const linked of [...(unit.predecessorIds ?? []), ...(unit.parentId ? [unit.parentId] : [])]) expect(seenUnits).toContain(linked);
      seenUnits.add(unit.id);
    }
    const seenAgencies = new Set<string>();
    for (const agency of agencies) {
      expect(createAgencyInput.safeParse(withDates(agency)).success).toBe(true);
      if (agency.parentId) expect(seenAgencies).toContain(agency.parentId);
      if (agency.administrativeUnitId) expect(seenUnits).toContain(agency.administrativeUnitId);
      seenAgencies.add(agency.id);
    }
    expect(['delegation', 'council', 'committee', 'front'].every((id) => seenAgencies.has(id))).toBe(true);
  });
});
