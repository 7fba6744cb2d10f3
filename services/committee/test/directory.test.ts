import { callSubgraph, callers } from '@hanoi/platform/testing';
import { createAgency, createUnit, seedDirectory, startCommittee } from './support';

type Edge = { node: { id: string } };
const ids = (connection: { edges: Edge[] }) => connection.edges.map((edge) => edge.node.id);

describe('committee subgraph: the directory', () => {
  let committee: Awaited<ReturnType<typeof startCommittee>>;
  beforeAll(async () => {
    committee = await startCommittee();
    // The whole import: 682 units, 682 People's Committees, and the council and front of each of today's 126 communes.
    const imported = await seedDirectory(committee.url);
    expect(imported).toEqual({ unitsCreated: 682, agenciesCreated: 682 + 2 * 126 });
  }, 180_000);
  afterAll(() => committee.stop());

  const query = (text: string, variables: Record<string, unknown> = {}, caller = callers.analyst) =>
    callSubgraph(committee.url, text, variables, caller);

  it('reads an agency with its parent and the unit it governs, and a unit with its predecessors', async () => {
    const result = await query(`{
      agency(id: "ubnd-phuong-hoan-kiem") {
        id name shortName kind level validFrom validTo parent { id name }
        administrativeUnit { id name kind level code validFrom predecessors { id name validTo parent { id } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.agency).toEqual({
      id: 'ubnd-phuong-hoan-kiem',
      name: 'Ủy ban nhân dân phường Hoàn Kiếm',
      shortName: 'UBND phường Hoàn Kiếm',
      kind: 'COMMUNE_COMMITTEE',
      level: 'COMMUNE',
      validFrom: '2025-07-01',
      validTo: null,
      parent: { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội' },
      administrativeUnit: {
        id: 'phuong-hoan-kiem',
        name: 'Phường Hoàn Kiếm',
        kind: 'WARD',
        level: 'COMMUNE',
        code: '00070',
        validFrom: '2025-07-01',
        // Resolution 1656, art. 1 cl. 1: seven wards whole, then parts of seven more (Điện Biên was Ba Đình's).
        predecessors: expect.arrayContaining([
          { id: 'quan-hoan-kiem-phuong-hang-bac', name: 'Phường Hàng Bạc', validTo: '2025-06-30', parent: { id: 'quan-hoan-kiem' } },
          { id: 'quan-ba-dinh-phuong-dien-bien', name: 'Phường Điện Biên', validTo: '2025-06-30', parent: { id: 'quan-ba-dinh' } },
        ]),
      },
    });
    expect(result.data!.agency.administrativeUnit.predecessors).toHaveLength(14);
    expect(result.data!.agency.administrativeUnit.predecessors[0].id).toBe('quan-hoan-kiem-phuong-hang-bac');
    const unit = await query(`{
      administrativeUnit(id: "quan-ba-dinh") { successors { id } children { id successors { id } } }
      formerWard: administrativeUnit(id: "quan-hoan-kiem-phuong-cua-nam") { successors { id } }
      missing: agency(id: "nope") { id }
    }`);
    // A district's territory passed on through its wards: it lists none itself.
    expect(unit.data!.administrativeUnit.successors).toEqual([]);
    // Its 13 wards of 2025 (Nguyễn Trung Trực had merged into another before), each passed on to the wards formed from it.
    expect(unit.data!.administrativeUnit.children).toHaveLength(13);
    expect(unit.data!.administrativeUnit.children.find((child: { id: string }) => child.id === 'quan-ba-dinh-phuong-phuc-xa').successors).toEqual([{ id: 'phuong-hong-ha' }]);
    expect(ids({ edges: unit.data!.formerWard.successors.map((node: { id: string }) => ({ node })) })).toEqual([
      'phuong-ba-dinh',
      'phuong-cua-nam',
      'phuong-hoan-kiem',
      'phuong-van-mieu-quoc-tu-giam',
    ]);
    expect(unit.data!.missing).toBeNull();
  });

  it('filters agencies by kind, level, parent and the day they existed', async () => {
    const result = await query(`{
      departments: agencies(filter: {kind: DEPARTMENT, parentId: "committee"}, first: 100) { totalCount edges { node { id } } }
      districts2024: agencies(filter: {level: DISTRICT, validOn: "2024-05-01"}) { totalCount }
      districts2026: agencies(filter: {kind: DISTRICT_COMMITTEE, validOn: "2026-01-15"}) { totalCount }
      communes2026: agencies(filter: {kind: COMMUNE_COMMITTEE, validOn: "2026-01-15"}) { totalCount }
      communes2024: agencies(filter: {level: COMMUNE, validOn: "2024-05-01"}) { totalCount }
      cityBodies: agencies(filter: {kind: CITY_BODY}) { edges { node { id } } }
      committee: agency(id: "committee") { children { id } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.departments.totalCount).toBe(11);
    expect(ids(data.departments)).toContain('so-xay-dung');
    expect(data.districts2024.totalCount).toBe(30);
    expect(data.districts2026.totalCount).toBe(0);
    expect(data.communes2026.totalCount).toBe(126);
    expect(data.communes2024.totalCount).toBe(526);
    expect(ids(data.cityBodies).sort()).toEqual(['committee', 'council', 'delegation', 'front']);
    // Departments, district committees and the new commune-level ones; the former answered to their districts'.
    expect(data.committee.children).toHaveLength(11 + 30 + 126);
  });

  it('finds names without diacritics: "hoan kiem" finds Hoàn Kiếm, "dong da" finds Đống Đa', async () => {
    const result = await query(`{
      agencies(filter: {search: "hoan kiem"}) { totalCount }
      wardCommittee: agencies(filter: {search: "hoan kiem", kind: COMMUNE_COMMITTEE, validOn: "2026-01-01"}) { edges { node { id name } } }
      districtCommittee: agencies(filter: {search: "hoan kiem", kind: DISTRICT_COMMITTEE}) { edges { node { id name } } }
      wardBodies: agencies(filter: {search: "hoan kiem", level: COMMUNE, validOn: "2026-01-01"}) { edges { node { id kind parent { id } administrativeUnit { id } } } }
      units: administrativeUnits(filter: {search: "HOAN   kiem"}) { edges { node { id } } }
      accented: administrativeUnits(filter: {search: "Hoàn Kiếm"}) { totalCount }
      dongDa: administrativeUnits(filter: {search: "dong da"}) { edges { node { id name } } }
      ward: administrativeUnits(filter: {search: "phuong hoan kiem"}) { edges { node { id } } }
      validWard: administrativeUnits(filter: {search: "hoan kiem", validOn: "2026-01-01"}) { edges { node { id } } }
      regexSafe: administrativeUnits(filter: {search: "(.*"}) { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    // The two Hoàn Kiếm committees, the 18 of the district's former wards ("UBND phường Hàng Bạc (quận Hoàn Kiếm)"), and
    // the ward's council and front.
    expect(data.agencies.totalCount).toBe(22);
    // Today's ward runs the regulation with its three bodies.
    expect(data.wardBodies.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { id: 'hdnd-phuong-hoan-kiem', kind: 'COMMUNE_COUNCIL', parent: { id: 'council' }, administrativeUnit: { id: 'phuong-hoan-kiem' } },
      { id: 'mttq-phuong-hoan-kiem', kind: 'COMMUNE_FRONT', parent: { id: 'front' }, administrativeUnit: { id: 'phuong-hoan-kiem' } },
      { id: 'ubnd-phuong-hoan-kiem', kind: 'COMMUNE_COMMITTEE', parent: { id: 'committee' }, administrativeUnit: { id: 'phuong-hoan-kiem' } },
    ]);
    expect(ids(data.wardCommittee)).toEqual(['ubnd-phuong-hoan-kiem']);
    expect(ids(data.districtCommittee)).toEqual(['ubnd-quan-hoan-kiem']);
    expect(ids(data.units)).toEqual(['phuong-hoan-kiem', 'quan-hoan-kiem']);
    expect(data.accented.totalCount).toBe(2);
    expect(data.dongDa.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Xã Đại Đồng', 'Phường Đống Đa', 'Quận Đống Đa']);
    expect(ids(data.ward)).toEqual(['phuong-hoan-kiem']);
    expect(ids(data.validWard)).toEqual(['phuong-hoan-kiem']);
    expect(data.regexSafe.totalCount).toBe(0);
  });

  it('filters units by kind, level and validity across the reform', async () => {
    const result = await query(`{
      before: administrativeUnits(filter: {level: DISTRICT, validOn: "2025-06-30"}) { totalCount }
      after: administrativeUnits(filter: {level: DISTRICT, validOn: "2025-07-01"}) { totalCount }
      communesAfter: administrativeUnits(filter: {level: COMMUNE, validOn: "2025-07-01"}) { totalCount }
      wards: administrativeUnits(filter: {kind: WARD}) { totalCount }
      townships: administrativeUnits(filter: {kind: TOWNSHIP, validOn: "2025-06-30"}) { totalCount }
      communesBefore: administrativeUnits(filter: {level: COMMUNE, validOn: "2025-06-30"}) { totalCount }
      hoanKiem2024: administrativeUnits(filter: {parentId: "quan-hoan-kiem"}) { totalCount }
      towns: administrativeUnits(filter: {kind: TOWN}) { edges { node { id name } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      before: { totalCount: 30 },
      after: { totalCount: 0 },
      communesAfter: { totalCount: 126 },
      wards: { totalCount: 51 + 160 },
      townships: { totalCount: 21 },
      communesBefore: { totalCount: 526 },
      hoanKiem2024: { totalCount: 18 },
      towns: { edges: [{ node: { id: 'thi-xa-son-tay', name: 'Thị xã Sơn Tây' } }] },
    });
  });

  it('gives the unit valid on a date across the 1 July 2025 reform', async () => {
    const result = await query(`{
      wardIn2024: administrativeUnitOn(id: "phuong-hoan-kiem", date: "2024-03-15") { id name }
      districtIn2026: administrativeUnitOn(id: "quan-hoan-kiem", date: "2026-02-01") { id name }
      lastDistrictDay: administrativeUnitOn(id: "phuong-hoan-kiem", date: "2025-06-30") { id }
      wardIn2026: administrativeUnitOn(id: "phuong-hoan-kiem", date: "2026-02-01") { id }
      splitDistrict: administrativeUnitOn(id: "quan-ba-dinh", date: "2026-02-01") { id }
      mergedWard: administrativeUnitOn(id: "phuong-giang-vo", date: "2024-12-31") { id }
      town: administrativeUnitOn(id: "thi-xa-son-tay", date: "2025-07-01") { id name }
      ruralDistrict: administrativeUnitOn(id: "huyen-me-linh", date: "2026-02-01") { id }
      formerWard: administrativeUnitOn(id: "quan-hoan-kiem-phuong-cua-nam", date: "2026-02-01") { id }
      unknown: administrativeUnitOn(id: "nowhere", date: "2026-02-01") { id }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      // Before it began: the first unit it was formed from (none kept its name).
      wardIn2024: { id: 'quan-hoan-kiem-phuong-hang-bac', name: 'Phường Hàng Bạc' },
      districtIn2026: { id: 'phuong-hoan-kiem', name: 'Phường Hoàn Kiếm' },
      lastDistrictDay: { id: 'quan-hoan-kiem-phuong-hang-bac' },
      wardIn2026: { id: 'phuong-hoan-kiem' },
      splitDistrict: { id: 'phuong-ba-dinh' },
      mergedWard: { id: 'quan-ba-dinh-phuong-giang-vo' },
      town: { id: 'phuong-son-tay', name: 'Phường Sơn Tây' },
      ruralDistrict: { id: 'xa-me-linh' },
      formerWard: { id: 'phuong-cua-nam' },
      unknown: null,
    });
  });

  it('pages with keyset cursors and refuses pages over 100', async () => {
    const first = await query(`{ administrativeUnits(first: 20) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const page1 = first.data!.administrativeUnits;
    // 30 districts, 526 former wards, communes and townships, 126 units from 1 July 2025.
    expect(page1.totalCount).toBe(682);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await query(`query($after: String) { administrativeUnits(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`, {
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.data!.administrativeUnits;
    expect(page2.pageInfo.hasNextPage).toBe(true);
    const all = [...ids(page1), ...ids(page2)];
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    expect([...all].sort()).toEqual(all);

    const capped = await query(`{ agencies(first: 101) { totalCount } }`);
    expect(capped.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a unit whose validFrom is after its validTo, and writes nothing', async () => {
    const result = await callSubgraph(committee.url, createUnit, {
      input: { id: 'phuong-thu-nghiem', name: 'Phường Thử Nghiệm', kind: 'WARD', validFrom: '2026-01-02', validTo: '2026-01-01' },
    });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validTo' });
    const read = await query(`{ administrativeUnit(id: "phuong-thu-nghiem") { id } }`);
    expect(read.data!.administrativeUnit).toBeNull();
  });

  it('checks unit links: unknown or still-valid predecessors, a ward as parent', async () => {
    const base = { id: 'phuong-thu-nghiem', name: 'Phường Thử Nghiệm', kind: 'WARD', validFrom: '2025-07-01' };
    const unknown = await callSubgraph(committee.url, createUnit, { input: { ...base, predecessorIds: ['quan-hoan-kiem', 'quan-khong-co'] } });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.predecessorIds.1' });
    const stillValid = await callSubgraph(committee.url, createUnit, { input: { ...base, predecessorIds: ['phuong-hoan-kiem'] } });
    expect(stillValid.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.predecessorIds.0' });
    const parent = await callSubgraph(committee.url, createUnit, { input: { ...base, parentId: 'phuong-cua-nam' } });
    expect(parent.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    const read = await query(`{ administrativeUnit(id: "phuong-thu-nghiem") { id } }`);
    expect(read.data!.administrativeUnit).toBeNull();
  });

  it('refuses an agency with an unknown parent (NOT_FOUND, nothing written) or a unit of another level', async () => {
    const input = { id: 'so-thu-nghiem', name: 'Sở Thử Nghiệm', shortName: 'Sở Thử Nghiệm', kind: 'DEPARTMENT', level: 'CITY', parentId: 'khong-co' };
    const result = await callSubgraph(committee.url, createAgency, { input });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.parentId' });
    const read = await query(`{ agency(id: "so-thu-nghiem") { id } }`);
    expect(read.data!.agency).toBeNull();

    const wrongLevel = await callSubgraph(committee.url, createAgency, {
      input: { id: 'ubnd-x', name: 'Ủy ban nhân dân phường X', shortName: 'UBND phường X', kind: 'COMMUNE_COMMITTEE', level: 'COMMUNE', parentId: 'committee', administrativeUnitId: 'quan-hoan-kiem' },
    });
    expect(wrongLevel.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.administrativeUnitId' });
    const kindLevel = await callSubgraph(committee.url, createAgency, { input: { ...input, parentId: 'committee', kind: 'CITY_BODY', level: 'COMMUNE' } });
    expect(kindLevel.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
  });

  it('answers a taken id with CONFLICT and keeps the original', async () => {
    const agency = await callSubgraph(committee.url, createAgency, {
      input: { id: 'so-y-te', name: 'Sở Y tế (bản sao)', shortName: 'Sở Y tế', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
    });
    expect(agency.errors![0]!.extensions!.code).toBe('CONFLICT');
    const unit = await callSubgraph(committee.url, createUnit, { input: { id: 'quan-hoan-kiem', name: 'Quận Hoàn Kiếm', kind: 'URBAN_DISTRICT' } });
    expect(unit.errors![0]!.extensions!.code).toBe('CONFLICT');
    const read = await query(`{ agency(id: "so-y-te") { name } administrativeUnit(id: "quan-hoan-kiem") { validTo } }`);
    expect(read.data).toEqual({ agency: { name: 'Sở Y tế thành phố Hà Nội' }, administrativeUnit: { validTo: '2025-06-30' } });
  });

  it('lets only administrators change the directory', async () => {
    const input = { id: 'so-moi', name: 'Sở Mới', shortName: 'Sở Mới', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' };
    for (const caller of [callers.committeeClerk, callers.frontClerk]) {
      const result = await callSubgraph(committee.url, createAgency, { input }, caller);
      expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const unit = await callSubgraph(committee.url, createUnit, { input: { id: 'xa-moi', name: 'Xã Mới', kind: 'COMMUNE' } }, callers.committeeClerk);
    expect(unit.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const read = await query(`{ agency(id: "so-moi") { id } administrativeUnit(id: "xa-moi") { id } }`);
    expect(read.data).toEqual({ agency: null, administrativeUnit: null });
  });

  it('resolves _entities references from memory, without a database command (repositories/directory-cache.ts)', async () => {
    await committee.app.runtime.outbox.drain();
    const representations = [
      { __typename: 'Agency', id: 'committee' },
      { __typename: 'AdministrativeUnit', id: 'quan-hoan-kiem' },
      { __typename: 'Agency', id: 'front' },
      { __typename: 'Agency', id: 'so-xay-dung' },
      { __typename: 'AdministrativeUnit', id: 'phuong-hoan-kiem' },
      { __typename: 'AdministrativeUnit', id: 'xa-soc-son' },
      { __typename: 'Agency', id: 'ubnd-xa-soc-son' },
    ];
    const entities = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Agency { id shortName } ... on AdministrativeUnit { id name } }
    }`;
    const database = committee.app.runtime.database;
    const before = await committee.settledCommandCount();
    const result = await query(entities, { representations });
    const used = database.commandCount() - before;
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((entity: { id: string }) => entity.id)).toEqual(representations.map((r) => r.id));
    expect(result.data!._entities[0].shortName).toBe('UBND thành phố');
    expect(used).toBe(0);

    // Nested references in a list cost nothing either: only the page is read from the database.
    const listBefore = database.commandCount();
    const list = await query(`{ agencies(first: 60) { edges { node { parent { id } administrativeUnit { id } } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data!.agencies.edges).toHaveLength(60);
    expect(database.commandCount() - listBefore).toBe(1);
  });
});
