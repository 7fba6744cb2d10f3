/**
 * A peer gateway for `npm run bench:gateway`, run as its own process (like ours): Hive Gateway serving the committed
 * supergraph against the same subgraphs, with its JavaScript planner, or with Hive Router's Rust planner
 * (`@graphql-hive/router-runtime`) when `HIVE_PLANNER=rust`. Our subgraphs refuse requests without the gateway-signed
 * caller token; the peers do not verify users' tokens: the benchmark signs a long-lived caller token per bench caller,
 * sends it with each request, and the peer passes it on to every subgraph (header propagation), as it would a
 * user's credentials.
 *
 * Hive deduplicates identical subgraph queries in flight by default: with one caller sending one query over ten
 * connections, most requests then never reach a subgraph, which measures the benchmark's sameness rather than the
 * gateway (real traffic differs in caller and variables). So it is off unless HIVE_DEDUPLICATE=true: every request
 * costs each gateway the same fetches.
 *
 * Environment: PORT, HIVE_PLANNER (`js` | `rust`), SUPERGRAPH_PATH, SUBGRAPH_URLS (JSON name → URL), HIVE_DEDUPLICATE.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayConfigSupergraph } from '@graphql-hive/gateway';
import { callerTokenHeader } from '@hanoi/platform';
import { z } from 'zod';

const env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535),
    HIVE_PLANNER: z.enum(['js', 'rust']),
    SUPERGRAPH_PATH: z.string().min(1),
    SUBGRAPH_URLS: z.string().transform((value) => z.record(z.string().url()).parse(JSON.parse(value))),
    HIVE_DEDUPLICATE: z.enum(['true', 'false']).default('false'),
  })
  .parse(process.env);

async function main(): Promise<void> {
  const config: GatewayConfigSupergraph = {
    supergraph: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
    transportEntries: {
      '*': { options: { deduplicateInflightRequests: env.HIVE_DEDUPLICATE === 'true' } },
      ...Object.fromEntries(Object.entries(env.SUBGRAPH_URLS).map(([name, url]) => [name, { location: url }])),
    },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ [callerTokenHeader]: request.headers.get(callerTokenHeader) ?? '' }),
    },
    logging: 'error',
    graphiql: false,
    landingPage: false,
  };
  if (env.HIVE_PLANNER === 'rust') {
    // Loaded only here: the native planner's failure to load is reported as this peer's, not the benchmark's.
    const { unifiedGraphHandler } = await import('@graphql-hive/router-runtime');
    // Its own nested copies of @graphql-tools make the types differ structurally; the documented use is this one.
    config.unifiedGraphHandler = unifiedGraphHandler as unknown as GatewayConfigSupergraph['unifiedGraphHandler'];
  }
  const gateway = createGatewayRuntime(config);
  const server = createServer(gateway);
  server.keepAliveTimeout = 65_000;
  server.listen(env.PORT, '127.0.0.1', () => process.stdout.write(`hive gateway (${env.HIVE_PLANNER} planner) on :${env.PORT}\n`));
  const stop = () => server.close(() => void Promise.resolve(gateway.dispose()).finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
