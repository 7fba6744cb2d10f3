import { frontEvents, peoplesJurorIdOf } from '@hanoi/contracts';
import type { CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { randomUUID } from 'node:crypto';
import { electionsGroupId } from '../src/events/consumers';
import { startCouncil } from './support';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** `candidate.elected` as the front publishes it (the candidate is the subject). */
const elected = (candidateId: string, election: 'PEOPLES_COUNCIL' | 'NATIONAL_ASSEMBLY', fullName: string) =>
  frontEvents.candidateElected.event(candidateId, {
    candidateId,
    fullName,
    election,
    term: '2026-2031',
    constituencyId: randomUUID(),
    constituencyNumber: 7,
    administrativeUnitIds: ['xa-soc-son'],
    votedOn: day('2026-03-15'),
  });

describe("council subgraph: deputies and jurors from the front's election events", () => {
  let council: Awaited<ReturnType<typeof startCouncil>>;
  beforeAll(async () => {
    council = await startCouncil();
  });
  afterAll(async () => {
    await council.stop();
  });

  const publish = (event: CloudEvent) => council.app.runtime.bus.publish(council.app.runtime.topic('front'), [event]);
  const processed = (event: CloudEvent) =>
    council.app.runtime.database.connection
      .collection('processed_events')
      .findOne({ _id: `${electionsGroupId(council.config.KAFKA_TOPIC_PREFIX)}:${event.id}` as never });
  const deputiesNamed = async (search: string) =>
    (await callSubgraph(council.url, `query($search: String) { councilDeputies(filter: { search: $search }) { edges { node { fullName term constituency administrativeUnit { id } candidate { id } } } } }`, { search }, callers.councilClerk)).data!
      .councilDeputies.edges.map((edge: { node: unknown }) => edge.node);

  it('records an elected council candidate as one deputy linked to the candidate, whatever the redeliveries', async () => {
    const candidateId = randomUUID();
    const event = elected(candidateId, 'PEOPLES_COUNCIL', 'Hoàng Thị Lan');
    await publish(event);
    await publish(event); // delivered twice
    const again = elected(candidateId, 'PEOPLES_COUNCIL', 'Hoàng Thị Lan');
    await publish(again); // and announced twice (another event id)
    const nationalAssembly = elected(randomUUID(), 'NATIONAL_ASSEMBLY', 'Hoàng Văn Nam');
    await publish(nationalAssembly);
    for (const each of [event, again, nationalAssembly]) await eventually(() => processed(each), 30_000);
    expect(await deputiesNamed('Hoàng')).toEqual([
      { fullName: 'Hoàng Thị Lan', term: '2026-2031', constituency: 'Đơn vị bầu cử số 7', administrativeUnit: { id: 'xa-soc-son' }, candidate: { id: candidateId } },
    ]);
    const link = await callSubgraph(council.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Candidate { electedCouncilDeputy { fullName } } } }`, { r: [{ __typename: 'Candidate', id: candidateId }] }, callers.councilClerk);
    expect(link.data!._entities).toEqual([{ electedCouncilDeputy: { fullName: 'Hoàng Thị Lan' } }]);
  });

  it("records the Front's juror nominee once, under the id the nomination derives", async () => {
    const nominationId = randomUUID();
    const event = frontEvents.peoplesJurorNominated.event(nominationId, {
      nominationId,
      fullName: 'Vũ Minh Đức',
      courtLevel: 'CITY',
      courtRegion: null,
      councilTerm: '2026-2031',
      nominatedOn: day('2026-04-10'),
      nominatedByAgencyId: 'front',
    });
    await publish(event);
    await publish(event);
    await eventually(() => processed(event), 30_000);
    const jurors = await callSubgraph(council.url, `{ peoplesJurors(filter: { term: "2026-2031" }) { totalCount edges { node { id status court termStartsOn serving } } } }`, {}, callers.councilClerk);
    expect(jurors.data!.peoplesJurors).toEqual({
      totalCount: 1,
      edges: [{ node: { id: peoplesJurorIdOf(nominationId), status: 'NOMINATED', court: 'Tòa án nhân dân thành phố Hà Nội', termStartsOn: null, serving: false } }],
    });
  });
});
