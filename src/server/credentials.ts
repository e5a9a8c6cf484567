/**
 * Seat credentials. The server hands a player a random secret once (the join answer) and
 * keeps only its SHA-256: a leaked data file holds no usable credentials, and checking one
 * compares two digests of equal length in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256:';

/** A fresh secret for a seat: 192 random bits, URL-safe. */
export function newCredentials(): string {
  return randomBytes(24).toString('base64url');
}

/** What the store keeps instead of the secret. */
export function digestCredentials(credentials: string): string {
  return PREFIX + createHash('sha256').update(credentials, 'utf8').digest('hex');
}

/** Whether `offered` is the secret behind `stored` (a digest). Anything malformed is a no. */
export function credentialsMatch(stored: unknown, offered: unknown): boolean {
  if (typeof stored !== 'string' || !stored.startsWith(PREFIX)) return false;
  if (typeof offered !== 'string' || offered.length === 0 || offered.length > 256) return false;
  const expected = Buffer.from(stored.slice(PREFIX.length), 'hex');
  const actual = createHash('sha256').update(offered, 'utf8').digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
