/**
 * Secrets the centre hands out: enrolment codes, device credentials, the admin token. Only
 * their SHA-256 is stored. A salted slow hash would add nothing here: every secret is random
 * with at least 60 bits, so there is no dictionary to attack, and a lookup by hash stays one
 * index seek per request.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A device credential or admin token: 32 random bytes, base64url (43 characters). */
export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

/** Letters and digits that cannot be confused when read out over the phone (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 12;

/** An enrolment code a person types: 12 characters in groups of four (~59 bits). */
export function newEnrolmentCode(): string {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return raw.replace(/(.{4})(?=.)/g, '$1-');
}

/** The form a code is hashed in: typed in lower case, with spaces or without dashes, it still matches. */
export function normaliseCode(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '');
  return plain.replace(/(.{4})(?=.)/g, '$1-');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}
