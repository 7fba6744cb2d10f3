import mongoose, { type Connection } from 'mongoose';
import type { Service } from './lifecycle';
import type { Logger } from './logger';
import { countDatabaseCommand } from './metrics';

export interface Database extends Service {
  connection: Connection;
  /** Database commands sent so far (find, insert, …); benchmarks and tests read it to prove batching. */
  commandCount(): number;
}

const retryDelayMs = (attempt: number) => Math.min(200 * 2 ** attempt, 5_000);

/**
 * One MongoDB-wire connection per service (its own database). Only features FerretDB 1.24 and MongoDB 7
 * share are used by callers: no multi-document transactions, `$lookup`, collation, TTL or partial indexes.
 */
export function createDatabase(options: { url: string; dbName: string; logger: Logger; maxAttempts?: number }): Database {
  const connection = mongoose.createConnection();
  let commands = 0;
  const maxAttempts = options.maxAttempts ?? 20;

  return {
    name: 'database',
    connection,
    commandCount: () => commands,
    async start() {
      for (let attempt = 0; ; attempt++) {
        try {
          await connection.openUri(options.url, {
            dbName: options.dbName,
            serverSelectionTimeoutMS: 3_000,
            monitorCommands: true,
          });
          break;
        } catch (error) {
          if (attempt + 1 >= maxAttempts) throw error;
          options.logger.warn({ attempt: attempt + 1, err: (error as Error).message }, 'database not reachable yet, retrying');
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
        }
      }
      // Also counted toward the GraphQL request being served (the monitor runs in the caller's async context).
      connection.getClient().on('commandStarted', () => {
        commands++;
        countDatabaseCommand();
      });
      // Build declared indexes now (unique keys back idempotency); FerretDB supports unique and compound ones.
      await Promise.all(Object.values(connection.models).map((model) => model.init()));
      options.logger.info({ db: options.dbName }, 'database connected');
    },
    async stop() {
      await connection.close();
    },
    async ready() {
      if (connection.readyState !== 1 || !connection.db) return false;
      await connection.db.command({ ping: 1 });
      return true;
    },
  };
}
