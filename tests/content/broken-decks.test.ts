/**
 * The broken-deck corpus: every deck in tests/fixtures/broken-decks holds one mistake a
 * designer makes, and the checker must name it at the right file, line, column and JSON
 * pointer, in a sentence with the expected words, and report no error of another kind.
 * loadContent (what the server uses) must refuse the deck with a ContentError, never crash.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content.ts';
import { checkDeckFolder, loadContent } from '../../src/content/load.ts';
import { applyBrokenDeck, loadCorpus, type PatchedDeck } from './helpers/broken-deck.ts';

const corpus = loadCorpus();
const patched: PatchedDeck[] = [];
afterAll(() => patched.forEach((p) => p.cleanup()));

describe('the broken-deck corpus', () => {
  it('holds at least 25 decks, each a different mistake', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((c) => c.deck.mistake)).size).toBe(corpus.length);
  });

  for (const { name, deck } of corpus) {
    it(`${name}: ${deck.mistake}`, () => {
      const p = applyBrokenDeck(deck);
      patched.push(p);
      const { problems, ok } = checkDeckFolder(p.dir);
      expect(ok).toBe(false);
      for (const e of deck.expect) {
        const pointer = e.at === 'file' || e.pointer === '' ? '' : p.resolve(e.file, e.pointer);
        const where = p.location(e);
        const found = problems.find((q) => q.file === e.file && q.pointer === pointer && q.code === e.code);
        expect(found, `no ${e.code} at ${e.file} ${pointer}; got:\n${problems.map((q) => `${q.file}:${q.line}:${q.column} ${q.code} ${q.pointer} ${q.message}`).join('\n')}`).toBeDefined();
        expect(found!.severity).toBe(e.severity ?? 'error');
        expect({ line: found!.line, column: found!.column }).toEqual(where);
        for (const words of e.says) expect(found!.message).toContain(words);
      }
      // One mistake, one kind of error: nothing else is reported as an error.
      const codes = new Set(deck.expect.map((e) => e.code));
      const others = problems.filter((q) => q.severity === 'error' && !codes.has(q.code ?? ''));
      expect(others).toEqual([]);
      expect(() => loadContent(p.dir)).toThrow(ContentError);
    });
  }
});
