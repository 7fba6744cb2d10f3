/**
 * `npm run test:faults`: the fault suite. Real processes (subgraphs started as `npm start` starts them), the local
 * stack for faults of the platform's own processes, and private brokers and databases (infra/local/cluster.sh,
 * FerretDB's binary) for faults of the infrastructure. Each scenario prints what it did, its checks and a verdict
 * line; the suite ends with a table and exits 1 if any scenario failed.
 *
 *   npm run test:faults                       every scenario
 *   npm run test:faults -- broker-freeze ...  only those
 */
import { ScenarioReport, summaryTable } from './support/report';
import { createSuite, type Scenario } from './support/scenario';
import { brokerFreeze } from './scenarios/broker-freeze';
import { clusterBrokerLoss } from './scenarios/cluster-broker-loss';
import { consumerCrash } from './scenarios/consumer-crash';
import { databaseRestart } from './scenarios/database-restart';
import { npmStart } from './scenarios/npm-start';
import { shutdown } from './scenarios/shutdown';
import { subgraphKill } from './scenarios/subgraph-kill';

/** In this order: those on the shared stack first, while the private brokers boot. */
const scenarios: Scenario[] = [subgraphKill, consumerCrash, databaseRestart, shutdown, brokerFreeze, clusterBrokerLoss, npmStart];

async function main(): Promise<number> {
  const began = Date.now();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => !scenarios.some((scenario) => scenario.id === id));
  if (unknown.length > 0) {
    console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${scenarios.map((scenario) => scenario.id).join(', ')}`);
    return 2;
  }
  const selected = scenarios.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.id));
  const suite = createSuite();
  // The private brokers boot (JVMs, tens of seconds) while the first scenarios run on the shared stack.
  suite.warmUp([...new Set(selected.flatMap((scenario) => scenario.uses ?? []))]);
  const reports: ScenarioReport[] = [];
  let current: ScenarioReport | undefined;
  const cleanUpAll = async () => {
    await current?.cleanUp();
    await suite.close();
  };
  // Interrupted: stop every process, broker and database the suite started before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUpAll().finally(() => process.exit(130)));
  }
  try {
    for (const scenario of selected) {
      current = new ScenarioReport(scenario.id, scenario.summary);
      reports.push(current);
      console.log(`\n== ${scenario.id}: ${scenario.summary}`);
      try {
        await scenario.run(current, suite);
      } catch (error) {
        current.check('ran to the end', false, (error as Error).stack ?? String(error));
      } finally {
        await current.cleanUp();
      }
      current.end();
    }
  } finally {
    await cleanUpAll();
  }
  const seconds = (Date.now() - began) / 1000;
  console.log(`\nFault suite — ${new Date().toISOString()}, ${seconds.toFixed(0)} s\n\n${summaryTable(reports, seconds)}\n`);
  return reports.every((report) => report.passed) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
