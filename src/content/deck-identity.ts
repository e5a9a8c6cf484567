/**
 * A deck's identity for match records: the version its designer gave it (scenarios.json
 * "version") and a hash of what is played. The hash is SHA-256 over the content files as
 * parsed JSON with object keys sorted, so it changes with any rule, card or text and not with
 * formatting, key order, "$schema" or the version label itself. Node only (node:crypto).
 */
import { createHash } from 'node:crypto';
import type { Content } from './content.ts';
import { CONTENT_FILE_NAMES } from './schema.ts';

export interface DeckIdentity {
  /** scenarios.json "version"; "unversioned" when the deck names none. */
  version: string;
  /** "sha256:" and the first 16 hex digits: enough to tell decks apart, short enough to read. */
  hash: string;
}

const UNVERSIONED = 'unversioned';

/** JSON with object keys in sorted order, so the same data always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => k !== '$schema').sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashDeck(raw: Content['raw']): string {
  const hash = createHash('sha256');
  for (const name of CONTENT_FILE_NAMES) {
    const file = { ...(raw[name] as object) } as Record<string, unknown>;
    // The label is not the content: renaming a version keeps the hash.
    if (name === 'scenarios') delete file.version;
    hash.update(`${name}\n${canonical(file)}\n`);
  }
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

// Computed once per loaded deck: the server asks at every new table.
const known = new WeakMap<Content, DeckIdentity>();

export function deckIdentity(content: Content): DeckIdentity {
  let identity = known.get(content);
  if (!identity) {
    identity = { version: content.raw.scenarios.version ?? UNVERSIONED, hash: hashDeck(content.raw) };
    known.set(content, identity);
  }
  return identity;
}
