import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';

/** Fails fast, with the fix, when the local infrastructure is not up (`npm test` starts it first). */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export default async function globalSetup(): Promise<void> {
  // Workers inherit it: every database and topic of this run is named after it (see testing.testEnv).
  process.env.TEST_RUN_ID = randomBytes(3).toString('hex');
  const mongo = new URL(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  const [kafkaHost, kafkaPort] = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')[0]!.split(':');
  const checks = [
    ['MongoDB-wire store', mongo.hostname, Number(mongo.port || 27017)],
    ['Kafka broker', kafkaHost!, Number(kafkaPort)],
  ] as const;
  for (const [name, host, port] of checks) {
    if (!(await reachable(host, port))) {
      throw new Error(`${name} is not reachable at ${host}:${port}. Run "bash infra/local/stack.sh up" (npm test does).`);
    }
  }
}
