/**
 * Typed documents of the agency dashboard, from the published API schema (schemas/api.graphql):
 *  - src/gql/: this app's own operations (src/operations/*.graphql) and their trusted-documents manifest
 *    (persisted-documents.json), which the gateway loads;
 *  - src/saved-queries/: the explorer's saved analyst queries (gateway/explorer/queries/*.graphql), typed, sent
 *    as text: only analysts and administrators may send documents no manifest holds.
 * `npm run codegen` writes both; `npm run codegen:check` (run by `npm test`) fails when the committed output
 * differs — after an edit to the schema, to an operation or to a saved query. Paths are resolved from this file.
 */
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { ClientPresetConfig } from '@graphql-codegen/client-preset';

const here = (relative: string) => path.join(__dirname, relative);

const config = {
  // Plain strings on the wire: `YYYY-MM-DD` calendar days and ISO instants.
  scalars: { Date: 'string', DateTime: 'string' },
  strictScalars: true,
  enumsAsTypes: true,
  // Only the enums and inputs the operations use, not the whole schema's types.
  onlyOperationTypes: true,
  useTypeImports: true,
  documentMode: 'string',
};

const codegen: CodegenConfig = {
  schema: here('../../schemas/api.graphql'),
  generates: {
    [here('src/gql/')]: {
      documents: [here('src/operations/*.graphql')],
      preset: 'client',
      config,
      presetConfig: {
        fragmentMasking: false,
        // sha256 of the printed document: the GraphQL-over-HTTP `documentId` (`sha256:<hex>`) and Apollo's
        // persisted-query hash. The generated documents keep only the hash: this app can send nothing else.
        persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
      } satisfies ClientPresetConfig,
    },
    [here('src/saved-queries/')]: {
      documents: [here('../../gateway/explorer/queries/*.graphql')],
      preset: 'client',
      config,
      presetConfig: { fragmentMasking: false } satisfies ClientPresetConfig,
    },
  },
};

export default codegen;
