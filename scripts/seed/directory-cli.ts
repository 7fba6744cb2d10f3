/**
 * `npm run seed:directory [-- --gateway http://localhost:4000/graphql]`: loads the directory (the city bodies and
 * departments, then Hanoi's units and their People's Committees from the committee's data files) into a running
 * platform through its gateway, as an administrator minted with the local development key. Idempotent: it adds only
 * what is missing.
 */
import { parseArgs } from 'node:util';
import { mintAccessToken } from '../lib/dev-keys';
import { gatewayClient, seedDirectory } from './demo';

const say = (message: string) => process.stderr.write(`[seed] ${message}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { gateway: { type: 'string', default: 'http://localhost:4000/graphql' } } });
  const token = await mintAccessToken({ subject: 'seed-directory', agency: 'committee', roles: ['admin'] }, { expiresIn: '10m' });
  await seedDirectory(gatewayClient(values.gateway!, token), say);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    say(error.message);
    process.exit(1);
  },
);
