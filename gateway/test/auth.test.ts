import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { createAccessTokenVerifier } from '../src/auth';

const caller = { subject: 'front-clerk', agency: 'front', roles: ['clerk' as const] };
const options = { issuer: 'hanoi-identity', audience: 'hanoi-coordination-graph' };

describe('gateway access tokens', () => {
  let keys: Awaited<ReturnType<typeof ensureDevKeys>>;
  let otherKeys: Awaited<ReturnType<typeof ensureDevKeys>>;
  let verifier: Awaited<ReturnType<typeof createAccessTokenVerifier>>;
  beforeAll(async () => {
    keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'keys-')));
    otherKeys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'keys-')));
    verifier = await createAccessTokenVerifier({ publicKeyPath: keys.publicKeyPath, ...options });
  });

  const rejection = (authorization: string | undefined) =>
    verifier.verify(authorization).then(
      () => 'accepted',
      (error: { message: string; extensions: { code: string } }) => `${error.extensions.code}: ${error.message}`,
    );

  it('accepts a valid token and returns the caller it names', async () => {
    const token = await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath });
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(caller);
  });

  it('refuses missing, expired, forged and foreign tokens as UNAUTHENTICATED', async () => {
    expect(await rejection(undefined)).toMatch(/^UNAUTHENTICATED: Send an access token/);
    expect(await rejection('Basic abc')).toMatch(/^UNAUTHENTICATED/);
    const expired = await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath, expiresIn: '-1m' });
    expect(await rejection(`Bearer ${expired}`)).toBe('UNAUTHENTICATED: The access token has expired');
    const forged = await mintAccessToken(caller, { privateKeyPath: otherKeys.privateKeyPath });
    expect(await rejection(`Bearer ${forged}`)).toBe('UNAUTHENTICATED: The access token is invalid');
    const otherAudience = await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath, audience: 'someone-else' });
    expect(await rejection(`Bearer ${otherAudience}`)).toBe('UNAUTHENTICATED: The access token is invalid');
    expect(await rejection('Bearer not.a.jwt')).toBe('UNAUTHENTICATED: The access token is invalid');
  });

  it('refuses a token without agency or roles', async () => {
    const noRoles = await mintAccessToken({ ...caller, roles: [] }, { privateKeyPath: keys.privateKeyPath });
    expect(await rejection(`Bearer ${noRoles}`)).toBe('UNAUTHENTICATED: The access token lacks sub, agency or roles');
  });
});
