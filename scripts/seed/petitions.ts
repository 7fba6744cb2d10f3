/**
 * `npm run seed:petitions [-- --cases 100000] [--db bench_petitions] [--reset]`: loads realistic synthetic
 * citizens' cases (Hanoi's units valid on each date, the agencies competent there, Vietnamese subjects, kinds
 * and statuses in the city's proportions) into the petitions collection of `--db` on MONGO_URL, with a
 * progress bar. Deterministic and idempotent: run again, it keeps what is there unless the count differs.
 * Straight into the database, without events (synthetic data must not reach other services); the directory
 * they reference is the demo one (`npm start` loads it, and `npm run bench:petitions` into its own databases).
 */
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { startStack } from '../lib/processes';
import { loadSyntheticPetitions } from '../lib/synthetic-petitions';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, db: { type: 'string', default: 'bench_petitions' }, reset: { type: 'boolean', default: false } },
});
const say = (message: string) => process.stderr.write(`[seed] ${message}\n`);

async function main(): Promise<void> {
  const total = Number(values.cases);
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) throw new Error(`--cases must be a whole number from 1 to 1,000,000, got ${values.cases}`);
  startStack();
  const connection = await mongoose.createConnection(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017', { dbName: values.db }).asPromise();
  try {
    await loadSyntheticPetitions(connection.collection('petitions'), total, { reset: values.reset, say });
  } finally {
    await connection.close();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    say(error.message);
    process.exit(1);
  },
);
