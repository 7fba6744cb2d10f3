import { frontEvents } from '@hanoi/contracts';
import type { CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { randomUUID } from 'node:crypto';
import { electionsGroupId } from '../src/events/consumers';
import { startDelegation, type Delegation } from './support';

/** `candidate.elected` as the front publishes it (the candidate is the subject). */
const elected = (candidateId: string, election: 'PEOPLES_COUNCIL' | 'NATIONAL_ASSEMBLY', fullName: string, constituencyNumber = 4) =>
  frontEvents.candidateElected.event(candidateId, {
    candidateId,
    fullName,
    election,
    term: '2026-2031',
    constituencyId: randomUUID(),
    constituencyNumber,
    administrativeUnitIds: ['phuong-dong-da'],
    votedOn: new Date('2026-03-15T00:00:00Z'),
  });

describe("delegation subgraph: National Assembly deputies from the front's election events", () => {
  let delegation: Delegation;
  beforeAll(async () => {
    delegation = await startDelegation();
  });
  afterAll(async () => {
    await delegation.stop();
  });

  const publish = (event: CloudEvent) => delegation.app.runtime.bus.publish(delegation.app.runtime.topic('front'), [event]);
  const processed = (event: CloudEvent) =>
    delegation.app.runtime.database.connection
      .collection('processed_events')
      .findOne({ _id: `${electionsGroupId(delegation.config.KAFKA_TOPIC_PREFIX)}:${event.id}` as never });

  it('records an elected NA candidate as one deputy of the XVI legislature, linked to the candidate, whatever the redeliveries', async () => {
    const candidateId = randomUUID();
    const event = elected(candidateId, 'NATIONAL_ASSEMBLY', 'Bùi Thị Mai');
    const again = elected(candidateId, 'NATIONAL_ASSEMBLY', 'Bùi Thị Mai');
    // A council candidate is council's; a constituency the delegation does not hold is left to staff.
    const council = elected(randomUUID(), 'PEOPLES_COUNCIL', 'Bùi Văn Long');
    const outOfRange = elected(randomUUID(), 'NATIONAL_ASSEMBLY', 'Bùi Quang Huy', 11);
    for (const each of [event, event, again, council, outOfRange]) await publish(each);
    for (const each of [event, again, council, outOfRange]) await eventually(() => processed(each), 30_000);
    const list = await callSubgraph(delegation.url, `{ nationalAssemblyDeputies(filter: { search: "bui" }) { edges { node { fullName constituency term fullTime candidate { id } } } } }`, {}, callers.delegationClerk);
    expect(list.data!.nationalAssemblyDeputies.edges).toEqual([
      { node: { fullName: 'Bùi Thị Mai', constituency: 4, term: 'XVI (2026-2031)', fullTime: false, candidate: { id: candidateId } } },
    ]);
  });
});
