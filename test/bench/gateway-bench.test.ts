import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { percentile, summarise } from '../../scripts/bench/lib/load';
import { benchOperations } from '../../scripts/bench/lib/operations';
import { createPlanner, fetchesOf } from '../../scripts/bench/lib/plan';
import { sameData } from '../../scripts/bench/lib/probe';
import { apiSchemaPath } from '../../scripts/lib/subgraphs';

const operation = (key: string) => benchOperations.find((candidate) => candidate.key === key)!;

describe('npm run bench:gateway', () => {
  it('sends only operations the API schema accepts', () => {
    const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
    for (const { key, document } of benchOperations) expect([key, validate(schema, parse(document)).map((error) => error.message)]).toEqual([key, []]);
  });

  it("plans the session dossier in at most 6 fetches and the lists' agency names without the committee (the names are provided)", () => {
    const planner = createPlanner();
    const fetches = (key: string) => fetchesOf(planner.plan(operation(key).document));
    expect(fetches('dossier').total).toBeLessThanOrEqual(6);
    expect(fetches('dossier').bySubgraph.committee).toBeUndefined();
    expect(fetches('petitions')).toEqual({ total: 1, bySubgraph: { petitions: 1 } });
    expect(fetches('lookup')).toEqual({ total: 1, bySubgraph: { committee: 1 } });
  });

  it('compares answers as values, whatever the order of keys, and refuses errors and other data', () => {
    const ours = JSON.stringify({ data: { agency: { id: 'a', name: 'A', parent: { id: 'p' } } } });
    expect(sameData(ours, { status: 200, body: '{"data":{"agency":{"parent":{"id":"p"},"name":"A","id":"a"}}}' })).toBeUndefined();
    expect(sameData(ours, { status: 200, body: '{"data":{"agency":{"id":"a","name":"B","parent":{"id":"p"}}}}' })).toMatch(/data differs/);
    expect(sameData(ours, { status: 200, body: '{"errors":[{"message":"no"}],"data":null}' })).toMatch(/^errors/);
    expect(sameData(ours, { status: 401, body: '{}' })).toMatch(/^HTTP 401/);
  });

  it('summarises interleaved runs as one: rate over their whole time, nearest-rank percentiles', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 99)).toBe(4);
    const summary = summarise([
      { latencies: [3, 1], errors: 0, elapsedMs: 1_000 },
      { latencies: [2, 4], errors: 1, firstError: 'HTTP 500', elapsedMs: 1_000 },
    ]);
    expect(summary).toEqual({ requests: 4, requestsPerSecond: 2, p50: 2, p99: 4, errors: 1, firstError: 'HTTP 500' });
  });
});
