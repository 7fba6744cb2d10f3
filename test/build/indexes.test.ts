/**
 * Every list query is index-shaped for MongoDB in production: run by the repositories themselves (no database: the
 * query is captured by a hook and never sent), its filter and sort must be served by one of the model's declared
 * compound indexes — equality fields first (any order), then the sort keys in order (all directions as declared or
 * all reversed); ranges may follow (the ESR rule). FerretDB does not use these indexes; MongoDB does.
 */
import mongoose, { type Connection, type FilterQuery } from 'mongoose';
import * as committee from '../../services/committee/src/repositories';
import * as council from '../../services/council/src/repositories';
import * as petitions from '../../services/petitions/src/repositories';
import * as supervision from '../../services/supervision/src/repositories';
import { everyCase } from '../../services/petitions/src/domain/need-to-know';
import { servingIndex, shapeOf, type IndexKeys, type QueryShape } from './support/index-shapes';

interface Captured { collection: string; filter: FilterQuery<unknown>; sort: Record<string, 1 | -1> }
const captured: Captured[] = [];
const page = { first: 20 };

/** Repositories on a connection that never connects; every find is recorded, then refused before the driver. */
function repositoriesOf<T>(create: (connection: Connection) => T): { repos: T; indexesOf: (collection: string) => IndexKeys[] } {
  const connection = mongoose.createConnection();
  connection.set('autoIndex', false);
  connection.set('autoCreate', false);
  connection.plugin((schema) => {
    schema.pre('find', function capture() {
      captured.push({ collection: this.model.collection.collectionName, filter: this.getFilter(), sort: (this.getOptions().sort ?? {}) as Captured['sort'] });
      throw new Error('captured');
    });
  });
  const repos = create(connection);
  const indexesOf = (collection: string) =>
    Object.values(connection.models)
      .filter((model) => model.collection.collectionName === collection)
      .flatMap((model) => [{ _id: 1 } as IndexKeys, ...model.schema.indexes().map(([keys]) => keys as IndexKeys)]);
  return { repos, indexesOf };
}

/** Nothing is written: the outbox only needs to accept models. */
const outbox = { track: () => undefined } as never;
const services = {
  petitions: repositoriesOf((c) => petitions.createRepositories(c, outbox, { directoryWaitMs: 0 })),
  committee: repositoriesOf((c) => committee.createRepositories(c, outbox, { directoryRefreshMs: 0, logger: { child: () => ({}) } as never })),
  council: repositoriesOf((c) => council.createRepositories(c, outbox, {} as never)),
  supervision: repositoriesOf((c) => supervision.createRepositories(c, outbox)),
};
type Repos<K extends keyof typeof services> = (typeof services)[K]['repos'];

