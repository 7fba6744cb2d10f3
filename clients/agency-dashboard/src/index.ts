export { createClient, GraphQLRequestError, type GraphQLResponseError } from './client';
export * from './gql/graphql';
/** The explorer's saved analyst queries, typed (sent as text: analysts and administrators only, where enforced). */
export * as savedQueries from './saved-queries/graphql';
