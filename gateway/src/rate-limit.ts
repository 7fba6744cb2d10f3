import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { Caller } from '@hanoi/platform';
import { GraphQLError } from 'graphql';
import proxyAddress from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { Config } from './config';

/**
 * Rate limits at the gateway: requests per window per caller (the verified token's subject), and per IP address
 * for requests without a valid token (a forged token's subject is not trusted, so it cannot spread a flood over
 * invented subjects). In memory (rate-limiter-flexible): each gateway replica counts alone, so N replicas admit
 * up to N times the limit; a shared store (rate-limiter-flexible's Redis or MongoDB limiters) would make it global.
 */
export const rateLimitConfigShape = {
  /** Length of the rate limits' window (seconds). */
  GATEWAY_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Requests one caller may send per window: 3,000 a minute, 50 a second sustained (a busy explorer tab sends a few). */
  GATEWAY_RATE_LIMIT_PER_CALLER: z.coerce.number().int().min(1).default(3_000),
  /** Requests without a valid token one IP address may send per window. */
  GATEWAY_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(600),
  /**
   * The proxies in front of the gateway (an ingress, a load balancer) whose `X-Forwarded-For` is believed: comma-
   * separated addresses, CIDR subnets or `loopback` / `linklocal` / `uniquelocal`. The client's address is the
   * nearest one in the chain not sent by a trusted proxy. Empty (the default): the header is ignored — anyone can
   * write it, and a flood could otherwise spread over invented addresses. Behind an ingress left empty, every
   * unauthenticated caller shares the ingress's one allowance.
   */
  GATEWAY_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value, context) => {
      const proxies = value.split(',').map((entry) => entry.trim()).filter(Boolean);
      try {
        return { proxies, trusts: proxyAddress.compile(proxies) };
      } catch (error) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: `not an address, subnet or proxy-addr name: ${(error as Error).message}` });
        return z.NEVER;
      }
    }),
};

/** The address a request's rate limit counts against: its peer's, or the client's a trusted proxy forwarded. */
export function clientAddress(peer: { headers: IncomingMessage['headers']; remoteAddress: string }, trusts: (address: string, hop: number) => boolean): string {
  // proxy-addr reads the header and the socket's address only.
  return proxyAddress({ headers: peer.headers, socket: { remoteAddress: peer.remoteAddress } } as IncomingMessage, trusts);
}

export const rateLimitedCode = 'RATE_LIMITED';

/** 429 with `Retry-After` (whole seconds until the window frees a request), through Apollo's context failure. */
function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: retry after ${retryAfterSeconds} s`, {
    extensions: {
      code: rateLimitedCode,
      retryAfterSeconds,
      // Apollo iterates a HeaderMap; another library's typings declare a plain record here.
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) as unknown as Record<string, string> },
    },
  });
}

export function createRateLimits(config: Pick<Config, keyof typeof rateLimitConfigShape>) {
  const duration = config.GATEWAY_RATE_LIMIT_WINDOW_SECONDS;
  const perCaller = new RateLimiterMemory({ keyPrefix: 'caller', points: config.GATEWAY_RATE_LIMIT_PER_CALLER, duration });
  const perAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: config.GATEWAY_RATE_LIMIT_PER_IP, duration });

  async function take(limiter: RateLimiterMemory, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
  }

  return {
    /**
     * Verifies the caller and counts the request against its subject; a request that fails verification counts
     * against its IP address and, within that limit, fails as it would have (UNAUTHENTICATED).
     */
    async admit(verify: () => Promise<Caller>, peer: { headers: IncomingMessage['headers']; remoteAddress: string }): Promise<Caller> {
      let caller: Caller;
      try {
        caller = await verify();
      } catch (error) {
        await take(perAddress, clientAddress(peer, config.GATEWAY_TRUSTED_PROXIES.trusts));
        throw error;
      }
      await take(perCaller, caller.subject);
      return caller;
    },
  };
}
