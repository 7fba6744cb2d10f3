/**
 * Errors of the MongoDB driver and of mongoose that mean the database cannot be reached right now — stopped,
 * restarting, a network cut — rather than a bad request or a bug: the client may try again shortly. Told apart by
 * name (the driver's classes), so that no particular driver version need be imported.
 */
const unreachableErrorNames = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** mongoose's "Operation `x.find()` buffering timed out after 10000ms": it waited for a connection that did not come. */
const bufferingTimedOut = /buffering timed out/;

/** Whether `error`, or an error it was caused by, says the database is unreachable. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (unreachableErrorNames.has(current.name) || (current.name === 'MongooseError' && bufferingTimedOut.test(current.message))) return true;
  }
  return false;
}
