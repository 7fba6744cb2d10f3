import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/** The error codes clients can rely on (`extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

const errorCodes: ErrorCode[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT'];

/**
 * Errors travel in a 200 response (GraphQL convention, and the gateway treats a subgraph's non-2xx answer as
 * a failure of the whole fetch). Only a request refused before execution — no valid token — answers 401.
 */
function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const http = code === 'UNAUTHENTICATED' ? { http: { status: 401 } } : {};
  return new GraphQLError(message, { extensions: { code, ...extra, ...http } });
}

/** Input the caller must correct; `field` is the argument path at fault (e.g. `input.heldOn`). */
export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  coded('BAD_USER_INPUT', `${field}: ${message}`, { field, ...extra });
export const notFound = (type: string, id: string, field = 'id') =>
  coded('NOT_FOUND', `${type} ${id} does not exist`, { field, type, id });
export const forbidden = (message: string) => coded('FORBIDDEN', message);
export const unauthenticated = (message = 'A valid access token is required') => coded('UNAUTHENTICATED', message);
export const conflict = (message: string, field?: string) => coded('CONFLICT', message, field ? { field } : {});

export const isCodedError = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && errorCodes.includes(error.extensions?.code as ErrorCode);

/** A CONFLICT: what a write meant exists already (a unique key taken, a redelivered event's record). */
export const isConflict = (error: unknown): boolean => isCodedError(error) && error.extensions.code === 'CONFLICT';

/**
 * Validates `value` with a zod schema; on failure throws BAD_USER_INPUT naming the first field at fault
 * (prefixed by `argument`) and listing every problem in `extensions.problems`.
 */
export function validate<S extends z.ZodTypeAny>(schema: S, value: unknown, argument = 'input'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    field: [argument, ...issue.path].join('.'),
    message: issue.message,
  }));
  const first = problems[0]!;
  throw badInput(first.field, first.message, { problems });
}
