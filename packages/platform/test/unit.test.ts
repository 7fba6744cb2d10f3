import { z } from 'zod';
import {
  ConfigError,
  applyUpdate,
  cloudEventSchema,
  createEvent,
  createPeriodicTask,
  createLogger,
  decodeCursor,
  derivedId,
  encodeCursor,
  eventType,
  found,
  fieldOfCoercionError,
  hanoiToday,
  pageSize,
  parseCalendarDate,
  parseConfig,
  subgraphConfigSchema,
  validate,
} from '../src';

describe('config', () => {
  it('reports every problem at once', () => {
    const schema = subgraphConfigSchema('front', 4104);
    expect(() => parseConfig(schema, { PORT: 'x', INTERNAL_TOKEN_SECRET: 'short', MONGO_URL: 'nope' })).toThrow(ConfigError);
    try {
      parseConfig(schema, { PORT: 'x', INTERNAL_TOKEN_SECRET: 'short', MONGO_URL: 'nope' });
    } catch (error) {
      const fields = (error as ConfigError).problems.map((p) => p.split(':')[0]);
      expect(fields.sort()).toEqual(['INTERNAL_TOKEN_SECRET', 'MONGO_URL', 'PORT']);
    }
  });

  it('fills design.md defaults and splits brokers', () => {
    const config = parseConfig(subgraphConfigSchema('front', 4104), { INTERNAL_TOKEN_SECRET: 'x'.repeat(32), KAFKA_BROKERS: 'a:1, b:2' });
    expect(config).toMatchObject({ PORT: 4104, MONGO_DB: 'front', KAFKA_BROKERS: ['a:1', 'b:2'] });
  });
});

describe('pagination', () => {
  it('caps the page size and refuses non-positive sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, 101, 2.5]) expect(() => pageSize(bad)).toThrow(/first: must be between 1 and 100/);
  });

  it('round-trips cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor('2026-01-01T00:00:00.000Z', 'abc'))).toEqual(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(() => decodeCursor('not-a-cursor')).toThrow(/after: is not a cursor/);
  });
});

describe('validation', () => {
  it('names the first field at fault and lists all problems', () => {
    const schema = z.object({ a: z.number(), b: z.object({ c: z.string() }) });
    try {
      validate(schema, { a: 'x', b: {} });
      throw new Error('should have thrown');
    } catch (error) {
      const extensions = (error as { extensions: Record<string, unknown> }).extensions;
      expect(extensions.code).toBe('BAD_USER_INPUT');
      expect(extensions.field).toBe('input.a');
      expect((extensions.problems as { field: string }[]).map((p) => p.field)).toEqual(['input.a', 'input.b.c']);
    }
  });
});

describe('coercion errors', () => {
  it('names the field a variable-coercion message points at', () => {
    expect(fieldOfCoercionError('Variable "$input" got invalid value "many" at "input.attendance"; Int cannot represent non-integer value: "many"')).toBe('input.attendance');
    expect(fieldOfCoercionError('Variable "$input" got invalid value { a: 1 }; Field "place" of required type "String!" was not provided.')).toBe('input.place');
    expect(fieldOfCoercionError('Variable "$input" got invalid value { a: 1 } at "input.recommendations[0]"; Field "text" of required type "String!" was not provided.')).toBe('input.recommendations[0].text');
    expect(fieldOfCoercionError('Cannot query field "x" on type "Query".')).toBeUndefined();
  });
});

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(parseCalendarDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', 20250101]) expect(() => parseCalendarDate(bad)).toThrow();
  });

  it("computes Hanoi's calendar day (UTC+7)", () => {
    expect(hanoiToday(new Date('2026-11-27T17:30:00Z')).toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(hanoiToday(new Date('2026-11-27T16:59:00Z')).toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });
});

describe('events', () => {
  it('builds CloudEvents 1.0 envelopes with the naming of design.md', () => {
    const event = createEvent({ type: eventType('front', 'voterMeeting', 'held'), subject: 'm1', data: { a: 1 } });
    expect(cloudEventSchema.parse(event)).toMatchObject({
      specversion: '1.0',
      source: '/hanoi/front',
      type: 'vn.hanoi.front.voterMeeting.held.v1',
      subject: 'm1',
      datacontenttype: 'application/json',
    });
  });

  it('derives the same id from the same event and position, and others otherwise', () => {
    expect(derivedId('e1', 1)).toBe(derivedId('e1', 1));
    expect(derivedId('e1', 1)).not.toBe(derivedId('e1', 2));
    expect(derivedId('e1', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('applyUpdate: the document an update leaves, computed in memory', () => {
  const doc = { _id: 'c1', status: 'OPEN', count: 1, tags: ['a'], deadlines: [{ kind: 'ANSWER', metOn: null as string | null }], nested: { x: 1 } };

  it('applies $set (dotted paths too), $unset, $inc, $push with $each, $addToSet and $pullAll without touching the original', () => {
    const after = applyUpdate(doc, {
      $set: { status: 'DONE', 'deadlines.0.metOn': '2026-12-01', 'nested.y': 2 },
      $unset: { 'nested.x': 1 },
      $inc: { count: 2 },
      $push: { tags: { $each: ['b', 'c'] } },
    });
    expect(after).toEqual({ _id: 'c1', status: 'DONE', count: 3, tags: ['a', 'b', 'c'], deadlines: [{ kind: 'ANSWER', metOn: '2026-12-01' }], nested: { y: 2 } });
    expect(doc.deadlines[0]!.metOn).toBeNull();
    expect(doc.nested).toEqual({ x: 1 });
    expect(applyUpdate(doc, { $addToSet: { tags: { $each: ['a', 'd'] } } }).tags).toEqual(['a', 'd']);
    expect(applyUpdate({ ...doc, tags: ['a', 'b', 'a'] }, { $pullAll: { tags: ['a'] } }).tags).toEqual(['b']);
  });
});

describe('found: the rows a loadMany found', () => {
  it('leaves out missing ids and errors, in order', () => {
    expect(found([{ id: 1 }, null, new Error('x'), { id: 2 }])).toEqual([{ id: 1 }, { id: 2 }]);
  });
});

describe('createPeriodicTask', () => {
  it('runs every interval, never twice at once, keeps going after a failure, and stop waits for a run under way', async () => {
    let runs = 0;
    let concurrent = 0;
    let overlapped = false;
    const task = createPeriodicTask({
      name: 'test-task',
      intervalMs: 5,
      logger: createLogger({ service: 'test', level: 'silent' }),
      run: async () => {
        overlapped ||= concurrent > 0;
        concurrent++;
        runs++;
        await new Promise((resolve) => setTimeout(resolve, 15));
        concurrent--;
        if (runs === 1) throw new Error('first run fails');
      },
    });
    await task.start!();
    await new Promise((resolve) => setTimeout(resolve, 120));
    await task.stop!();
    const stoppedAt = runs;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(runs).toBe(stoppedAt);
    expect(overlapped).toBe(false);
    expect(concurrent).toBe(0);
  });

  it('does not run at all with interval 0', async () => {
    let runs = 0;
    const task = createPeriodicTask({ name: 'off', intervalMs: 0, logger: createLogger({ service: 'test', level: 'silent' }), run: async () => void runs++ });
    await task.start!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await task.stop!();
    expect(runs).toBe(0);
  });
});
