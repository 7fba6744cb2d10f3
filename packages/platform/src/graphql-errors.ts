import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
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
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
