/**
 * `npm run index:rebuild [-- --gateway http://localhost:4000/graphql]`: rebuilds the coordination index's read model
 * from offset 0 of every service's topic on a running platform (`npm start`), as an administrator with the local
 * development keys, and follows it to the end with its progress. The current figures keep being served until the
 * new generation is complete; the figures after equal those before (the read model is a function of the events).
 */
import { parseArgs } from 'node:util';
import { mintAccessToken } from './lib/dev-keys';
import { gatewayClient } from './seed/demo';

const { values } = parseArgs({ options: { gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql' } } });
const say = (message: string) => process.stderr.write(`[index:rebuild] ${message}\n`);

interface Status {
  activeGeneration: number | null;
  lastBuild: { generation: number; eventCount: number; startedAt: string; finishedAt: string | null } | null;
  building: { generation: number; read: number; total: number; written: number } | null;
}

async function main(): Promise<void> {
  const call = gatewayClient(values.gateway!, await mintAccessToken({ subject: 'index-rebuild', agency: 'committee', roles: ['admin'] }));
  const status = async () => (await call(`{ coordinationIndexStatus { activeGeneration lastBuild { generation eventCount startedAt finishedAt } building { generation read total written } } }`)).coordinationIndexStatus as Status;
  const before = await status();
  const { rebuildCoordinationIndex: started } = await call(`mutation { rebuildCoordinationIndex { generation total } }`);
  say(`rebuilding generation ${started.generation} (active: ${before.activeGeneration}) from ${started.total} messages…`);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await status();
    if (now.building) {
      process.stderr.write(`\r[index:rebuild] read ${now.building.read}/${now.building.total}, obligations written ${now.building.written}   `);
      continue;
    }
    process.stderr.write('\n');
    if (now.activeGeneration !== started.generation || !now.lastBuild) throw new Error(`the rebuild did not complete (active generation ${now.activeGeneration}); see the supervision log`);
    const ms = new Date(now.lastBuild.finishedAt!).getTime() - new Date(now.lastBuild.startedAt).getTime();
    console.log(`generation ${now.activeGeneration} active: ${now.lastBuild.eventCount} events in ${ms} ms`);
    return;
  }
}

main().catch((error: unknown) => {
  console.error(`[index:rebuild] ${(error as Error).message}`);
  process.exit(1);
});
