import type { Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform } from '../support/platform';

/**
 * A place across the 1 July 2025 reform, through the gateway: the committee's units keep their predecessor links
 * (created with them, or added when a unit is ended into its successors), petitions learns them from its events, and
 * `petitions(filter: { administrativeUnitId, acrossReform: true })` lists a ward's cases before and after the reform.
 */
const admin: Caller = { subject: 'e2e-directory-admin', agency: 'committee', roles: ['admin'] };
const analyst: Caller = { subject: 'e2e-directory-analyst', agency: 'committee', roles: ['analyst'] };

describe('a place across the reform: the directory links, petitions follows them', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const caseIds: Record<string, string> = {};

  const submit = async (key: string, administrativeUnitId: string, receivedOn: string) => {
    const { submitPetition } = await platform.as(admin, `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, {
      input: { kind: 'FEEDBACK', channel: 'ONLINE', receivedOn, subject: `Phản ánh ${key}: rác thải tồn đọng trong ngõ`, category: 'ENVIRONMENT', agencyId: 'so-xay-dung', overrideReason: 'Sở Xây dựng giải quyết theo chỉ đạo', administrativeUnitId },
    });
    caseIds[key] = submitPetition.id;
  };
  const casesOf = async (administrativeUnitId: string, acrossReform: boolean) => {
    const { petitions } = await platform.as(analyst, `query($f: PetitionFilter) { petitions(filter: $f, first: 50) { totalCount edges { node { id } } } }`, {
      f: { administrativeUnitId, acrossReform },
    });
    return (petitions.edges as { node: { id: string } }[]).map((edge) => edge.node.id).sort();
  };
  const ids = (...keys: string[]) => keys.map((key) => caseIds[key]!).sort();

  beforeAll(async () => {
    platform = await startWholePlatform();
    await platform.createAgencies(['committee', 'so-xay-dung']);
    const units = [
      { id: 'quan-hoan-kiem', name: 'Quận Hoàn Kiếm', kind: 'URBAN_DISTRICT', validTo: '2025-06-30' },
      { id: 'quan-hoan-kiem-phuong-hang-bac', name: 'Phường Hàng Bạc', kind: 'WARD', validTo: '2025-06-30', parentId: 'quan-hoan-kiem' },
      { id: 'phuong-hoan-kiem', name: 'Phường Hoàn Kiếm', kind: 'WARD', validFrom: '2025-07-01', predecessorIds: ['quan-hoan-kiem-phuong-hang-bac'] },
      { id: 'phuong-cua-nam', name: 'Phường Cửa Nam', kind: 'WARD', validFrom: '2025-07-01' },
      { id: 'xa-thu-nghiem', name: 'Xã Thử Nghiệm', kind: 'COMMUNE', validFrom: '2025-07-01' },
      { id: 'phuong-thu-nghiem', name: 'Phường Thử Nghiệm', kind: 'WARD', validFrom: '2026-01-01' },
    ];
    for (const input of units) await platform.as(admin, `mutation($input: CreateAdministrativeUnitInput!) { createAdministrativeUnit(input: $input) { id } }`, { input });
    // A later rearrangement recorded by ending the commune into the ward formed from it.
    await platform.as(admin, `mutation { endAdministrativeUnit(id: "xa-thu-nghiem", validTo: "2025-12-31", successorIds: ["phuong-thu-nghiem"]) { id } }`);
    await submit('beforeReform', 'quan-hoan-kiem-phuong-hang-bac', '2025-06-01');
    await submit('afterReform', 'phuong-hoan-kiem', '2025-08-01');
    await submit('neighbour', 'phuong-cua-nam', '2025-08-01');
    await submit('commune', 'xa-thu-nghiem', '2025-10-01');
    await submit('ward', 'phuong-thu-nghiem', '2026-01-15');
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  it('keeps each case at the unit valid on its day, and the committee links the units across the reform', async () => {
    expect(await casesOf('quan-hoan-kiem-phuong-hang-bac', false)).toEqual(ids('beforeReform'));
    expect(await casesOf('phuong-hoan-kiem', false)).toEqual(ids('afterReform'));
    const { ward, former } = await platform.as(analyst, `{
      ward: administrativeUnit(id: "phuong-hoan-kiem") { predecessors { id parent { id } } }
      former: administrativeUnit(id: "quan-hoan-kiem-phuong-hang-bac") { successors { id } }
    }`);
    expect(ward.predecessors).toEqual([{ id: 'quan-hoan-kiem-phuong-hang-bac', parent: { id: 'quan-hoan-kiem' } }]);
    expect(former.successors).toEqual([{ id: 'phuong-hoan-kiem' }]);
  });

  it("lists a ward's cases before and after the reform in one query, from either side, and no neighbour's", async () => {
    expect(await casesOf('phuong-hoan-kiem', true)).toEqual(ids('beforeReform', 'afterReform'));
    expect(await casesOf('quan-hoan-kiem-phuong-hang-bac', true)).toEqual(ids('beforeReform', 'afterReform'));
    // A district: its wards' cases, and those of the units formed from them.
    expect(await casesOf('quan-hoan-kiem', true)).toEqual(ids('beforeReform', 'afterReform'));
    expect(await casesOf('phuong-cua-nam', true)).toEqual(ids('neighbour'));
  });

  it('follows a link added by ending a unit (petitions learns it from administrativeUnit.ended)', async () => {
    await eventually(async () => (await casesOf('phuong-thu-nghiem', true)).length === 2, 30_000);
    expect(await casesOf('phuong-thu-nghiem', true)).toEqual(ids('commune', 'ward'));
    expect(await casesOf('xa-thu-nghiem', true)).toEqual(ids('commune', 'ward'));
  });
});
