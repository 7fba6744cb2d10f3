import type { Caller } from '@hanoi/platform';
import { bodyOfAgency, jurisdictionOf, jurisdictionOfAgency, jurisdictionQuery, writingBodyOf, type DirectoryAgency } from '../src/bodies';

/** A copy of the directory: a ward's three bodies and a department. */
const directory: Record<string, DirectoryAgency> = {
  'hdnd-phuong-hoan-kiem': { kind: 'COMMUNE_COUNCIL', level: 'COMMUNE', administrativeUnitId: 'phuong-hoan-kiem' },
  'mttq-phuong-hoan-kiem': { kind: 'COMMUNE_FRONT', level: 'COMMUNE', administrativeUnitId: 'phuong-hoan-kiem' },
  'ubnd-phuong-hoan-kiem': { kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', administrativeUnitId: 'phuong-hoan-kiem' },
  'so-xay-dung': { kind: 'DEPARTMENT', level: 'CITY', administrativeUnitId: null },
};
const lookup = async (id: string) => directory[id];
const caller = (agency: string, roles: Caller['roles'] = ['clerk']): Caller => ({ subject: `u-${agency}`, agency, roles });
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'OK', (error: { extensions?: { code?: string; field?: string } }) => error.extensions);

describe('the bodies of the regulation at each level', () => {
  it("knows the city's bodies by id and a commune's by its directory kind, with the level and unit", () => {
    expect(bodyOfAgency('council', undefined)).toEqual({ body: 'COUNCIL', agencyId: 'council', level: 'CITY', jurisdictionUnitId: null });
    expect(bodyOfAgency('mttq-phuong-hoan-kiem', directory['mttq-phuong-hoan-kiem'])).toEqual({
      body: 'FRONT',
      agencyId: 'mttq-phuong-hoan-kiem',
      level: 'COMMUNE',
      jurisdictionUnitId: 'phuong-hoan-kiem',
    });
    expect(bodyOfAgency('so-xay-dung', directory['so-xay-dung'])).toBeNull();
    expect(bodyOfAgency('unknown', undefined)).toBeNull();
  });

  it('reads records stored before levels were kept as the city\'s, and filters them with the city', () => {
    expect(jurisdictionOf({})).toEqual({ level: 'CITY', jurisdictionUnitId: null });
    expect(jurisdictionOfAgency(directory['ubnd-phuong-hoan-kiem'])).toEqual({ level: 'COMMUNE', jurisdictionUnitId: 'phuong-hoan-kiem' });
    expect(jurisdictionOfAgency(directory['so-xay-dung'])).toEqual({ level: 'CITY', jurisdictionUnitId: null });
    expect(jurisdictionQuery({ level: 'CITY' })).toEqual({ level: { $in: ['CITY', null] } });
    expect(jurisdictionQuery({ level: 'COMMUNE', jurisdictionUnitId: 'xa-thanh-tri' })).toEqual({ level: 'COMMUNE', jurisdictionUnitId: 'xa-thanh-tri' });
    expect(jurisdictionQuery({})).toEqual({});
  });

  it("gives a writer its own body; an administrator the city's or the one named; refuses anyone else", async () => {
    await expect(writingBodyOf(caller('hdnd-phuong-hoan-kiem'), ['COUNCIL'], ['clerk'], lookup)).resolves.toMatchObject({ agencyId: 'hdnd-phuong-hoan-kiem', level: 'COMMUNE' });
    await expect(writingBodyOf(caller('admin-1', ['admin']), ['COUNCIL'], ['clerk'], lookup)).resolves.toMatchObject({ agencyId: 'council', level: 'CITY' });
    await expect(
      writingBodyOf(caller('admin-1', ['admin']), ['FRONT'], ['clerk'], lookup, { agencyId: 'mttq-phuong-hoan-kiem', field: 'input.organiserAgencyId' }),
    ).resolves.toMatchObject({ agencyId: 'mttq-phuong-hoan-kiem', jurisdictionUnitId: 'phuong-hoan-kiem' });
    expect(await codeOf(writingBodyOf(caller('admin-1', ['admin']), ['FRONT'], ['clerk'], lookup, { agencyId: 'so-xay-dung', field: 'input.organiserAgencyId' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organiserAgencyId',
    });
    // A body of another kind, a department, another body named by a non-administrator, a role that does not write.
    expect(await codeOf(writingBodyOf(caller('ubnd-phuong-hoan-kiem'), ['COUNCIL'], ['clerk'], lookup))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(writingBodyOf(caller('so-xay-dung'), ['COUNCIL'], ['clerk'], lookup))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(writingBodyOf(caller('hdnd-phuong-hoan-kiem'), ['COUNCIL'], ['clerk'], lookup, { agencyId: 'council', field: 'f' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(writingBodyOf(caller('hdnd-phuong-hoan-kiem', ['viewer']), ['COUNCIL'], ['clerk'], lookup))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
