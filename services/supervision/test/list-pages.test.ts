import { entitiesCost } from '@hanoi/platform/testing';
import { startSupervision, type Supervision } from './support';

/** 100 agencies and 100 council sessions: three recommendations to each agency, three preparation tasks for each session. */
const agencyIds = Array.from({ length: 100 }, (_, n) => `so-thu-${String(n).padStart(3, '0')}`);
const sessionIds = agencyIds.map((id) => `session-of-${id}`);
const march = (day: number) => new Date(Date.UTC(2020, 2, day));

describe('supervision subgraph: agencies\' and sessions\' lists paged, one query per request whatever the number of parents', () => {
  let sv: Supervision;

  beforeAll(async () => {
    // No periodic outbox sweep (a find per collection every 30 s) inside the requests measured.
    sv = await startSupervision({ OUTBOX_SWEEP_INTERVAL_MS: '0' });
    const db = sv.app.runtime.database.connection;
    // The third recommendation of each agency is implemented (resolved); the others are still open, overdue since 2020.
    await db.collection('supervision_recommendations').insertMany(
      agencyIds.flatMap((addressedToAgencyId) =>
        [1, 2, 3].map((day) => ({
          _id: `${addressedToAgencyId}-${day}`,
          addressedToAgencyId,
          dueOn: march(day),
          status: day === 3 ? 'IMPLEMENTED' : 'ISSUED',
          closed: false,
        })),
      ) as never[],
    );
    await db.collection('coordination_tasks').insertMany(
      sessionIds.flatMap((councilSessionId) => [1, 2, 3].map((day) => ({ _id: `${councilSessionId}-${day}`, councilSessionId, dueOn: march(day), status: 'OPEN' }))) as never[],
    );
  });
  afterAll(() => sv.stop());

  async function pagesOf(typename: string, ids: string[], field: string, args: string) {
    const { errors, entities, commands } = await entitiesCost(sv, typename, ids, `${field}${args} { id }`);
    return { errors, pages: entities.map((entity) => entity?.[field]?.map((row: { id: string }) => row.id) ?? null), commands };
  }

  it('costs the same database commands for 10 parents as for 100, each cut to `first`', async () => {
    for (const [typename, ids, field] of [['Agency', agencyIds, 'supervisionRecommendations'], ['CouncilSession', sessionIds, 'preparationTasks']] as const) {
      const ten = await pagesOf(typename, ids.slice(0, 10), field, '(first: 2)');
      const hundred = await pagesOf(typename, [...ids], field, '(first: 2)');
      expect(ten.errors).toBeUndefined();
      expect([field, ten.commands, hundred.commands]).toEqual([field, 1, 1]);
      expect(hundred.pages[42]).toEqual([`${ids[42]}-1`, `${ids[42]}-2`]);
      expect(hundred.pages.every((page) => page?.length === 2)).toBe(true);
    }
    const unresolved = await pagesOf('Agency', agencyIds, 'supervisionRecommendations', '(unresolvedOnly: true, first: 3)');
    expect(unresolved.commands).toBe(1);
    expect(unresolved.pages[9]).toEqual(['so-thu-009-1', 'so-thu-009-2']);
  });

  it("answers every agency's monthly index history with the same database commands for 10 agencies as for 100", async () => {
    const history = (ids: string[]) => entitiesCost(sv, 'Agency', ids, 'coordinationIndexHistory(from: "2026-01", to: "2026-03") { period value }');
    const ten = await history(agencyIds.slice(0, 10));
    const hundred = await history(agencyIds);
    expect(ten.errors).toBeUndefined();
    // The active generation, the weights, the obligations of every agency asked.
    expect([ten.commands, hundred.commands]).toEqual([3, 3]);
    expect(hundred.entities[99]!.coordinationIndexHistory).toHaveLength(3);
  });

  it('pages after the id of the last item seen; refuses a page over 100 and an unknown `after`', async () => {
    expect((await pagesOf('CouncilSession', [sessionIds[1]!], 'preparationTasks', `(after: "${sessionIds[1]}-1")`)).pages).toEqual([
      [`${sessionIds[1]}-2`, `${sessionIds[1]}-3`],
    ]);
    const tooBig = await pagesOf('Agency', ['so-thu-001'], 'supervisionRecommendations', '(first: 101)');
    expect(tooBig.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100 });
    const unknown = await pagesOf('Agency', ['so-thu-001'], 'supervisionRecommendations', '(after: "no-such-recommendation")');
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
