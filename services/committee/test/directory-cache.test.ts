import { callSubgraph, callers, startTestSubgraph } from '@hanoi/platform/testing';
import mongoose from 'mongoose';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createAgency, createUnit } from './support';

const refreshMs = 1_000;
const unit = { id: 'phuong-cache', name: 'Phường Bộ Nhớ', kind: 'WARD', validFrom: '2025-07-01' };
const agencies = [
  { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội', shortName: 'UBND thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'so-bo-nho', name: 'Sở Bộ Nhớ thành phố Hà Nội', shortName: 'Sở Bộ Nhớ', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
];

describe('committee subgraph: the directory served from memory', () => {
  let committee: Awaited<ReturnType<typeof startTestSubgraph>>;
  /** Another replica's view of the same database: writes the committee process does not see happen. */
  let otherReplica: mongoose.Connection;
  beforeAll(async () => {
    committee = await startTestSubgraph('committee', loadConfig, createApp, { COMMITTEE_DIRECTORY_REFRESH_MS: String(refreshMs) });
    for (const [mutation, input] of [[createUnit, unit], ...agencies.map((agency) => [createAgency, agency])] as const) {
      const result = await callSubgraph(committee.url, mutation, { input }, callers.admin);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    otherReplica = await mongoose.createConnection(committee.config.MONGO_URL, { dbName: committee.config.MONGO_DB }).asPromise();
  });
  afterAll(async () => {
    await otherReplica.close();
    await committee.stop();
  });

  /** A query as an analyst, and the database commands it cost. */
  async function costOf(query: string, variables: Record<string, unknown> = {}) {
    const before = await committee.settledCommandCount();
    const result = await callSubgraph(committee.url, query, variables, callers.analyst);
    expect(result.errors).toBeUndefined();
    return { data: result.data!, commands: committee.app.runtime.database.commandCount() - before };
  }

  it('answers agency(id) and entity references of agencies and units without a database command', async () => {
    const lookup = await costOf(`{ agency(id: "so-bo-nho") { id shortName parent { id shortName } } }`);
    expect(lookup).toEqual({ data: { agency: { id: 'so-bo-nho', shortName: 'Sở Bộ Nhớ', parent: { id: 'committee', shortName: 'UBND thành phố' } } }, commands: 0 });
    const entities = await costOf(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agency { id shortName } ... on AdministrativeUnit { id name } } }`,
      { representations: [{ __typename: 'Agency', id: 'committee' }, { __typename: 'AdministrativeUnit', id: unit.id }, { __typename: 'Agency', id: 'so-bo-nho' }] },
    );
    expect(entities).toEqual({
      data: { _entities: [{ id: 'committee', shortName: 'UBND thành phố' }, { id: unit.id, name: unit.name }, { id: 'so-bo-nho', shortName: 'Sở Bộ Nhớ' }] },
      commands: 0,
    });
  });

  it("shows this process's own writes at once: a rename is served by the next read", async () => {
    const renamed = await callSubgraph(
      committee.url,
      `mutation { renameAgency(id: "so-bo-nho", name: "Sở Bộ Nhớ Đệm thành phố Hà Nội", shortName: "Sở Bộ Nhớ Đệm", from: "2026-01-01") { id } }`,
      {},
      callers.admin,
    );
    expect(renamed.errors).toBeUndefined();
    expect((await costOf(`{ agency(id: "so-bo-nho") { shortName } }`)).data).toEqual({ agency: { shortName: 'Sở Bộ Nhớ Đệm' } });
  });

  it("finds an id another replica created at once (a miss reads the database) and another replica's change within the refresh interval", async () => {
    const collection = otherReplica.collection<{ _id: string }>('agencies');
    await collection.insertOne({
      _id: 'so-ben-canh',
      name: 'Sở Bên Cạnh thành phố Hà Nội',
      shortName: 'Sở Bên Cạnh',
      kind: 'DEPARTMENT',
      level: 'CITY',
      parentId: 'committee',
      administrativeUnitId: null,
      validFrom: null,
      validTo: null,
      searchText: 'so ben canh thanh pho ha noi so ben canh',
      createdBy: 'another-replica',
      createdAt: new Date(),
    });
    expect((await costOf(`{ agency(id: "so-ben-canh") { shortName } }`)).data).toEqual({ agency: { shortName: 'Sở Bên Cạnh' } });

    await collection.updateOne({ _id: 'committee' }, { $set: { shortName: 'UBND TP' } });
    await new Promise((resolve) => setTimeout(resolve, refreshMs * 2.5));
    const read = await costOf(`{ agency(id: "committee") { shortName } }`);
    expect(read).toEqual({ data: { agency: { shortName: 'UBND TP' } }, commands: 0 });
  });
});
