import { callerTokenHeader, verifyCallerToken, type Caller } from '@hanoi/platform';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../src/app';
import { SubgraphSource } from '../src/subgraph-source';

const secret = 'a-test-secret-of-at-least-thirty-two-characters';
const caller: Caller = { subject: 'analyst-1', agency: 'council', roles: ['analyst'] };

/** The headers the gateway would send to a subgraph for one fetch of a plan. */
async function headersOfFetch(source: SubgraphSource, context: GatewayContext) {
  const headers = new Map<string, string>();
  const request = { http: { headers: { set: (name: string, value: string) => headers.set(name, value) } } };
  await source.willSendRequest({ request, context } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
  return headers;
}

describe('gateway → subgraph fetches', () => {
  afterEach(() => jest.useRealTimers());

  it('signs the caller token for each fetch, so a fetch made long after the request began still carries a valid one', async () => {
    const source = new SubgraphSource({ name: 'council', url: 'http://127.0.0.1:1/graphql', callerTokenSecret: secret, timeoutMs: 10_000 });
    const context: GatewayContext = { caller, requestId: 'req-1' };
    const began = Date.parse('2026-11-28T08:00:00Z');
    jest.useFakeTimers({ now: began, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const first = await headersOfFetch(source, context);
    // The plan's second fetch, 90 s later (a slow first subgraph): past the 60-second lifetime of the first token.
    jest.setSystemTime(began + 90_000);
    const second = await headersOfFetch(source, context);
    await expect(verifyCallerToken(first.get(callerTokenHeader)!, secret)).rejects.toThrow();
    await expect(verifyCallerToken(second.get(callerTokenHeader)!, secret)).resolves.toEqual(caller);
    expect(second.get('x-request-id')).toBe('req-1');
  });
});
