import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import type { Caller } from '@hanoi/platform';
import { eventually, scrapeMetrics } from '@hanoi/platform/testing';
import { parse } from 'graphql';
import { AgencyPageDocument } from '../../clients/agency-dashboard/src/gql/graphql';
import { schemasDir, subgraphs, supergraphPath } from '../../scripts/lib/subgraphs';
import { clientDocuments, supergraphProblems } from '../src/supergraph-source';
import { capturingLogger, startGatewayOnStubs, startStubSubgraphs, type StubSubgraphs } from './support';

const analyst: Caller = { subject: 'council-analyst', agency: 'council', roles: ['analyst'] };
const pollIntervalMs = 500;
const dashboardManifest = path.resolve(__dirname, '../../clients/agency-dashboard/src/gql/persisted-documents.json');

/** The supergraph of the committed SDL, with `edit` applied to one subgraph's. */
function composeWith(service: string, edit: (sdl: string) => string): string {
  const result = composeServices(
    subgraphs.map(({ name, port }) => {
      const sdl = readFileSync(path.join(schemasDir, `${name}.graphql`), 'utf8');
      return { name, url: `http://127.0.0.1:${port}/graphql`, typeDefs: parse(name === service ? edit(sdl) : sdl) };
    }),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

const withMotto = (sdl: string) => sdl.replace('type Agency @key(fields: "id") {', 'type Agency @key(fields: "id") {\n  "A motto, for this test."\n  motto: String');

describe('the gateway takes a new supergraph without restart', () => {
  let stubs: StubSubgraphs;
  let gateway: Awaited<ReturnType<typeof startGatewayOnStubs>>;
  const logs = capturingLogger();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  /** As a deployment should: written beside it, then renamed over it, so a poll never reads half a file. */
  const publish = (sdl: string) => {
    writeFileSync(`${file}.next`, sdl);
    renameSync(`${file}.next`, file);
  };
  const motto = () => gateway.query(analyst, '{ agency(id: "committee") { name motto } }');
  const reloads = async (outcome: string) => (await scrapeMetrics(gateway.metricsUrl)).sum('gateway_supergraph_reloads_total', { outcome });

  beforeAll(async () => {
    publish(readFileSync(supergraphPath, 'utf8'));
    stubs = await startStubSubgraphs({
      committee: { answer: () => ({ data: { agency: { __typename: 'Agency', id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội', motto: 'Vì nhân dân phục vụ' } } }) },
    });
    gateway = await startGatewayOnStubs(stubs, { SUPERGRAPH_PATH: file, SUPERGRAPH_POLL_INTERVAL_MS: String(pollIntervalMs) }, logs.logger);
  });
  afterAll(async () => {
    await gateway?.app.stop();
    await stubs?.close();
  });

  it('serves the field a newly composed supergraph adds, within the poll interval', async () => {
    expect((await motto()).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await reloads('updated')).toBe(0);
    const next = composeWith('committee', withMotto);
    // What checking it costs on this machine now (the gateway then builds it again and plans with it).
    const checking = Date.now();
    expect(supergraphProblems(next, clientDocuments({ GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: [dashboardManifest] }))).toEqual([]);
    const checkMs = Date.now() - checking;
    publish(next);
    const written = Date.now();
    const served = await eventually(async () => (await motto()).data?.agency, 10_000, 50);
    const tookMs = Date.now() - written;
    expect(served).toEqual({ name: 'Ủy ban nhân dân thành phố Hà Nội', motto: 'Vì nhân dân phục vụ' });
    // Taken at the first poll: one interval, plus checking, building and planning with it (about three checks).
    expect(tookMs).toBeLessThan(pollIntervalMs + 3 * checkMs + 2_000);
    expect(await reloads('updated')).toBe(1);
    expect(logs.lines).toContainEqual(expect.objectContaining({ msg: 'new supergraph serving' }));
    // The apps' registered documents still resolve by id and validate against the new schema.
    const registered = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: (await gateway.authorization(analyst)) },
      body: JSON.stringify({ documentId: `sha256:${AgencyPageDocument.__meta__!.hash}`, variables: { id: 'committee', period: '2026' } }),
    });
    const body = (await registered.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.map((error) => error.extensions?.code).filter((code) => code !== 'SUBGRAPH_UNAVAILABLE')).toEqual(body.errors ? [] : undefined);
    expect(body.data).toHaveProperty('agency');
  });

  it.each([
    ['not a supergraph', () => 'type Query { this is not GraphQL', 'not a valid supergraph'],
    // The agency dashboard's registered AgencyPage asks for it: clients would break.
    ['a supergraph that breaks a registered document', () => composeWith('petitions', (sdl) => sdl.replace(/\n\s*"Cases not yet resolved[^\n]*\n\s*openCaseCount: Int/, '')), 'openCaseCount'],
  ])('refuses %s: the current one keeps serving, with a log line and a metric', async (_, sdl, problem) => {
    const refusedBefore = await reloads('refused');
    publish(sdl());
    await eventually(async () => (await reloads('refused')) === refusedBefore + 1, 10_000, 50);
    expect(logs.lines).toContainEqual(expect.objectContaining({ msg: 'new supergraph refused, the current one keeps serving', problems: expect.arrayContaining([expect.stringContaining(problem)]) }));
    expect((await motto()).data?.agency).toEqual({ name: 'Ủy ban nhân dân thành phố Hà Nội', motto: 'Vì nhân dân phục vụ' });
    // Refused once: polls that read it again neither log nor count it.
    await new Promise((resolve) => setTimeout(resolve, 2 * pollIntervalMs));
    expect(await reloads('refused')).toBe(refusedBefore + 1);
  });
});
