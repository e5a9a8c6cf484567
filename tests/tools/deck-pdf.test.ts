/**
 * npm run deck:pdf: the PDF of the shipped deck has one A4 page per nine cards (every copy
 * printed), a custom deck folder prints its own cards, and a broken deck gets no PDF.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../src/content/load.ts';
import { deckPdf } from '../../src/tools/deck-pdf.ts';
import { countPdfPages } from '../../src/tools/pdf-pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'soc-deck-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cards in a deck folder, counted from the files: copies of knowledge and flow, one of the rest. */
function cardsIn(deck: string, copies: boolean): number {
  const read = (f: string, key: string) => JSON.parse(readFileSync(join(deck, f), 'utf8'))[key] as { copies?: number }[];
  const withCopies = (items: { copies?: number }[]) => items.reduce((n, c) => n + (copies ? (c.copies ?? 1) : 1), 0);
  return (
    withCopies(read('knowledge.json', 'knowledge')) +
    withCopies(read('flow.json', 'flow')) +
    read('cases.json', 'cases').length +
    read('roles.json', 'roles').length +
    read('transformations.json', 'transformations').length +
    read('prompts.json', 'prompts').length
  );
}

describe('deck:pdf', () => {
  it('prints the shipped deck on ceil(cards / 9) A4 pages', async () => {
    const out = join(dir, 'shipped-en.pdf');
    const log: string[] = [];
    const result = await deckPdf({ dir: DEFAULT_CONTENT_DIR, lang: 'en', out, copies: 'each' }, (l) => log.push(l));
    const cards = cardsIn(DEFAULT_CONTENT_DIR, true);
    expect(result).toEqual({ pages: Math.ceil(cards / 9), cards });
    const pdf = readFileSync(out);
    expect(countPdfPages(pdf)).toBe(Math.ceil(cards / 9));
    // Every page is A4: 210 × 297 mm = 595.3 × 841.9 points.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes).toHaveLength(Math.ceil(cards / 9));
    for (const [, w, h] of boxes) {
      expect(Math.abs(Number(w) - 595.3)).toBeLessThan(1);
      expect(Math.abs(Number(h) - 841.9)).toBeLessThan(1);
    }
    expect(log.join('\n')).toMatch(/wrote .*shipped-en\.pdf: \d+ pages, \d+ cards \(en\)/);
  });

  it('prints a custom deck folder, one of each card, in Dutch', async () => {
    const deck = join(dir, 'custom');
    cpSync(DEFAULT_CONTENT_DIR, deck, { recursive: true });
    const knowledge = JSON.parse(readFileSync(join(deck, 'knowledge.json'), 'utf8'));
    // Ten new cards move the count past a page boundary whatever the shipped deck holds.
    for (let i = 1; i <= 10; i++) {
      knowledge.knowledge.push({ id: `tool-library-${i}`, pattern: 'making', name: { nl: 'Gereedschapsbib', en: 'Tool library' }, text: { nl: 'Lenen in plaats van kopen.', en: 'Borrow instead of buy.' }, copies: 1, decks: ['core'] });
    }
    writeFileSync(join(deck, 'knowledge.json'), JSON.stringify(knowledge, null, 2));
    const out = join(dir, 'custom-nl.pdf');
    const result = await deckPdf({ dir: deck, lang: 'nl', out, copies: 'one' }, () => {});
    const cards = cardsIn(deck, false);
    expect(cards).toBe(cardsIn(DEFAULT_CONTENT_DIR, false) + 10);
    expect(result).toEqual({ pages: Math.ceil(cards / 9), cards });
    expect(countPdfPages(readFileSync(out))).toBe(Math.ceil(cards / 9));
  });

  it('prints one card per page with bleed and crop marks, and Tabletop Simulator sheets with their images', async () => {
    const cards = cardsIn(DEFAULT_CONTENT_DIR, false);
    const single = join(dir, 'cards.pdf');
    expect(await deckPdf({ dir: DEFAULT_CONTENT_DIR, lang: 'en', out: single, copies: 'one', print: { layout: 'card', bleed: 3, marks: true } }, () => {})).toEqual({ pages: cards, cards });
    // 63 + 2 × 3 bleed + 2 × 7 for the marks = 83 mm wide, 108 mm high (235.3 × 306.1 points).
    const [, w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(readFileSync(single).toString('latin1'))!;
    expect(Math.abs(Number(w) - (83 * 72) / 25.4)).toBeLessThan(1);
    expect(Math.abs(Number(h) - (108 * 72) / 25.4)).toBeLessThan(1);

    const tts = join(dir, 'tts.pdf');
    const log: string[] = [];
    expect(await deckPdf({ dir: DEFAULT_CONTENT_DIR, lang: 'nl', out: tts, copies: 'one', print: { layout: 'tts', bleed: 0, marks: false } }, (l) => log.push(l))).toEqual({ pages: Math.ceil(cards / 69), cards });
    const png = readFileSync(join(dir, 'tts-1.png'));
    // A PNG's size is in its header: two sheets' worth of 10 × 7 cards at twice 96 dpi.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([4764, 4658]);
    expect(log[1]).toMatch(/width 10, height 7, number 69/);
  });

  it('answers a bad print option with one sentence and exit 2', () => {
    const r = spawnSync(join(import.meta.dirname, '../../node_modules/.bin/tsx'), [join(import.meta.dirname, '../../src/tools/deck-pdf.ts'), '--layout', 'tts', '--bleed', '3'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('a Tabletop Simulator sheet has no bleed or crop marks: leave out --bleed and --crop-marks');
  });

  it('refuses a deck with errors, listing them, and writes nothing', async () => {
    const deck = join(dir, 'broken');
    cpSync(DEFAULT_CONTENT_DIR, deck, { recursive: true });
    writeFileSync(join(deck, 'roles.json'), '{ "roles": [ }');
    const out = join(dir, 'broken.pdf');
    const log: string[] = [];
    expect(await deckPdf({ dir: deck, lang: 'nl', out, copies: 'each' }, (l) => log.push(l))).toBeNull();
    expect(log[0]).toMatch(/roles\.json:1:\d+ error/);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('countPdfPages', () => {
  it('refuses what is not a PDF', () => {
    expect(() => countPdfPages(new TextEncoder().encode('hello'))).toThrow(/not a PDF/);
  });
});
