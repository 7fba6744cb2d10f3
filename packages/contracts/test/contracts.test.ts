import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cloudEventSchema } from '@hanoi/platform';
import { allContracts } from '../src';
import { compatibilityProblems, wireSchema } from '../src/compatibility';

/**
 * One contract test per event type: its example survives the wire unchanged, its type is a valid CloudEvents type
 * of its service, and its wire format is compatible with the one recorded in `snapshots/` when it was first
 * published (a v1 type never changes incompatibly: a change is a new type). New contracts are recorded with
 * `UPDATE_CONTRACT_SNAPSHOTS=1 npx jest packages/contracts`.
 */
const snapshots = path.resolve(__dirname, '../snapshots');
const record = process.env.UPDATE_CONTRACT_SNAPSHOTS === '1';

describe('the event catalogue', () => {
  it('names every type once', () => {
    const types = allContracts.map((contract) => contract.type);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe.each(allContracts.map((contract) => [contract.type, contract] as const))('%s', (type, contract) => {
  it('carries its example across the wire unchanged (calendar days as YYYY-MM-DD, parsed back to the same day)', () => {
    const event = contract.event('subject-1', contract.example);
    const wire = JSON.parse(JSON.stringify(event));
    expect(cloudEventSchema.parse(wire).type).toBe(type);
    expect(wire.source).toBe(`/hanoi/${contract.service}`);
    expect(JSON.stringify(wire.data)).not.toMatch(/T00:00:00/);
    expect(contract.parse(wire)).toEqual(contract.example);
  });

  it('refuses a payload without its fields', () => {
    expect(() => contract.parse({ data: {} })).toThrow();
    expect(() => contract.draft({} as never)).toThrow(type);
  });

  it('keeps the wire format it was first published with (or only adds optional fields)', () => {
    const file = path.join(snapshots, `${type}.json`);
    const current = wireSchema(contract);
    if (!existsSync(file)) {
      if (!record) throw new Error(`${type} has no recorded wire format: run UPDATE_CONTRACT_SNAPSHOTS=1 npx jest packages/contracts`);
      mkdirSync(snapshots, { recursive: true });
      writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
    }
    const recorded = JSON.parse(readFileSync(file, 'utf8'));
    expect(compatibilityProblems(recorded, current)).toEqual([]);
    if (record) writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
  });
});
