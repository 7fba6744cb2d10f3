import { entitiesCost, startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Front } from './support';

/**
 * 100 council sessions with three meetings each (held on 1, 2 and 3 March 2026, the third only planned), attended by
 * one NA deputy and one council deputy of the same number.
 */
const numbers = Array.from({ length: 100 }, (_, n) => String(n).padStart(3, '0'));
const parents = { CouncilSession: numbers.map((n) => `session-${n}`), NationalAssemblyDeputy: numbers.map((n) => `na-${n}`), CouncilDeputy: numbers.map((n) => `cd-${n}`) };

describe('front subgraph: voter meetings of sessions and deputies paged, one query per request whatever the number of parents', () => {
  let front: Front;

  beforeAll(async () => {
    // No periodic outbox sweep (a find per collection every 30 s) inside the requests measured.
    front = await startTestSubgraph('front', loadConfig, createApp, { OUTBOX_SWEEP_INTERVAL_MS: '0' });
    await front.app.runtime.database.connection.collection('voter_meetings').insertMany(
      numbers.flatMap((n) =>
        [1, 2, 3].map((day) => ({
          _id: `meeting-${n}-${day}`,
          councilSessionId: `session-${n}`,
          nationalAssemblyDeputyIds: [`na-${n}`],
          councilDeputyIds: [`cd-${n}`],
          heldOn: new Date(Date.UTC(2026, 2, day)),
          status: day === 3 ? 'PLANNED' : 'HELD',
          recommendations: [],
        })),
      ) as never[],
    );
  });
  afterAll(() => front.stop());

  async function meetingsOf(typename: keyof typeof parents, ids: string[], args: string) {
    const { errors, entities, commands } = await entitiesCost(front, typename, ids, `voterMeetings${args} { id }`);
    return { errors, pages: entities.map((entity) => entity?.voterMeetings?.map((row: { id: string }) => row.id) ?? null), commands };
  }

  it('costs the same database commands for 10 parents as for 100, each cut to `first` (deputies: held meetings, most recent first)', async () => {
    const expected = { CouncilSession: ['meeting-042-1', 'meeting-042-2'], NationalAssemblyDeputy: ['meeting-042-2', 'meeting-042-1'], CouncilDeputy: ['meeting-042-2', 'meeting-042-1'] };
    for (const typename of Object.keys(parents) as (keyof typeof parents)[]) {
      const ten = await meetingsOf(typename, parents[typename].slice(0, 10), '(first: 2)');
      const hundred = await meetingsOf(typename, parents[typename], '(first: 2)');
      expect(ten.errors).toBeUndefined();
      expect([typename, ten.commands, hundred.commands]).toEqual([typename, 1, 1]);
      expect(hundred.pages[42]).toEqual(expected[typename]);
      expect(hundred.pages.every((page) => page?.length === 2)).toBe(true);
    }
  });

  it('pages after the id of the last meeting seen; refuses a page over 100 and an unknown `after`', async () => {
    expect((await meetingsOf('CouncilSession', ['session-001'], '(after: "meeting-001-1")')).pages).toEqual([['meeting-001-2', 'meeting-001-3']]);
    expect((await meetingsOf('NationalAssemblyDeputy', ['na-001'], '(after: "meeting-001-2")')).pages).toEqual([['meeting-001-1']]);
    const tooBig = await meetingsOf('CouncilSession', ['session-001'], '(first: 101)');
    expect(tooBig.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100 });
    const unknown = await meetingsOf('CouncilDeputy', ['cd-001'], '(after: "no-such-meeting")');
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
