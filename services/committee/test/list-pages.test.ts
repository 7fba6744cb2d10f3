import { entitiesCost, startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Committee } from './support';

/** 100 agencies with three assignments each, due on the 1st, 2nd and 3rd of March 2026 (the third ANSWERED, the others ASSIGNED). */
const agencyIds = Array.from({ length: 100 }, (_, n) => `so-thu-${String(n).padStart(3, '0')}`);

describe('committee subgraph: Agency.assignments paged, one query per request whatever the number of agencies', () => {
  let committee: Committee;

  beforeAll(async () => {
    // No periodic outbox sweep (a find per collection every 30 s) inside the requests measured.
    committee = await startTestSubgraph('committee', loadConfig, createApp, { OUTBOX_SWEEP_INTERVAL_MS: '0' });
    const db = committee.app.runtime.database.connection;
    const now = new Date();
    await db.collection('agencies').insertMany(
      agencyIds.map((id) => ({ _id: id, name: id, shortName: id, kind: 'DEPARTMENT', level: 'CITY', parentId: null, searchText: id, createdBy: 'test', createdAt: now })) as never[],
    );
    await db.collection('assignments').insertMany(
      agencyIds.flatMap((agencyId) =>
        [1, 2, 3].map((day) => ({
          _id: `${agencyId}-${day}`,
          agencyId,
          status: day === 3 ? 'ANSWERED' : 'ASSIGNED',
          dueOn: new Date(Date.UTC(2026, 2, day)),
          dueSortKey: new Date(Date.UTC(2026, 2, day)),
        })),
      ) as never[],
    );
    // The directory keeps agencies read from the database in memory: read them all once, so that only assignments count.
    await assignmentsOf(agencyIds, '');
  });
  afterAll(() => committee.stop());

  /** `Agency.assignments(args)` of these agencies (ids per agency) in one entity fetch, and its database commands. */
  async function assignmentsOf(ids: string[], args: string) {
    const { errors, entities, commands } = await entitiesCost(committee, 'Agency', ids, `assignments${args} { id }`);
    return { errors, pages: entities.map((agency) => agency?.assignments?.map((row: { id: string }) => row.id)), commands };
  }

  it('costs the same database commands for 10 agencies as for 100, each agency cut to `first`', async () => {
    const ten = await assignmentsOf(agencyIds.slice(0, 10), '(first: 2)');
    const hundred = await assignmentsOf(agencyIds, '(first: 2)');
    expect(ten.errors).toBeUndefined();
    expect([ten.commands, hundred.commands]).toEqual([1, 1]);
    expect(hundred.pages[42]).toEqual(['so-thu-042-1', 'so-thu-042-2']);
    expect(hundred.pages.every((page: string[]) => page.length === 2)).toBe(true);
    const answered = await assignmentsOf(agencyIds, '(status: ANSWERED)');
    expect(answered.commands).toBe(1);
    expect(answered.pages[7]).toEqual(['so-thu-007-3']);
  });

  it('pages one agency after the id of the last assignment seen; refuses a page over 100 and an unknown `after`', async () => {
    const next = await assignmentsOf(['so-thu-001'], '(first: 2, after: "so-thu-001-1")');
    expect(next.pages).toEqual([['so-thu-001-2', 'so-thu-001-3']]);
    const tooBig = await assignmentsOf(['so-thu-001'], '(first: 101)');
    expect(tooBig.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100 });
    const unknown = await assignmentsOf(['so-thu-001'], '(after: "no-such-assignment")');
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
