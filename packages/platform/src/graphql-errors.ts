import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnreachable } from './database-errors';
import type { Logger } from './logger';

/**
 * The argument path a graphql-js variable-coercion message names ("got invalid value … at "input.attendance"",
 * "Field "place" of required type …"), so clients get `extensions.field` for those too.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = / at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "(\w+)" of required type/.exec(message)?.[1];
  if (at) return missing ? `${at}.${missing}` : at;
  return missing ? `${variable}.${missing}` : variable;
}

/**
 * Keeps errors that carry a code meant for clients (ours and Apollo's validation ones); masks the
 * rest as INTERNAL_SERVER_ERROR, logging the original so operators still see it.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      const field = code === 'BAD_USER_INPUT' && !extensions.field ? fieldOfCoercionError(formatted.message) : undefined;
      return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
    }
    // Apollo's own request errors that carry a 4xx status but no code (a persisted query of another version, a hash
    // that is not its query's) are the client's: coded BAD_REQUEST, their message kept.
    const status = error instanceof GraphQLError && error.extensions?.code === undefined ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
    if (status !== undefined && status >= 400 && status < 500) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    // The database stopped or restarting: expected in operation, and the client may try again shortly.
    if (isDatabaseUnreachable(unwrapResolverError(error))) {
      logger.warn({ err: (unwrapResolverError(error) as Error).message, path: formatted.path }, 'database unreachable');
      return { message: 'The database cannot be reached right now; try again shortly', path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
    // At the gateway, the subgraph that failed is named (a name, never a detail of the failure).
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof serviceName === 'string' && { serviceName }) },
    };
  };
}
