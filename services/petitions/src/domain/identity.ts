import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Bảo vệ người tố cáo — denouncer secrecy (Law on Denunciations 2018 arts. 47, 56): the name, address and other
 * personal data of a denouncer are secret. Petitions stores them encrypted with AES-256-GCM (a random 12-byte IV
 * per value; the case id and field name are authenticated with it, so a value cannot be moved to another case or
 * field unnoticed) and compares petitioners across cases by a keyed hash (HMAC-SHA256 under a key derived from the
 * same secret) of the normalised national id or phone, never by the plain value.
 */
export const identityFields = ['fullName', 'address', 'phone', 'nationalId'] as const;
export type IdentityField = (typeof identityFields)[number];

export interface Identity {
  fullName: string;
  address: string | null;
  phone: string | null;
  nationalId: string | null;
}

/** As stored: plain for most kinds (still personal data), ciphertexts for denunciations. */
export interface StoredPetitioner extends Identity {
  encrypted: boolean;
}

const version = 'v1';
const ivBytes = 12;
const tagBytes = 16;

/** Parses the configured key: base64 of exactly 32 bytes. Returns a problem message instead of throwing. */
export function parseIdentityKey(value: string): Buffer | string {
  const trimmed = value.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== trimmed.replace(/=+$/, '')) {
    return 'must be the base64 of exactly 32 random bytes (e.g. openssl rand -base64 32)';
  }
  return key;
}

/** National ids compare without spaces and case; phones by digits, +84/84 written as the domestic leading 0. */
export function normaliseNationalId(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits;
}

export interface IdentityCipher {
  encrypt(plain: string, context: string): string;
  /** Throws when the value was altered, moved to another context or encrypted under another key. */
  decrypt(stored: string, context: string): string;
  /** Keys that identify the same person across cases without revealing who: `id:<hmac>` and `phone:<hmac>`. */
  matchKeys(identity: Pick<Identity, 'nationalId' | 'phone'>): string[];
  seal(caseId: string, index: number, identity: Identity): StoredPetitioner;
  open(caseId: string, index: number, stored: StoredPetitioner): Identity;
}

export function createIdentityCipher(key: Buffer): IdentityCipher {
  if (key.length !== 32) throw new Error('The identity key must be 32 bytes');
  const encryptionKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'petitions identity encryption v1', 32));
  const matchKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'petitions petitioner match v1', 32));

  function encrypt(plain: string, context: string): string {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: tagBytes });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [version, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  function decrypt(stored: string, context: string): string {
    const [tag, ivText, authTag, body, ...rest] = stored.split('.');
    if (tag !== version || !ivText || !authTag || body === undefined || rest.length > 0) throw new Error('not an encrypted identity value');
    const iv = Buffer.from(ivText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: tagBytes });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(authTag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  const hmac = (value: string) => createHmac('sha256', matchKey).update(value, 'utf8').digest('base64url');
  const context = (caseId: string, index: number, field: IdentityField) => `${caseId}/${index}/${field}`;

  return {
    encrypt,
    decrypt,
    matchKeys(identity) {
      const keys: string[] = [];
      if (identity.nationalId) keys.push(`id:${hmac(normaliseNationalId(identity.nationalId))}`);
      if (identity.phone && normalisePhone(identity.phone).length >= 6) keys.push(`phone:${hmac(normalisePhone(identity.phone))}`);
      return keys;
    },
    seal(caseId, index, identity) {
      const seal = (field: IdentityField) => {
        const value = identity[field];
        return value == null ? null : encrypt(value, context(caseId, index, field));
      };
      return { fullName: seal('fullName')!, address: seal('address'), phone: seal('phone'), nationalId: seal('nationalId'), encrypted: true };
    },
    open(caseId, index, stored) {
      if (!stored.encrypted) return { fullName: stored.fullName, address: stored.address, phone: stored.phone, nationalId: stored.nationalId };
      const open = (field: IdentityField) => {
        const value = stored[field];
        return value == null ? null : decrypt(value, context(caseId, index, field));
      };
      return { fullName: open('fullName')!, address: open('address'), phone: open('phone'), nationalId: open('nationalId') };
    },
  };
}

/** Only denunciations carry the statutory secrecy; other kinds are stored plain (and still shown only to handlers). */
export const mustEncrypt = (kind: string) => kind === 'DENUNCIATION';
