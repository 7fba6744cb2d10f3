import { entitiesCost } from '@hanoi/platform/testing';
import { startCouncil } from './support';

/** 100 agencies presenting three items each: the first submitted late, the second missing since 2020, the third due in 2099. */
const agencyIds = Array.from({ length: 100 }, (_, n) => `so-thu-${String(n).padStart(3, '0')}`);

describe('council subgraph: Agency.agendaItems paged, one query per request whatever the number of agencies', () => {
  let council: Awaited<ReturnType<typeof startCouncil>>;

  beforeAll(async () => {
    // No periodic outbox sweep (a find per collection every 30 s) inside the requests measured.
    council = await startCouncil({ OUTBOX_SWEEP_INTERVAL_MS: '0' });
    await council.app.runtime.database.connection.collection('agenda_items').insertMany(
      agencyIds.flatMap((presentingAgencyId) =>
        [1, 2, 3].map((day) => ({
          _id: `${presentingAgencyId}-${day}`,
          presentingAgencyId,
          councilSessionId: 'session-1',
          documentDueOn: new Date(Date.UTC(day === 3 ? 2099 : 2020, 2, day)),
          submittedOn: day === 1 ? new Date(Date.UTC(2020, 2, 9)) : null,
          createdAt: new Date(Date.UTC(2020, 0, 1)),
        })),
      ) as never[],
    );
  });
  afterAll(() => council.stop());

  async function itemsOf(ids: string[], args: string) {
    const { errors, entities, commands } = await entitiesCost(council, 'Agency', ids, `agendaItems${args} { id }`);
    return { errors, pages: entities.map((agency) => agency?.agendaItems?.map((row: { id: string }) => row.id) ?? null), commands };
  }

  it('costs the same database commands for 10 agencies as for 100, each agency cut to `first`', async () => {
    const ten = await itemsOf(agencyIds.slice(0, 10), '(first: 2)');
    const hundred = await itemsOf(agencyIds, '(first: 2)');
    expect(ten.errors).toBeUndefined();
    expect([ten.commands, hundred.commands]).toEqual([1, 1]);
    expect(hundred.pages[42]).toEqual(['so-thu-042-1', 'so-thu-042-2']);
    expect(hundred.pages.every((page) => page?.length === 2)).toBe(true);
  });

  it('keeps pages full with `lateOnly`, pages after the id of the last item seen, and refuses a page over 100 and an unknown `after`', async () => {
    const late = await itemsOf(agencyIds, '(lateOnly: true, first: 3)');
    expect(late.commands).toBe(1);
    expect(late.pages[5]).toEqual(['so-thu-005-1', 'so-thu-005-2']);
    expect((await itemsOf(['so-thu-001'], '(first: 5, after: "so-thu-001-2")')).pages).toEqual([['so-thu-001-3']]);
    const tooBig = await itemsOf(['so-thu-001'], '(first: 101)');
    expect(tooBig.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100 });
    expect(tooBig.pages).toEqual([null]);
    const unknown = await itemsOf(['so-thu-001'], '(after: "no-such-item")');
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
