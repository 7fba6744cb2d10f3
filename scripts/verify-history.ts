/**
 * `npm run verify:history [-- --db petitions]`: checks the tamper-evident records of the petitions database on
 * MONGO_URL (MONGO_DB, default `petitions`, or `--db`): every case's history chain and the identity access log's
 * chain (format: services/petitions/src/domain/record-chain.ts). Prints progress on stderr, then names the first
 * broken entry of each broken chain (case id, index, expected and found values). Exit code 0 when every chain
 * holds, 1 when one is broken (2 when it could not run). Read-only.
 */
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { auditRecords } from '../services/petitions/src/repositories/record-audit';

const { values } = parseArgs({ options: { db: { type: 'string', default: process.env.MONGO_DB ?? 'petitions' } } });
const say = (message: string) => process.stderr.write(`[verify:history] ${message}\n`);
/** Broken cases named one by one; beyond that only counted. */
const namedAtMost = 50;

async function main(): Promise<number> {
  const url = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
  const connection = await mongoose.createConnection(url, { dbName: values.db, serverSelectionTimeoutMS: 5_000 }).asPromise();
  try {
    say(`checking ${values.db} on ${url.replace(/\/\/[^@/]*@/, '//')}`);
    // Progress at most twice a second, and each part's last count once.
    let last = { at: 0, line: '' };
    const audit = await auditRecords(connection, (part, done, total) => {
      const line = `${part}: ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
      if (line === last.line || (Date.now() - last.at < 500 && done < total)) return;
      last = { at: Date.now(), line };
      process.stderr.write(`\r[verify:history] ${line}   ${done >= total ? '\n' : ''}`);
    });
    const { cases, accessLog } = audit;
    console.log(
      `cases: ${cases.checked} checked, ${cases.hashedLines} history lines verified, ${cases.unhashedCases} with only lines written before chaining, ${cases.broken.length} broken`,
    );
    for (const broken of cases.broken.slice(0, namedAtMost)) {
      console.log(`BROKEN case ${broken.caseId}, history entry ${broken.index} (${broken.action ?? '?'} at ${broken.at ? new Date(broken.at).toISOString() : '?'}): ${broken.problem}; expected ${broken.expected}, found ${broken.found}`);
    }
    if (cases.broken.length > namedAtMost) console.log(`… and ${cases.broken.length - namedAtMost} more broken cases`);
    console.log(`identity access log: ${accessLog.unhashed} entries written before chaining, ${accessLog.head.seq} chained entries verified; head seq ${accessLog.head.seq}, hash ${accessLog.head.hash} (keep it: a cut tail leaves a valid chain)`);
    if (accessLog.broken) {
      const broken = accessLog.broken;
      console.log(`BROKEN identity access log, entry ${broken.id} (seq ${broken.index}): ${broken.problem}; expected ${broken.expected}, found ${broken.found}`);
    }
    const ok = cases.broken.length === 0 && !accessLog.broken;
    console.log(ok ? 'OK: every chain holds' : 'BROKEN: the records above were altered, removed or reordered');
    return ok ? 0 : 1;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    say(error.message);
    process.exit(2);
  },
);
