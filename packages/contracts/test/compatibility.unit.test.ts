import { z } from 'zod';
import { calendarDay, defineEvent } from '../src';
import { compatibilityProblems, wireSchema } from '../src/compatibility';

const contract = (schema: z.ZodTypeAny) => defineEvent({ service: 'front', entity: 'thing', verb: 'happened', description: 'test', schema, example: {} });
const base = z.object({ id: z.string(), on: calendarDay, kind: z.enum(['A', 'B']) });
const problems = (next: z.ZodTypeAny) => compatibilityProblems(wireSchema(contract(base)), wireSchema(contract(next)));

describe('wire compatibility of a contract', () => {
  it('accepts the same format and a new optional field', () => {
    expect(problems(base)).toEqual([]);
    expect(problems(base.extend({ note: z.string().nullish() }))).toEqual([]);
  });

  it('refuses a removed field, a new required one, a retyped one and a changed enum', () => {
    expect(problems(base.omit({ kind: true }))).toEqual(expect.arrayContaining([expect.stringContaining('data.kind was removed')]));
    expect(problems(base.extend({ note: z.string() }))).toEqual([expect.stringContaining('data.note is required now')]);
    expect(problems(base.extend({ id: z.number() }))).toEqual([expect.stringContaining('data.id:')]);
    expect(problems(base.extend({ kind: z.enum(['A', 'B', 'C']) }))).toEqual([expect.stringContaining('data.kind:')]);
    expect(problems(base.extend({ on: z.string() }))).toEqual([expect.stringContaining('data.on:')]);
  });
});
