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
import { answerAssignmentInput, answeredOnProblem, answerProblem, currentAssignment, reachesAgency, reSupervisionWithdrawalReason, summaryOf, withdrawalReason } from '../src/domain/assignment';
import { assignmentObligations, contentOf } from '../src/domain/assignment-obligation';

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

  it('refuses an answer dated after today', () => {
    expect(answeredOnProblem(day('2026-01-02'), day('2026-01-01'))).toBeDefined();
    expect(answeredOnProblem(day('2026-01-01'), day('2026-01-01'))).toBeUndefined();
  });

  it('requires the implementation status to answer a supervision recommendation, and refuses it (or evidence) on a case', () => {
    const answer = { answer: 'Đã thực hiện', answeredOn: day('2026-01-01') };
    const parsed = (input: object) => answerAssignmentInput.parse({ ...answer, ...input });
    expect(answerProblem('SUPERVISION_RECOMMENDATION', parsed({}))).toEqual({ field: 'implementationStatus', message: expect.any(String) });
    expect(answerProblem('SUPERVISION_RECOMMENDATION', parsed({ implementationStatus: 'IN_PROGRESS' }))).toBeUndefined();
    expect(answerProblem('PETITION', parsed({}))).toBeUndefined();
    expect(answerProblem('PETITION', parsed({ implementationStatus: 'IMPLEMENTED' }))?.field).toBe('implementationStatus');
    expect(answerProblem('PETITION', parsed({ evidence: [{ title: 'Biên bản', reference: 'BB-1' }] }))?.field).toBe('evidence');
  });

  it('cuts a long recommendation to a 500-character summary, and keeps a short one', () => {
    expect(summaryOf('Ngắn gọn')).toBe('Ngắn gọn');
    const long = summaryOf('x'.repeat(4_000));
    expect(long).toHaveLength(500);
    expect(long.endsWith('…')).toBe(true);
  });

  it('takes the open assignment as the standing one, else the latest', () => {
    const a = (id: string, status: 'ASSIGNED' | 'ANSWERED' | 'WITHDRAWN') => ({ id, status });
    expect(currentAssignment([a('1', 'WITHDRAWN'), a('2', 'ASSIGNED'), a('3', 'WITHDRAWN')])).toEqual(a('2', 'ASSIGNED'));
    expect(currentAssignment([a('1', 'WITHDRAWN'), a('2', 'ANSWERED')])).toEqual(a('2', 'ANSWERED'));
    expect(currentAssignment([])).toBeNull();
  });

  it('says why an assignment is withdrawn, from the petitions or supervision event that ended it', () => {
    expect(withdrawalReason({ routedTo: 'so-y-te' })).toBe('The case was transferred to so-y-te');
    expect(withdrawalReason({ declined: { reasonCode: 'DUPLICATE', mergedInto: 'p0' } })).toBe('The case was merged into p0 as a duplicate');
    expect(withdrawalReason({ declined: { reasonCode: 'COMPLAINT_TIME_LIMIT_PASSED' } })).toBe('The case was declined (COMPLAINT_TIME_LIMIT_PASSED)');
    expect(withdrawalReason({ ended: 'resolved' })).toBe("The case was resolved without this assignment's answer");
    expect(withdrawalReason({ ended: 'closed' })).toBe('The case was closed');
    expect(reSupervisionWithdrawalReason({ outcome: 'CLOSED', assessedStatus: 'IMPLEMENTED', round: 1 })).toBe('The recommendation was closed at re-supervision (assessed IMPLEMENTED)');
    expect(reSupervisionWithdrawalReason({ outcome: 'KEPT_OPEN', assessedStatus: 'NOT_IMPLEMENTED', round: 3 })).toContain('round 3 is a new assignment');
  });
});

describe('the answer an assignment owes (ASSIGNMENT_ANSWER, flow F4)', () => {
  const assignment = {
    _id: 'a1',
    agencyId: 'so-xay-dung',
    subjectType: 'PETITION' as const,
    caseKind: 'COMPLAINT',
    dueOn: day('2026-03-10'),
    status: 'ASSIGNED' as const,
    answeredOn: null,
    withdrawnReason: null,
  };

  it('is owed by the agency by the due day, about the assignment, without a title; nothing while undated', () => {
    expect(assignmentObligations(assignment)).toEqual([
      expect.objectContaining({
        obligationId: 'assignment:a1',
        kind: 'ASSIGNMENT_ANSWER',
        agencyId: 'so-xay-dung',
        dueOn: day('2026-03-10'),
        subject: { type: 'Assignment', id: 'a1' },
        content: 'CITIZEN_RECEPTION',
        title: null,
        metOn: null,
        cancelled: false,
      }),
    ]);
    expect(assignmentObligations({ ...assignment, dueOn: null })).toEqual([]);
  });

  it('is met on the answer day, cancelled with the withdrawal reason', () => {
    expect(assignmentObligations({ ...assignment, status: 'ANSWERED', answeredOn: day('2026-03-09') })[0]).toMatchObject({ metOn: day('2026-03-09'), cancelled: false });
    expect(assignmentObligations({ ...assignment, status: 'WITHDRAWN', withdrawnReason: 'The case was closed' })[0]).toMatchObject({
      metOn: null,
      cancelled: true,
      reason: 'The case was closed',
    });
  });

  it('belongs to voter meetings for voter recommendations, to supervision for recommendations, else to citizen reception', () => {
    expect(contentOf({ subjectType: 'PETITION', caseKind: 'VOTER_RECOMMENDATION' })).toBe('VOTER_MEETINGS');
    expect(contentOf({ subjectType: 'SUPERVISION_RECOMMENDATION', caseKind: null })).toBe('SUPERVISION');
    expect(contentOf({ subjectType: 'PETITION', caseKind: 'DENUNCIATION' })).toBe('CITIZEN_RECEPTION');
    expect(assignmentObligations({ ...assignment, subjectType: 'SUPERVISION_RECOMMENDATION', caseKind: null, round: 2 })[0]!.basis).toBe(
      'Tái giám sát: thời hạn mới thực hiện kiến nghị (lần 2)',
    );
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
