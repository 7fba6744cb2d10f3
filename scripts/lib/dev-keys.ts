import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SignJWT, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8 } from 'jose';
import type { Caller } from '@hanoi/platform';
import { repoRoot } from './subgraphs';

/**
 * Local identity provider for development and tests: an ES256 key pair in .local/keys (never committed).
 * Production verifies tokens of the city's real identity provider with its public key.
 */
export const keysDir = path.join(repoRoot, '.local/keys');
export const devIssuer = 'hanoi-identity';
export const devAudience = 'hanoi-coordination-graph';

export async function ensureDevKeys(dir = keysDir): Promise<{ privateKeyPath: string; publicKeyPath: string }> {
  const privateKeyPath = path.join(dir, 'jwt-private.pem');
  const publicKeyPath = path.join(dir, 'jwt-public.pem');
  if (!existsSync(privateKeyPath) || !existsSync(publicKeyPath)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    writeFileSync(privateKeyPath, await exportPKCS8(privateKey), { mode: 0o600 });
    writeFileSync(publicKeyPath, await exportSPKI(publicKey));
  }
  return { privateKeyPath, publicKeyPath };
}

/** Signs a user access token as the local identity provider would. `expiresIn` like '8h' or '-1m' (expired). */
export async function mintAccessToken(
  caller: Caller,
  options: { privateKeyPath?: string; expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  const privateKeyPath = options.privateKeyPath ?? (await ensureDevKeys()).privateKeyPath;
  const key = await importPKCS8(readFileSync(privateKeyPath, 'utf8'), 'ES256');
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn ?? '8h';
  const jwt = new SignJWT({ agency: caller.agency, roles: caller.roles })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(caller.subject)
    .setIssuer(options.issuer ?? devIssuer)
    .setAudience(options.audience ?? devAudience)
    .setIssuedAt(now - 120);
  if (expiresIn.startsWith('-')) jwt.setExpirationTime(now - 60);
  else jwt.setExpirationTime(expiresIn);
  return jwt.sign(key);
}

/**
 * The development key petitions encrypts denouncers' identities with, kept in .local/keys so that data stored
 * by one `npm start` stays readable at the next. Production supplies its own PETITIONS_IDENTITY_KEY.
 */
export function ensureDevIdentityKey(dir = keysDir): string {
  const file = path.join(dir, 'petitions-identity.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
