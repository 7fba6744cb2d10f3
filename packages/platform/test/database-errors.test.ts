import { GraphQLError } from 'graphql';
import { createErrorFormatter, createLogger } from '../src';
import { isDatabaseUnreachable } from '../src/database-errors';

const named = (name: string, message = 'x', cause?: unknown) => Object.assign(new Error(message, { cause }), { name });
const format = createErrorFormatter(createLogger({ service: 'database-errors-test', level: 'silent' }));
const resolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['petitions'] });

describe('a database that cannot be reached', () => {
  it('is told apart from other failures by the driver error, or its cause', () => {
    expect(isDatabaseUnreachable(named('MongoServerSelectionError', 'connect ECONNREFUSED 127.0.0.1:27017'))).toBe(true);
    expect(isDatabaseUnreachable(named('MongooseError', 'Operation `petitions.find()` buffering timed out after 10000ms'))).toBe(true);
    expect(isDatabaseUnreachable(new Error('write failed', { cause: named('MongoNetworkError') }))).toBe(true);
    expect(isDatabaseUnreachable(named('MongoServerError', 'E11000 duplicate key'))).toBe(false);
    expect(isDatabaseUnreachable(new TypeError('undefined is not a function'))).toBe(false);
  });

  it('answers DATABASE_UNAVAILABLE, not a masked internal error, and says nothing of the cause', () => {
    const original = named('MongoServerSelectionError', 'connect ECONNREFUSED 127.0.0.1:27017');
    const formatted = format({ message: original.message, path: ['petitions'] }, resolverError(original));
    expect(formatted.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    expect(formatted.message).not.toContain('27017');
    const bug = format({ message: 'boom', path: ['petitions'] }, resolverError(new TypeError('boom')));
    expect(bug.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
