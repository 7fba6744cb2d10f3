import { readFileSync } from 'node:fs';
import { callerSchema, unauthenticated, type Caller } from '@hanoi/platform';
import { errors, importSPKI, jwtVerify, type KeyLike } from 'jose';

/** Signature algorithm of users' access tokens. */
export const accessTokenAlgorithm = 'ES256';

export interface AccessTokenVerifier {
  /** Verifies `Authorization: Bearer <jwt>`: signature, issuer, audience, expiry; returns the caller. */
  verify(authorization: string | undefined): Promise<Caller>;
}

export async function createAccessTokenVerifier(options: { publicKeyPath: string; issuer: string; audience: string }): Promise<AccessTokenVerifier> {
  let key: KeyLike;
  try {
    key = await importSPKI(readFileSync(options.publicKeyPath, 'utf8'), accessTokenAlgorithm);
  } catch (error) {
    throw new Error(`cannot read the token public key at ${options.publicKeyPath}: ${(error as Error).message}`);
  }
  return {
    async verify(authorization) {
      const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw unauthenticated('Send an access token: Authorization: Bearer <token>');
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: [accessTokenAlgorithm],
        });
        const claims = callerSchema.safeParse(payload);
        if (!claims.success) throw unauthenticated('The access token lacks sub, agency or roles');
        return { subject: claims.data.sub, agency: claims.data.agency, roles: claims.data.roles };
      } catch (error) {
        if (error instanceof errors.JWTExpired) throw unauthenticated('The access token has expired');
        if (error instanceof errors.JOSEError) throw unauthenticated('The access token is invalid');
        throw error;
      }
    },
  };
}
