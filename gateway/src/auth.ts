import { readFileSync } from 'node:fs';
import { callerSchema, unauthenticated, type Caller } from '@hanoi/platform';
import { errors, importSPKI, jwtVerify, type KeyLike } from 'jose';
import { LRUCache } from 'lru-cache';

/** Signature algorithm of users' access tokens. */
export const accessTokenAlgorithm = 'ES256';

export interface AccessTokenVerifier {
  /** Verifies `Authorization: Bearer <jwt>`: signature, issuer, audience, expiry; returns the caller. */
  verify(authorization: string | undefined): Promise<Caller>;
}

export async function createAccessTokenVerifier(options: {
  publicKeyPath: string;
  issuer: string;
  audience: string;
  /** Verified tokens remembered (0: none); see below. */
  cacheSize: number;
}): Promise<AccessTokenVerifier> {
  let key: KeyLike;
  try {
    key = await importSPKI(readFileSync(options.publicKeyPath, 'utf8'), accessTokenAlgorithm);
  } catch (error) {
    throw new Error(`cannot read the token public key at ${options.publicKeyPath}: ${(error as Error).message}`);
  }
  /**
   * An ES256 verification costs about a tenth of a millisecond of CPU, and an app sends the same token with every
   * request until it expires: a verified token is remembered, by its exact text, until its `exp` (never longer: an
   * expired token is refused as before), in a bounded LRU. Only verified tokens enter, so forged ones cannot fill
   * it; a token without `exp` is verified every time. Keys are the whole token, so a cache hit is the same signature
   * over the same claims; the key pair and the expected issuer and audience are fixed for the process's life. The
   * expiry is checked on each hit against the wall clock, as jose checks it (epoch ms).
   */
  const verified = options.cacheSize > 0 ? new LRUCache<string, { caller: Caller; expiresAt: number }>({ max: options.cacheSize }) : undefined;

  async function verifyToken(token: string): Promise<Caller> {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [accessTokenAlgorithm],
      });
      const claims = callerSchema.safeParse(payload);
      if (!claims.success) throw unauthenticated('The access token lacks sub, agency or roles');
      const caller: Caller = { subject: claims.data.sub, agency: claims.data.agency, roles: claims.data.roles };
      if (verified && payload.exp !== undefined) verified.set(token, { caller, expiresAt: payload.exp * 1000 });
      return caller;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('The access token has expired');
      if (error instanceof errors.JOSEError) throw unauthenticated('The access token is invalid');
      throw error;
    }
  }

  return {
    async verify(authorization) {
      const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw unauthenticated('Send an access token: Authorization: Bearer <token>');
      const cached = verified?.get(token);
      // jose refuses a token at its `exp` second: so does the cache (and the refusal is jose's own, with its message).
      if (!cached || Date.now() >= cached.expiresAt) return verifyToken(token);
      // A copy: resolvers must not be able to change what the next request of this token sees.
      return { ...cached.caller, roles: [...cached.caller.roles] };
    },
  };
}
