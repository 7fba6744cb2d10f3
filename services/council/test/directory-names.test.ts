import { committeeEvents } from '@hanoi/contracts';
import type { CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { startCouncil } from './support';

/**
 * The names council provides on the agencies it refers to (`presentingAgency @provides(fields: "name shortName")`):
 * its copy of the committee's directory, fed by the committee's events (platform's directory-names.ts).
 */
describe('council subgraph: the directory names it provides', () => {
  let council: Awaited<ReturnType<typeof startCouncil>>;
  let sessionId: string;
  const publish = (event: CloudEvent) => council.app.runtime.bus.publish(council.app.runtime.topic('committee'), [event]);
  const addItem = async (presentingAgencyId: string) => {
    const item = await callSubgraph(
      council.url,
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      { input: { councilSessionId: sessionId, title: `Tờ trình của ${presentingAgencyId}`, presentingAgencyId, reviewingCommittee: 'LEGAL' } },
      callers.councilClerk,
    );
    expect(item.errors).toBeUndefined();
    return item.data!.addAgendaItem.id as string;
  };
  const presenting = (id: string) =>
    callSubgraph(council.url, `query($id: ID!) { agendaItem(id: $id) { presentingAgency { id name shortName } } }`, { id }, callers.analyst);

  beforeAll(async () => {
    council = await startCouncil();
    const session = await callSubgraph(
      council.url,
      `mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id } }`,
      { input: { term: '2026-2031', number: 9, kind: 'REGULAR', opensOn: '2030-12-08', closesOn: '2030-12-10' } },
      callers.councilClerk,
    );
    sessionId = session.data!.scheduleCouncilSession.id;
  });
  afterAll(() => council.stop());

  it("answers an agency's names from the committee's events, and its new names once a rename arrived", async () => {
    const itemId = await addItem('so-ten-moi');
    await publish(
      committeeEvents.agencyCreated.event('so-ten-moi', {
        agencyId: 'so-ten-moi',
        name: 'Sở Tên Mới thành phố Hà Nội',
        shortName: 'Sở Tên Mới',
        kind: 'DEPARTMENT',
        level: 'CITY',
        parentId: 'committee',
        administrativeUnitId: null,
        validFrom: null,
        validTo: null,
      }),
    );
    const created = await eventually(async () => {
      const result = await presenting(itemId);
      return result.errors ? null : result;
    });
    expect(created.data!.agendaItem.presentingAgency).toEqual({ id: 'so-ten-moi', name: 'Sở Tên Mới thành phố Hà Nội', shortName: 'Sở Tên Mới' });

    await publish(
      committeeEvents.agencyRenamed.event('so-ten-moi', {
        agencyId: 'so-ten-moi',
        name: 'Sở Tên Mới Hơn thành phố Hà Nội',
        shortName: 'Sở Tên Mới Hơn',
        previousName: 'Sở Tên Mới thành phố Hà Nội',
        from: new Date('2027-01-01T00:00:00Z'),
      }),
    );
    await eventually(async () => (await presenting(itemId)).data?.agendaItem.presentingAgency.shortName === 'Sở Tên Mới Hơn');
  });

  it('answers the names of an agency the directory never had with a coded error on that reference only', async () => {
    const itemId = await addItem('so-khong-co');
    const result = await presenting(itemId);
    expect(result.data!.agendaItem).toEqual({ presentingAgency: null });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Agency', id: 'so-khong-co' });
  });
});
