import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { createAgency, createUnit, startAssigningCommittee } from './support';

/** Units and agencies end and are renamed on a day, keeping what records of earlier days need. */
describe('committee subgraph: ending and renaming units and agencies', () => {
  let setup: Awaited<ReturnType<typeof startAssigningCommittee>>;
  const admin = (text: string, variables: Record<string, unknown> = {}) => callSubgraph(setup.committee.url, text, variables, callers.admin);
  const unitFields = `id validFrom validTo name names { name validFrom validTo } predecessors { id } successors { id }`;
  const endUnit = `mutation($id: ID!, $validTo: Date!, $successorIds: [ID!]) { endAdministrativeUnit(id: $id, validTo: $validTo, successorIds: $successorIds) { ${unitFields} } }`;
  const renameUnit = `mutation($id: ID!, $name: String!, $from: Date!) { renameAdministrativeUnit(id: $id, name: $name, from: $from) { ${unitFields} } }`;

  beforeAll(async () => {
    setup = await startAssigningCommittee();
    const units = [
      { id: 'xa-thu-nghiem-bac', name: 'Xã Thử Nghiệm Bắc', kind: 'COMMUNE', validFrom: '2025-07-01' },
      { id: 'xa-thu-nghiem-nam', name: 'Xã Thử Nghiệm Nam', kind: 'COMMUNE', validFrom: '2025-07-01' },
      { id: 'phuong-thu-nghiem-moi', name: 'Phường Thử Nghiệm Mới', kind: 'WARD', validFrom: '2027-01-01' },
      { id: 'xa-som', name: 'Xã Sớm', kind: 'COMMUNE', validFrom: '2026-06-01' },
    ];
    for (const input of units) expect((await admin(createUnit, { input })).errors).toBeUndefined();
  }, 120_000);
  afterAll(() => setup.stop(), 60_000);

  it('ends a unit on its last day and links it to the units formed from it, with its event', async () => {
    const result = await admin(endUnit, { id: 'xa-thu-nghiem-bac', validTo: '2026-12-31', successorIds: ['phuong-thu-nghiem-moi'] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.endAdministrativeUnit).toMatchObject({ validTo: '2026-12-31', successors: [{ id: 'phuong-thu-nghiem-moi' }] });
    const read = await admin(`{
      successor: administrativeUnit(id: "phuong-thu-nghiem-moi") { predecessors { id } }
      before: administrativeUnitOn(id: "phuong-thu-nghiem-moi", date: "2026-06-01") { id }
      after: administrativeUnitOn(id: "xa-thu-nghiem-bac", date: "2027-02-01") { id }
      valid: administrativeUnits(filter: { validOn: "2027-01-01", search: "thu nghiem" }) { edges { node { id } } }
    }`);
    expect(read.data).toEqual({
      successor: { predecessors: [{ id: 'xa-thu-nghiem-bac' }] },
      before: { id: 'xa-thu-nghiem-bac' },
      after: { id: 'phuong-thu-nghiem-moi' },
      valid: { edges: [{ node: { id: 'phuong-thu-nghiem-moi' } }, { node: { id: 'xa-thu-nghiem-nam' } }] },
    });
    const event = await eventually(async () => setup.published.find((e) => e.type === 'vn.hanoi.committee.administrativeUnit.ended.v1'));
    expect(event).toMatchObject({ subject: 'xa-thu-nghiem-bac', data: { administrativeUnitId: 'xa-thu-nghiem-bac', validTo: '2026-12-31', successorIds: ['phuong-thu-nghiem-moi'] } });
  });

  it('refuses to end a unit twice (CONFLICT), before it began, or into a successor that began earlier — writing nothing', async () => {
    const twice = await admin(endUnit, { id: 'xa-thu-nghiem-bac', validTo: '2027-03-01' });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const early = await admin(endUnit, { id: 'xa-thu-nghiem-nam', validTo: '2025-01-01' });
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
    const overlapping = await admin(endUnit, { id: 'xa-thu-nghiem-nam', validTo: '2026-12-31', successorIds: ['xa-som'] });
    expect(overlapping.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'successorIds.0' });
    const unknown = await admin(endUnit, { id: 'xa-thu-nghiem-nam', validTo: '2026-12-31', successorIds: ['xa-khong-co'] });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'successorIds.0' });
    const read = await admin(`{ administrativeUnit(id: "xa-thu-nghiem-nam") { validTo successors { id } } som: administrativeUnit(id: "xa-som") { predecessors { id } } }`);
    expect(read.data).toEqual({ administrativeUnit: { validTo: null, successors: [] }, som: { predecessors: [] } });
  });

  it('renames a unit from a day, keeping the earlier name for earlier days, with its event', async () => {
    const result = await admin(renameUnit, { id: 'phuong-thu-nghiem-moi', name: 'Phường Tên Mới', from: '2027-06-01' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.renameAdministrativeUnit).toMatchObject({
      name: 'Phường Tên Mới',
      names: [
        { name: 'Phường Thử Nghiệm Mới', validFrom: '2027-01-01', validTo: '2027-05-31' },
        { name: 'Phường Tên Mới', validFrom: '2027-06-01', validTo: null },
      ],
    });
    const read = await admin(`{ administrativeUnit(id: "phuong-thu-nghiem-moi") { early: nameOn(date: "2027-03-01") late: nameOn(date: "2028-01-01") } }`);
    expect(read.data!.administrativeUnit).toEqual({ early: 'Phường Thử Nghiệm Mới', late: 'Phường Tên Mới' });
    const event = await eventually(async () => setup.published.find((e) => e.type === 'vn.hanoi.committee.administrativeUnit.renamed.v1'));
    expect(event!.data).toEqual({ administrativeUnitId: 'phuong-thu-nghiem-moi', name: 'Phường Tên Mới', previousName: 'Phường Thử Nghiệm Mới', from: '2027-06-01' });

    const notAfter = await admin(renameUnit, { id: 'phuong-thu-nghiem-moi', name: 'Phường Khác', from: '2027-05-01' });
    expect(notAfter.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const afterEnd = await admin(renameUnit, { id: 'xa-thu-nghiem-bac', name: 'Xã Khác', from: '2027-02-01' });
    expect(afterEnd.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const same = await admin(renameUnit, { id: 'phuong-thu-nghiem-moi', name: 'Phường Tên Mới', from: '2028-01-01' });
    expect(same.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('ends and renames agencies with their events; only administrators change the directory', async () => {
    const input = { id: 'so-thu-nghiem', name: 'Sở Thử Nghiệm thành phố Hà Nội', shortName: 'Sở Thử Nghiệm', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee', validFrom: '2025-01-01' };
    expect((await admin(createAgency, { input })).errors).toBeUndefined();
    const renamed = await admin(`mutation { renameAgency(id: "so-thu-nghiem", name: "Sở Thử Nghiệm Mới thành phố Hà Nội", shortName: "Sở Thử Nghiệm Mới", from: "2026-03-01") { shortName names { name shortName validFrom validTo } } }`);
    expect(renamed.data!.renameAgency).toEqual({
      shortName: 'Sở Thử Nghiệm Mới',
      names: [
        { name: 'Sở Thử Nghiệm thành phố Hà Nội', shortName: 'Sở Thử Nghiệm', validFrom: '2025-01-01', validTo: '2026-02-28' },
        { name: 'Sở Thử Nghiệm Mới thành phố Hà Nội', shortName: 'Sở Thử Nghiệm Mới', validFrom: '2026-03-01', validTo: null },
      ],
    });
    const ended = await admin(`mutation { endAgency(id: "so-thu-nghiem", validTo: "2026-12-31") { validTo } }`);
    expect(ended.data!.endAgency).toEqual({ validTo: '2026-12-31' });
    const again = await admin(`mutation { endAgency(id: "so-thu-nghiem", validTo: "2027-01-31") { validTo } }`);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    const listed = await admin(`{ now: agencies(filter: { validOn: "2027-01-15", search: "thu nghiem" }) { totalCount } then: agencies(filter: { validOn: "2026-06-01", search: "thu nghiem" }) { totalCount } }`);
    expect(listed.data).toEqual({ now: { totalCount: 0 }, then: { totalCount: 1 } });
    await eventually(async () => ['agency.renamed', 'agency.ended'].every((verb) => setup.published.some((e) => e.type === `vn.hanoi.committee.${verb}.v1` && e.subject === 'so-thu-nghiem')));

    for (const mutation of [
      `mutation { endAgency(id: "committee", validTo: "2030-01-01") { id } }`,
      `mutation { renameAdministrativeUnit(id: "xa-som", name: "Xã Muộn", from: "2027-01-01") { id } }`,
      `mutation { importHanoiDirectory { unitsCreated } }`,
    ]) {
      const refused = await callSubgraph(setup.committee.url, mutation, {}, callers.committeeClerk);
      expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const unchanged = await admin(`{ agency(id: "committee") { validTo } administrativeUnit(id: "xa-som") { name } }`);
    expect(unchanged.data).toEqual({ agency: { validTo: null }, administrativeUnit: { name: 'Xã Sớm' } });
  });
});
