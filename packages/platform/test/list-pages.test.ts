import { randomBytes } from 'node:crypto';
import { Schema } from 'mongoose';
import { afterCondition, createDatabase, createListPageLoader, createLogger, type ListOrder } from '../src';
import { dropDatabases, testRunId } from '../src/testing';

const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const logger = createLogger({ service: 'platform-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });

interface Item {
  _id: string;
  parentId: string;
  tagIds: string[];
  dueOn: Date | null;
  rank: number;
}

/** 100 parents with 3 items each (`p007-1` … `p007-3`), due on days 3, 2, 1 of the month; the third of each has no due day. */
const parents = Array.from({ length: 100 }, (_, n) => `p${String(n).padStart(3, '0')}`);
const items: Item[] = parents.flatMap((parentId, n) =>
  [1, 2, 3].map((k) => ({
    _id: `${parentId}-${k}`,
    parentId,
    tagIds: [`t${n % 10}`],
    dueOn: k === 3 ? null : new Date(Date.UTC(2026, 0, 4 - k)),
    rank: k,
  })),
);

describe('list pages: one query per batch of parents, pages cut per parent, keyset after an item', () => {
  const dbName = `test_${testRunId()}${randomBytes(3).toString('hex')}_listpages`;
  const database = createDatabase({ url: mongoUrl, dbName, logger });
  const schema = new Schema<Item>({ _id: String, parentId: String, tagIds: [String], dueOn: Date, rank: Number }, { versionKey: false });
  const model = database.connection.model<Item>('Item', schema, 'items');
  const byDue: ListOrder = [['dueOn', 1], ['_id', 1]];
  const newestFirst: ListOrder = [['dueOn', -1], ['_id', -1]];

  beforeAll(async () => {
    await database.start();
    await model.insertMany(items);
  });
  afterAll(async () => {
    await database.stop();
    await dropDatabases(mongoUrl, [dbName]);
  });

  /** The pages `parentIds` get in one batch (every load in the same tick), and the database commands it cost. */
  async function pagesOf(parentIds: string[], args: { first?: number; after?: string }, order: ListOrder = byDue, parentField = 'parentId') {
    const pages = createListPageLoader<Item>({ model, parentField, order })(args);
    const before = database.commandCount();
    const rows = await Promise.all(parentIds.map((id) => pages.load(id)));
    return { ids: rows.map((page) => page.map((item) => item._id)), commands: database.commandCount() - before };
  }

  it('costs one command at 10 parents and at 100, each parent cut to its own `first`, in order (undated first ascending)', async () => {
    const ten = await pagesOf(parents.slice(0, 10), { first: 2 });
    const hundred = await pagesOf(parents, { first: 2 });
    expect([ten.commands, hundred.commands]).toEqual([1, 1]);
    expect(hundred.ids).toHaveLength(100);
    expect(hundred.ids[7]).toEqual(['p007-3', 'p007-2']);
    expect(hundred.ids.every((page, n) => page.join() === `${parents[n]}-3,${parents[n]}-2`)).toBe(true);
    // A parent whose rows are ids in an array field (a meeting's deputies).
    const tagged = await pagesOf(['t3', 't4'], { first: 20 }, byDue, 'tagIds');
    expect(tagged.commands).toBe(1);
    expect(tagged.ids.map((page) => page.length)).toEqual([20, 20]);
  });

  it('continues after the item whose id is `after`, across nulls, in either direction', async () => {
    const first = await pagesOf(['p042'], { first: 1 });
    expect(first.ids).toEqual([['p042-3']]);
    const rest = await pagesOf(['p042'], { first: 5, after: 'p042-3' });
    // One command to read the sort values of `after`, one for the page.
    expect(rest).toEqual({ ids: [['p042-2', 'p042-1']], commands: 2 });
    expect((await pagesOf(['p042'], { first: 5 }, newestFirst)).ids).toEqual([['p042-1', 'p042-2', 'p042-3']]);
    expect((await pagesOf(['p042'], { first: 5, after: 'p042-1' }, newestFirst)).ids).toEqual([['p042-2', 'p042-3']]);
    expect((await pagesOf(['p042'], { first: 5, after: 'p042-3' }, newestFirst)).ids).toEqual([[]]);
    // Several parents: the same position in each list.
    expect((await pagesOf(['p001', 'p002'], { after: 'p001-2' })).ids).toEqual([['p001-1'], ['p002-2', 'p002-1']]);
  });

  it('refuses a page over 100 and an `after` that names no item, coded with the argument', () => {
    const pages = createListPageLoader<Item>({ model, parentField: 'parentId', order: byDue });
    expect(() => pages({ first: 101 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first', max: 100 }) }));
    expect(() => pages({ first: 0 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'first' }) }));
    return expect(pages({ after: 'nope' }).load('p001')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('writes the keyset condition with the branches MongoDB needs for nulls', () => {
    expect(afterCondition(byDue, [null, 'a'])).toEqual({ $or: [{ dueOn: { $ne: null } }, { dueOn: null, _id: { $gt: 'a' } }] });
    const day = new Date('2026-01-02');
    expect(afterCondition(newestFirst, [day, 'a'])).toEqual({
      $or: [{ dueOn: { $lt: day } }, { dueOn: null }, { dueOn: day, _id: { $lt: 'a' } }],
    });
  });
});
