import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The codegen configuration of a subgraph's typed resolvers (`services/<name>/codegen.ts`): `@graphql-codegen`'s
 * `typescript` and `typescript-resolvers` plugins read the subgraph's SDL (schemas/<name>.graphql, federation on:
 * `__resolveReference` and entity references typed) and write `src/generated/resolvers.ts`, whose `Resolvers`
 * type the service's resolver map satisfies. `mappers` name, per GraphQL type, what the resolvers hand on as that
 * type (`'./repositories/deputies#NationalAssemblyDeputyDoc'`, relative to src/): the repositories' documents, pages
 * of them, references to other subgraphs' entities. `npm run codegen` writes it; `npm run codegen:check` (run by
 * `npm test`) fails when it differs from the SDL.
 */
export function resolverCodegen(serviceDir: string, mappers: Record<string, string>): CodegenConfig {
  const service = path.basename(serviceDir);
  // Mappers and the context are written relative to src/; the generated file imports them from src/generated/.
  const fromGenerated = (target: string) => (target.startsWith('./') ? `.${target}` : target);
  return {
    schema: path.join(serviceDir, `../../schemas/${service}.graphql`),
    generates: {
      [path.join(serviceDir, 'src/generated/resolvers.ts')]: {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          contextType: fromGenerated('./resolvers-mappers#Context'),
          mappers: Object.fromEntries(Object.entries(mappers).map(([type, target]) => [type, fromGenerated(target)])),
          // Imported as `<Name>Mapper`: a mapper may bear its GraphQL type's name (InboxItem, SatisfactionFigure).
          mapperTypeSuffix: 'Mapper',
          // A union's members carry their `__typename`, which `__resolveType` returns.
          resolversNonOptionalTypename: { unionMember: true },
          // Both scalars are `Date`s inside the service (platform's scalars parse and serialize them); `_FieldSet` is
          // the federation directives' field selection (`@key(fields: "id")`), which codegen declares with them.
          scalars: { Date: 'Date', DateTime: 'Date', _FieldSet: 'string' },
          strictScalars: true,
          enumsAsTypes: true,
          useTypeImports: true,
        },
      },
    },
  };
}
