/**
 * `npm run schema:check` (run by `npm test`, so by CI): the subgraphs compose, and nothing breaks what landed —
 * each subgraph's SDL and the API schema against the landed version (`SCHEMA_BASE_REF`, else see
 * scripts/lib/schema-check/base-ref.ts), with the saved queries and registered documents each breaking change hits,
 * and each published event type's wire format. Exit 1 on a composition error or a breaking change the allow list
 * (schemas/breaking-changes.allow) does not name. README "Schema governance".
 */
import { allContracts } from '@hanoi/contracts';
import { failures, formatReport, runSchemaCheck } from './lib/schema-check/check';
import { repoRoot } from './lib/subgraphs';

runSchemaCheck({ root: repoRoot, baseRef: process.env.SCHEMA_BASE_REF || undefined, contracts: allContracts })
  .then((report) => {
    console.log(formatReport(report));
    if (report.compositionError || failures(report).length) process.exit(1);
  })
  .catch((error: Error) => {
    console.error(`schema check failed: ${error.message}`);
    process.exit(1);
  });
