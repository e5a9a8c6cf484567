/**
 * Random identifiers, all from node:crypto: match IDs, join codes and match seeds. Nothing
 * here may come from the clock or from a client: a seed that can be guessed lets a player
 * predict every shuffle.
 */
import { randomBytes, randomInt } from 'node:crypto';

/** Letters people can read aloud and type without confusion: no I, L or O (nor digits). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A join code as typed by a person (any case, spaces or dashes), or undefined if it cannot be one. */
export function normaliseJoinCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 32) return undefined;
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

export function newMatchID(): string {
  return randomBytes(12).toString('base64url');
}

/** A match seed: 128 random bits. */
export function newSeed(): string {
  return randomBytes(16).toString('hex');
}
