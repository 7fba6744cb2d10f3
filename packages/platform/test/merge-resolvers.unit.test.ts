import { GraphQLScalarType } from 'graphql';
import { mergeResolvers } from '../src';

describe('mergeResolvers: resolver maps of one subgraph written in separate modules', () => {
  it('merges the fields of a type both maps resolve, the later winning on a shared field', () => {
    const first = { Query: { a: () => 1, shared: () => 'first' }, Candidate: { rounds: () => [] } };
    const second = { Query: { b: () => 2, shared: () => 'second' }, Constituency: { name: () => 'Đơn vị bầu cử số 1' } };
    const merged = mergeResolvers<Record<string, Record<string, () => unknown>>>(first, second);
    expect(Object.keys(merged.Query!).sort()).toEqual(['a', 'b', 'shared']);
    expect(merged.Query!.shared!()).toBe('second');
    expect(Object.keys(merged)).toEqual(['Query', 'Candidate', 'Constituency']);
    expect(first.Query).not.toHaveProperty('b');
  });

  it('keeps scalars whole', () => {
    const date = new GraphQLScalarType({ name: 'Date' });
    const merged = mergeResolvers<Record<string, unknown>>({ Date: date }, { Query: {} });
    expect(merged.Date).toBe(date);
  });
});
