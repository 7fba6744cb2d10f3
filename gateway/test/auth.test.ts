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
    verifier = await createAccessTokenVerifier({ publicKeyPath: keys.publicKeyPath, ...options, cacheSize: 100 });
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

  describe('the cache of verified tokens', () => {
    afterEach(() => jest.useRealTimers());

    it('answers a token it verified from memory until the token expires, then refuses it as expired', async () => {
      const began = Date.now();
      jest.useFakeTimers({ now: began, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      const token = await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath, expiresIn: '10m' });
      const cached = await createAccessTokenVerifier({ publicKeyPath: keys.publicKeyPath, ...options, cacheSize: 10 });
      await expect(cached.verify(`Bearer ${token}`)).resolves.toEqual(caller);
      const first = await cached.verify(`Bearer ${token}`);
      first.roles.push('admin');
      // A caller handed out is a copy: changing it changes nothing for the next request.
      await expect(cached.verify(`Bearer ${token}`)).resolves.toEqual(caller);
      jest.setSystemTime(began + 9 * 60_000);
      await expect(cached.verify(`Bearer ${token}`)).resolves.toEqual(caller);
      jest.setSystemTime(began + 11 * 60_000);
      await expect(cached.verify(`Bearer ${token}`)).rejects.toMatchObject({ message: 'The access token has expired' });
    });

    it('remembers only verified tokens: a forged one is refused every time, and a token never stands for another', async () => {
      const cached = await createAccessTokenVerifier({ publicKeyPath: keys.publicKeyPath, ...options, cacheSize: 10 });
      const forged = await mintAccessToken(caller, { privateKeyPath: otherKeys.privateKeyPath });
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(cached.verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      }
      const other = { subject: 'council-clerk', agency: 'council', roles: ['clerk' as const] };
      await cached.verify(`Bearer ${await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath })}`);
      await expect(cached.verify(`Bearer ${await mintAccessToken(other, { privateKeyPath: keys.privateKeyPath })}`)).resolves.toEqual(other);
    });

    it('keeps at most its size, forgetting the least recently used (verified again, still accepted)', async () => {
      const cached = await createAccessTokenVerifier({ publicKeyPath: keys.publicKeyPath, ...options, cacheSize: 2 });
      const tokens = await Promise.all(
        ['a', 'b', 'c'].map((subject) => mintAccessToken({ ...caller, subject }, { privateKeyPath: keys.privateKeyPath })),
      );
      for (const token of tokens) await cached.verify(`Bearer ${token}`);
      // The first was evicted: verifying it again still answers its own caller.
      await expect(cached.verify(`Bearer ${tokens[0]}`)).resolves.toMatchObject({ subject: 'a' });
    });
  });
});
