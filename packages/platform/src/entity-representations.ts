import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getArgumentValues, getNamedType, GraphQLError, isUnionType, Kind } from 'graphql';

/**
 * A subgraph's `_entities(representations: …)` is the gateway's to call, but anyone holding a caller token could send
 * it anything; a representation reaches the services' `__resolveReference` as it came, and one whose key is an object
 * (`{"id": {"$gt": ""}}`) or whose type is no entity here failed deep inside (a cast error, an unknown type) as an
 * uncoded INTERNAL_SERVER_ERROR. This refuses, before anything runs, every representation that is not an object naming
 * one of this subgraph's entity types with scalar key values: BAD_USER_INPUT, `field` `representations.<index>`.
 */
export const entityRepresentationsPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, operation, request }) {
        const entities = schema.getQueryType()?.getFields()._entities;
        const entityUnion = entities && getNamedType(entities.type);
        if (!operation || !entities || !isUnionType(entityUnion)) return;
        const entityTypes = new Set(entityUnion.getTypes().map((type) => type.name));
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
          let representations: unknown;
          try {
            representations = getArgumentValues(entities, selection, request.variables ?? {}).representations;
          } catch {
            continue; // variables that do not fit: execution refuses them (BAD_USER_INPUT)
          }
          if (!Array.isArray(representations)) continue;
          representations.forEach((representation: unknown, index) => {
            if (isRepresentation(representation, entityTypes)) return;
            throw new GraphQLError(`representations.${index}: must be an object naming an entity type of this subgraph (__typename) and its key fields' values`, {
              extensions: { code: 'BAD_USER_INPUT', field: `representations.${index}`, http: { status: 400 } },
            });
          });
        }
      },
    };
  },
};

function isRepresentation(value: unknown, entityTypes: Set<string>): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { __typename: typename, ...keys } = value as Record<string, unknown>;
  return typeof typename === 'string' && entityTypes.has(typename) && Object.values(keys).every((key) => ['string', 'number', 'boolean'].includes(typeof key));
}
