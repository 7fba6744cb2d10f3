import { randomBytes } from 'node:crypto';
import { callSubgraph, callers, entitiesCost, eventually } from '@hanoi/platform/testing';
import { startPetitions, type Petitions } from './support';

/**
 * 100 agencies with three voter-recommendation cases each (received on 1, 2 and 3 March 2026; the third RESOLVED),
 * raised at one meeting per agency and due at one session per agency, the three of an agency from one petitioner.
 */
const numbers = Array.from({ length: 100 }, (_, n) => String(n).padStart(3, '0'));
const word = () => randomBytes(6).toString('hex');

describe('petitions subgraph: lists of many parents in a fixed number of queries', () => {
  let petitions: Petitions;

  beforeAll(async () => {
    // No periodic outbox sweep (a find per collection every 30 s) inside the requests measured.
    petitions = await startPetitions({ OUTBOX_SWEEP_INTERVAL_MS: '0' });
    const created = new Date();
    await petitions.db.collection('petitions').insertMany(
      numbers.flatMap((n) =>
        [1, 2, 3].map((k) => ({
          _id: `case-${n}-${k}`,
          kind: 'VOTER_RECOMMENDATION',
          channel: 'VOTER_MEETING',
          status: k === 3 ? 'RESOLVED' : 'RECEIVED',
          subject: `Kiến nghị ${n}-${k}`,
          category: 'ENVIRONMENT',
          receivedOn: new Date(Date.UTC(2026, 2, k)),
          agencyId: `so-thu-${n}`,
          administrativeUnitId: `phuong-${n}`,
          cooperatingAgencyIds: [],
          voterMeetingId: `meeting-${n}`,
          recommendationNumber: k,
          dueSessionId: `session-${n}`,
          petitionerKeys: [`petitioner-${n}`],
          mergedInto: null,
          petitionerCount: 1,
          cosignerCount: 0,
          dueRule: 'No statutory deadline at intake',
          dueSort: new Date(Date.UTC(2026, 5, k)),
          // Words no other case has: no two cases are similar in text, only in petitioner.
          searchText: `${word()} ${word()} ${word()}`,
          createdBy: 'test',
          createdAt: created,
        })),
      ) as never[],
    );
    // 100 reception schedules with three sessions each, held on 1, 2 and 3 March 2026.
    await petitions.db.collection('reception_schedules').insertMany(numbers.map((n) => ({ _id: `schedule-${n}`, kind: 'REGULAR', hostAgencyId: `so-thu-${n}` })) as never[]);
    await petitions.db.collection('citizen_receptions').insertMany(
      numbers.flatMap((n) => [1, 2, 3].map((k) => ({ _id: `reception-${n}-${k}`, receptionScheduleId: `schedule-${n}`, heldOn: new Date(Date.UTC(2026, 2, k)) }))) as never[],
    );
    // The outbox relay is still publishing the default routing table's events a moment after the start: wait until the
    // database is quiet (no command for half a second), so that only the requests measured count.
    let last = -1;
    await eventually(async () => {
      const now = petitions.app.runtime.database.commandCount();
      const quiet = now === last;
      last = now;
      return quiet;
    }, 20_000, 500);
  });
  afterAll(() => petitions.stop());

  const ten = (prefix: string) => numbers.slice(0, 10).map((n) => `${prefix}-${n}`);
  const hundred = (prefix: string) => numbers.map((n) => `${prefix}-${n}`);
  const ids = (rows: { id: string }[] | null | undefined) => rows?.map((row) => row.id) ?? null;

  it("Agency.cases with totals and open counts: the same commands for 10 agencies as for 100, each agency's own page", async () => {
    const selection = 'cases(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } openCaseCount';
    const few = await entitiesCost(petitions, 'Agency', ten('so-thu'), selection);
    const many = await entitiesCost(petitions, 'Agency', hundred('so-thu'), selection);
    expect(few.errors).toBeUndefined();
    // One find for the pages, one aggregation for the totals, one for the open counts.
    expect([few.commands, many.commands]).toEqual([3, 3]);
    expect(many.entities[42]).toEqual({
      cases: { totalCount: 3, pageInfo: { hasNextPage: true }, edges: [{ node: { id: 'case-042-3' } }, { node: { id: 'case-042-2' } }] },
      openCaseCount: 2,
    });
    // The next page of several agencies: the same position (the cursor's) in each.
    const cursor = (await entitiesCost(petitions, 'Agency', ['so-thu-001'], 'cases(first: 2) { pageInfo { endCursor } }')).entities[0]!.cases.pageInfo.endCursor;
    const next = await entitiesCost(petitions, 'Agency', ['so-thu-001', 'so-thu-002'], `cases(first: 2, after: "${cursor}") { edges { node { id } } pageInfo { hasNextPage } }`);
    expect(next.entities.map((agency) => agency.cases)).toEqual([
      { edges: [{ node: { id: 'case-001-1' } }], pageInfo: { hasNextPage: false } },
      { edges: [{ node: { id: 'case-002-1' } }], pageInfo: { hasNextPage: false } },
    ]);
  });

  it("a meeting's recommendation cases and a session's recommendations due: one query for 10 parents as for 100, paged", async () => {
    for (const [typename, prefix, field] of [['VoterMeeting', 'meeting', 'recommendationCases'], ['CouncilSession', 'session', 'voterRecommendationsDue']] as const) {
      const few = await entitiesCost(petitions, typename, ten(prefix), `${field}(first: 2) { id }`);
      const many = await entitiesCost(petitions, typename, hundred(prefix), `${field}(first: 2) { id }`);
      expect(few.errors).toBeUndefined();
      expect([field, few.commands, many.commands]).toEqual([field, 1, 1]);
      expect(ids(many.entities[42]![field])).toEqual(['case-042-1', 'case-042-2']);
      const rest = await entitiesCost(petitions, typename, [`${prefix}-007`], `${field}(after: "case-007-2") { id }`);
      expect(ids(rest.entities[0]![field])).toEqual(['case-007-3']);
    }
    // A schedule's sessions: the schedules themselves are one query more.
    const fewSchedules = await entitiesCost(petitions, 'ReceptionSchedule', ten('schedule'), 'receptions(first: 2) { id }');
    const manySchedules = await entitiesCost(petitions, 'ReceptionSchedule', hundred('schedule'), 'receptions(first: 2) { id }');
    expect([fewSchedules.commands, manySchedules.commands]).toEqual([2, 2]);
    expect(ids(manySchedules.entities[42]!.receptions)).toEqual(['reception-042-1', 'reception-042-2']);
    const tooBig = await entitiesCost(petitions, 'VoterMeeting', ['meeting-001'], 'recommendationCases(first: 101) { id }');
    expect(tooBig.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100 });
    const unknown = await entitiesCost(petitions, 'CouncilSession', ['session-001'], 'voterRecommendationsDue(after: "no-such-case") { id }');
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('duplicate candidates of a list page: the same commands for a page of 10 cases as for 100', async () => {
    const page = async (first: number) => {
      const before = await petitions.settledCommandCount();
      const result = await callSubgraph(
        petitions.url,
        `{ petitions(first: ${first}, orderBy: DUE_ASC) { edges { node { id duplicateCandidates { score reasons petition { id } } } } } }`,
        {},
        callers.admin,
      );
      expect(result.errors).toBeUndefined();
      return { nodes: result.data!.petitions.edges.map((edge: { node: unknown }) => edge.node), commands: petitions.app.runtime.database.commandCount() - before };
    };
    const few = await page(10);
    const many = await page(100);
    // The page, the petitioners' keys, the cases sharing one, the cases of the same places, the candidates themselves.
    expect([few.commands, many.commands]).toEqual([5, 5]);
    expect(many.nodes).toHaveLength(100);
    expect(many.nodes.find((node: { id: string }) => node.id === 'case-042-1')).toEqual({
      id: 'case-042-1',
      duplicateCandidates: [
        { score: 1, reasons: ['SAME_PETITIONER'], petition: { id: 'case-042-2' } },
        { score: 1, reasons: ['SAME_PETITIONER'], petition: { id: 'case-042-3' } },
      ],
    });
  });
});
