import { randomBytes } from 'node:crypto';
import { createIdentityCipher, normalisePhone, parseIdentityKey, type Identity } from '../src/domain/identity';
import { deadlineOverridesOf, loadConfig } from '../src/config';
import { testEnv } from '@hanoi/platform/testing';

const key = randomBytes(32);
const cipher = createIdentityCipher(key);
const person: Identity = { fullName: 'Nguyễn Thị Hoa', address: 'Số 5 ngõ 12 Hàng Bông, Hoàn Kiếm', phone: '0912 345 678', nationalId: '001190012345' };

/** Flips one bit of the base64url part `index` (1 = IV, 2 = tag, 3 = body) of a sealed value. */
function tamper(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('identity encryption (AES-256-GCM)', () => {
  it('round-trips every field, and never stores the plain text', () => {
    const sealed = cipher.seal('case-1', 0, person);
    expect(sealed.encrypted).toBe(true);
    for (const field of ['fullName', 'address', 'phone', 'nationalId'] as const) {
      expect(sealed[field]).toMatch(/^v1\./);
      expect(sealed[field]).not.toContain(person[field]!);
    }
    expect(cipher.open('case-1', 0, sealed)).toEqual(person);
    expect(cipher.open('case-1', 0, cipher.seal('case-1', 0, { ...person, address: null, phone: null }))).toEqual({ ...person, address: null, phone: null });
  });

  it('uses a fresh 12-byte IV for every value', () => {
    const a = cipher.encrypt('Nguyễn Văn A', 'ctx');
    const b = cipher.encrypt('Nguyễn Văn A', 'ctx');
    expect(a).not.toBe(b);
    expect(Buffer.from(a.split('.')[1]!, 'base64url')).toHaveLength(12);
  });

  it('detects tampering with the IV, the tag or the ciphertext (GCM authentication)', () => {
    const sealed = cipher.encrypt('Nguyễn Văn A', 'case-1/0/fullName');
    expect(cipher.decrypt(sealed, 'case-1/0/fullName')).toBe('Nguyễn Văn A');
    for (const part of [1, 2, 3]) expect(() => cipher.decrypt(tamper(sealed, part), 'case-1/0/fullName')).toThrow();
    expect(() => cipher.decrypt('v1.not.even', 'case-1/0/fullName')).toThrow();
  });

  it('binds a value to its case and field: moved elsewhere it does not decrypt', () => {
    const sealed = cipher.seal('case-1', 0, person);
    expect(() => cipher.open('case-2', 0, sealed)).toThrow();
    expect(() => cipher.open('case-1', 1, sealed)).toThrow();
    expect(() => cipher.decrypt(sealed.fullName, 'case-1/0/address')).toThrow();
  });

  it('does not open under another key', () => {
    const other = createIdentityCipher(randomBytes(32));
    expect(() => other.open('case-1', 0, cipher.seal('case-1', 0, person))).toThrow();
  });

  it('matches the same person by keyed hashes of normalised ids and phones, without the values', () => {
    const keys = cipher.matchKeys(person);
    expect(keys).toHaveLength(2);
    expect(keys.join()).not.toContain('001190012345');
    expect(cipher.matchKeys({ nationalId: '0011 9001 2345', phone: '+84 912-345-678' })).toEqual(keys);
    expect(cipher.matchKeys({ nationalId: '001190012346', phone: null })).not.toContain(keys[0]);
    expect(createIdentityCipher(randomBytes(32)).matchKeys(person)).not.toEqual(keys);
    expect(normalisePhone('+84 912.345.678')).toBe('0912345678');
  });

  it('stores other kinds plain (open passes them through)', () => {
    expect(cipher.open('c', 0, { ...person, encrypted: false })).toEqual(person);
  });
});

describe('PETITIONS_IDENTITY_KEY', () => {
  it('is required and must be base64 of 32 bytes', () => {
    expect(typeof parseIdentityKey(randomBytes(32).toString('base64'))).not.toBe('string');
    expect(parseIdentityKey(randomBytes(16).toString('base64'))).toMatch(/32 random bytes/);
    expect(parseIdentityKey('not base64 at all!')).toMatch(/32 random bytes/);
    expect(() => loadConfig(testEnv('petitions'))).toThrow(/PETITIONS_IDENTITY_KEY: is required/);
    expect(() => loadConfig({ ...testEnv('petitions'), PETITIONS_IDENTITY_KEY: 'c2hvcnQ=' })).toThrow(/PETITIONS_IDENTITY_KEY/);
    const config = loadConfig({ ...testEnv('petitions'), PETITIONS_IDENTITY_KEY: key.toString('base64') });
    expect(config.PETITIONS_IDENTITY_KEY.equals(key)).toBe(true);
  });
});

describe('the day counts the law leaves to configuration', () => {
  const env = { ...testEnv('petitions'), PETITIONS_IDENTITY_KEY: key.toString('base64') };

  it('are unset by default, and bounded: 7–10 working days for verification, 1–365 days for a council recommendation', () => {
    expect(deadlineOverridesOf(loadConfig(env))).toEqual({ denunciationVerificationDays: undefined, councilVoterRecommendationDays: undefined });
    const set = loadConfig({ ...env, PETITIONS_DENUNCIATION_VERIFICATION_DAYS: '8', PETITIONS_COUNCIL_VOTER_RECOMMENDATION_DAYS: '30' });
    expect(deadlineOverridesOf(set)).toEqual({ denunciationVerificationDays: 8, councilVoterRecommendationDays: 30 });
    // Every problem is reported together, each naming its variable.
    const refused = () => loadConfig({ ...env, PETITIONS_DENUNCIATION_VERIFICATION_DAYS: '11', PETITIONS_COUNCIL_VOTER_RECOMMENDATION_DAYS: '0' });
    expect(refused).toThrow(/PETITIONS_DENUNCIATION_VERIFICATION_DAYS[\s\S]*PETITIONS_COUNCIL_VOTER_RECOMMENDATION_DAYS/);
    expect(() => loadConfig({ ...env, PETITIONS_DENUNCIATION_VERIFICATION_DAYS: '6' })).toThrow(/PETITIONS_DENUNCIATION_VERIFICATION_DAYS/);
  });
});
