/**
 * A deck's content hash: the same for the same deck however its files are written, different
 * as soon as anything played changes.
 */
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/content.ts';
import { deckIdentity, hashDeck } from '../../src/content/deck-identity.ts';
import { DEFAULT_CONTENT_DIR, loadContent, readContentFiles } from '../../src/content/load.ts';
import type { RawContent } from '../../src/content/schema.ts';

const shipped = (): RawContent =>
  Object.fromEntries(Object.entries(readContentFiles(DEFAULT_CONTENT_DIR)).map(([file, text]) => [file.replace(/\.json$/, ''), JSON.parse(text)])) as unknown as RawContent;

describe('the deck hash', () => {
  it('changes when a flow card changes', () => {
    const base = shipped();
    const changed = shipped();
    const card = changed.flow.flow[0] as unknown as { copies: number };
    card.copies += 1;
    expect(hashDeck(changed)).not.toBe(hashDeck(base));
  });

  it('changes when a text changes in one language', () => {
    const changed = shipped();
    const pattern = changed.patterns.patterns[0] as unknown as { name: { en: string } };
    pattern.name.en += '!';
    expect(hashDeck(changed)).not.toBe(hashDeck(shipped()));
  });

  it('stays the same for key order, "$schema" and the version label', () => {
    const base = shipped();
    const relabelled = shipped();
    relabelled.scenarios.version = '9.9.9';
    delete (relabelled.board as { $schema?: string }).$schema;
    const reordered = JSON.parse(JSON.stringify(relabelled.board, Object.keys(relabelled.board).reverse()));
    relabelled.board = { ...reordered, ...relabelled.board };
    expect(hashDeck(relabelled)).toBe(hashDeck(base));
  });

  it('is computed once per loaded deck and carries its version', () => {
    const content = loadContent();
    const identity = deckIdentity(content);
    expect(deckIdentity(content)).toBe(identity);
    expect(identity.version).toBe('1.0.0');
    expect(deckIdentity(compileContent({ ...content.raw, scenarios: { scenarios: content.raw.scenarios.scenarios } })).version).toBe('unversioned');
  });
});
