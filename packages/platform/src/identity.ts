import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';

/** Roles a caller may hold; a role acts only within the caller's own agency unless it is `admin`. */
export const roles = ['admin', 'clerk', 'handler', 'leader', 'analyst', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** Who is calling: the user (subject), the agency they work for (an `Agency` id) and their roles. */
export interface Caller {
  subject: string;
  agency: string;
  roles: Role[];
}

export const callerSchema = z.object({
  sub: z.string().min(1),
  agency: z.string().min(1),
  roles: z.array(z.enum(roles)).min(1),
});

/** Header the gateway sets on every subgraph request; anything a client sends under that name is replaced. */
export const callerTokenHeader = 'x-caller-token';
const internalIssuer = 'hanoi-gateway';
const internalAudience = 'hanoi-subgraphs';
/** Seconds a caller token lives: long enough for one federated request, too short to replay usefully. */
export const callerTokenTtlSeconds = 60;

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signed by the gateway after it verified the user's JWT (HS256 with a secret only gateway and subgraphs hold).
 * `ttlSeconds` other than the default only for tools that stand in for the gateway (the gateway benchmark's peers).
 */
export async function signCallerToken(caller: Caller, secret: string, ttlSeconds: number = callerTokenTtlSeconds): Promise<string> {
  return new SignJWT({ agency: caller.agency, roles: caller.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.subject)
    .setIssuer(internalIssuer)
    .setAudience(internalAudience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Throws when the token is missing its signature, expired, or not the gateway's. */
export async function verifyCallerToken(token: string, secret: string): Promise<Caller> {
  const { payload } = await jwtVerify(token, key(secret), {
    issuer: internalIssuer,
    audience: internalAudience,
    algorithms: ['HS256'],
  });
  const claims = callerSchema.parse(payload);
  return { subject: claims.sub, agency: claims.agency, roles: claims.roles };
}

export const hasRole = (caller: Caller, ...wanted: Role[]) => caller.roles.some((role) => wanted.includes(role));