/** The list queries clients run, as the repositories build them: `[service, name, call]`. */
const listQueries: [keyof typeof services, string, (repos: never) => Promise<unknown>][] = [
  ...([
    ['whole city, newest first', {}, 'RECEIVED_DESC'],
    ['whole city, earliest due first', {}, 'DUE_ASC'],
    ['agency inbox (agency + status)', { agencyId: 'a', status: 'RECEIVED' }, 'RECEIVED_DESC'],
    ['one agency', { agencyId: 'a' }, 'RECEIVED_DESC'],
    ['one agency, earliest due first', { agencyId: 'a' }, 'DUE_ASC'],
    ['one status', { status: 'IN_PROGRESS' }, 'RECEIVED_DESC'],
    ['one status, earliest due first', { status: 'IN_PROGRESS' }, 'DUE_ASC'],
    ['status + category', { status: 'IN_PROGRESS', category: 'LAND_HOUSING' }, 'RECEIVED_DESC'],
    ['kind + status', { kind: 'COMPLAINT', status: 'RECEIVED' }, 'RECEIVED_DESC'],
    ['one category', { category: 'LAND_HOUSING' }, 'RECEIVED_DESC'],
    ['one channel', { channel: 'ONLINE' }, 'RECEIVED_DESC'],
    ['one place + category', { administrativeUnitId: 'u', category: 'LAND_HOUSING' }, 'RECEIVED_DESC'],
    ['cooperating agency', { cooperatingAgencyId: 'a' }, 'RECEIVED_DESC'],
  ] as const).map(([name, filter, order]) => ['petitions', `cases: ${name}`, (r: Repos<'petitions'>) => r.petitions.list(filter, everyCase, page, order)] as const),
  ['committee', 'assignments of an agency', (r: Repos<'committee'>) => r.assignments.list({ agencyId: 'a' }, page)],
  ['committee', 'assignments of an agency by status', (r: Repos<'committee'>) => r.assignments.list({ agencyId: 'a', status: 'OPEN' } as never, page)],
  ['council', 'sessions of a term', (r: Repos<'council'>) => r.councilSessions.list({ term: 'XVII' } as never, page)],
  ['council', 'questions of a session', (r: Repos<'council'>) => r.questions.list({ councilSessionId: 's' }, page)],
  ['council', 'questions to an agency', (r: Repos<'council'>) => r.questions.list({ addressedToAgencyId: 'a' }, page)],
  ['council', 'resolutions of a session', (r: Repos<'council'>) => r.resolutions.list({ councilSessionId: 's' }, page)],
  ['supervision', 'tasks of an agency', (r: Repos<'supervision'>) => r.coordinationTasks.list({ agencyId: 'a' }, page)],
  ['supervision', 'tasks of an agency by status', (r: Repos<'supervision'>) => r.coordinationTasks.list({ agencyId: 'a', status: 'OPEN' }, page)],
  ['supervision', 'tasks of a session', (r: Repos<'supervision'>) => r.coordinationTasks.list({ councilSessionId: 's' }, page)],
  ['supervision', 'programmes of a year', (r: Repos<'supervision'>) => r.programmes.list({ year: 2026 }, page)],
  ['supervision', 'programmes led by an agency', (r: Repos<'supervision'>) => r.programmes.list({ leadAgencyId: 'a' }, page)],
  ['supervision', 'recommendations to an agency', (r: Repos<'supervision'>) => r.recommendations.list({ addressedToAgencyId: 'a' } as never, page)],
  // One parent's page of a list under an entity (limited in the database; several parents' rows are one `$in` query).
  ['committee', 'Agency.assignments', (r: Repos<'committee'>) => r.assignments.byAgencyPages()(page).load('a')],
  ['committee', 'Agency.assignments(status)', (r: Repos<'committee'>) => r.assignments.byAgencyPages()(page, { status: 'ASSIGNED' }).load('a')],
  ['council', 'Agency.agendaItems', (r: Repos<'council'>) => r.agendaItems.byAgencyPages()(page).load('a')],
  ['supervision', 'Agency.supervisionRecommendations', (r: Repos<'supervision'>) => r.recommendations.byAddresseePages()({}, page).load('a')],
  ['supervision', 'CouncilSession.preparationTasks', (r: Repos<'supervision'>) => r.coordinationTasks.bySessionPages()(page).load('s')],
  ['petitions', 'VoterMeeting.recommendationCases', (r: Repos<'petitions'>) => r.petitions.byVoterMeetingPages()(page, everyCase).load('m')],
  ['petitions', 'CouncilSession.voterRecommendationsDue', (r: Repos<'petitions'>) => r.petitions.byDueSessionPages()(page, everyCase).load('s')],
  ['petitions', 'ReceptionSchedule.receptions', (r: Repos<'petitions'>) => r.citizenReceptions.bySchedulePages()(page).load('s')],
] as never;

describe('declared indexes serve every list query (MongoDB in production)', () => {
  test.each(listQueries)('%s: %s', async (service, _name, call) => {
    captured.length = 0;
    await expect(call(services[service].repos as never)).rejects.toThrow('captured');
    expect(captured).toHaveLength(1);
    const { collection, filter, sort } = captured[0]!;
    const shape: QueryShape = shapeOf(filter, sort);
    const indexes = services[service].indexesOf(collection);
    expect({ collection, shape, servedBy: servingIndex(indexes, shape) ?? 'no declared index' }).toEqual({ collection, shape, servedBy: expect.any(Object) });
  });
});

describe('the ESR rule as checked here', () => {
  const inbox = shapeOf({ $and: [{ agencyId: 'a' }, { status: 'RECEIVED' }, { receivedOn: { $lt: new Date() } }, { $or: [{ kind: 'x' }] }] }, { receivedOn: -1, _id: -1 });

  test('reads equality, sort and range fields through $and, leaving $or to the rows fetched', () => {
    expect(inbox).toEqual({ equality: ['agencyId', 'status'], sort: [['receivedOn', -1], ['_id', -1]], range: ['receivedOn'] });
  });

  test('equality fields in any order, then the sort keys, walked either way', () => {
    expect(servingIndex([{ status: 1, agencyId: 1, receivedOn: -1, _id: -1 }], inbox)).toBeDefined();
    expect(servingIndex([{ agencyId: -1, status: 1, receivedOn: 1, _id: 1 }], inbox)).toBeDefined();
  });

  test('refuses a sort before an equality field, a missing equality field, mixed directions or a missing tie-breaker', () => {
    expect(servingIndex([{ agencyId: 1, receivedOn: -1, status: 1, _id: -1 }], inbox)).toBeUndefined();
    expect(servingIndex([{ agencyId: 1, receivedOn: -1, _id: -1 }], inbox)).toBeUndefined();
    expect(servingIndex([{ agencyId: 1, status: 1, receivedOn: -1, _id: 1 }], inbox)).toBeUndefined();
    expect(servingIndex([{ agencyId: 1, status: 1, receivedOn: -1 }], inbox)).toBeUndefined();
  });
});
