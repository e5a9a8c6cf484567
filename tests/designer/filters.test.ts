/** Gallery filters and the print sheet's layout, without a browser. */
import { describe, expect, it } from 'vitest';
import { cardKeyOf, deckCards } from '../../src/designer/cards.ts';
import { applyFilters, readFilters, writeFilters } from '../../src/designer/filters.ts';
import { pageLanguage } from '../../src/designer/i18n.ts';
import { cutLines, MARGIN, pages, printedCards } from '../../src/designer/sheets.ts';
import { content } from '../helpers/table.ts';

const c = content();
const cards = deckCards(c.raw);

describe('gallery filters', () => {
  it('read and write the address', () => {
    const f = readFilters('?kind=flow,bogus&pattern=making,nowhere&scenario=artists&q=rent', 'en');
    expect(f).toEqual({ lang: 'en', kinds: ['flow'], patterns: ['making'], scenario: 'artists', search: 'rent' });
    expect(readFilters(writeFilters(f, ''), 'en')).toEqual(f);
    expect(writeFilters({ ...f, kinds: [], patterns: [], scenario: '', search: '' }, '?source=bundled')).toBe('?source=bundled&lang=en');
  });

  it('keep every card when nothing is chosen', () => {
    expect(applyFilters(cards, readFilters('', 'nl'), c.raw)).toHaveLength(cards.length);
  });

  it('filter by kind and by pattern', () => {
    const making = applyFilters(cards, readFilters('?kind=knowledge&pattern=making', 'nl'), c.raw);
    expect(making.length).toBe([...c.knowledge.values()].filter((k) => k.pattern === 'making').length);
    const cases = applyFilters(cards, readFilters('?kind=case&pattern=making', 'nl'), c.raw);
    expect(cases.length).toBe([...c.cases.values()].filter((k) => k.needs.making).length);
  });

  it('filter by scenario: its decks, and the transformations its cases grant', () => {
    const artists = c.scenarios.get('artists')!;
    const shown = applyFilters(cards, readFilters('?scenario=artists&kind=role,transformation', 'nl'), c.raw);
    const roles = [...c.roles.values()].filter((r) => r.decks.some((d) => artists.decks.includes(d)));
    const granted = new Set([...c.cases.values()].filter((k) => k.decks.some((d) => artists.decks.includes(d))).map((k) => k.transformation));
    expect(shown.filter((x) => x.kind === 'role').length).toBe(roles.length);
    expect(shown.filter((x) => x.kind === 'transformation').length).toBe(granted.size);
  });

  it('search the words of the chosen language', () => {
    const card = [...c.knowledge.values()][0];
    const found = applyFilters(cards, readFilters(`?q=${encodeURIComponent(card.name.en)}`, 'en'), c.raw);
    expect(found.map((x) => x.item.id)).toContain(card.id);
  });

  it('tie a problem to its card', () => {
    const base = { severity: 'error' as const, line: 1, column: 1, message: 'm' };
    expect(cardKeyOf({ ...base, file: 'knowledge.json', pointer: '/knowledge/3/pattern' })).toBe('knowledge.json#3');
    expect(cardKeyOf({ ...base, file: 'cases.json', pointer: '/cases/12' })).toBe('cases.json#12');
    expect(cardKeyOf({ ...base, file: 'board.json', pointer: '/places/1' })).toBeUndefined();
    expect(cardKeyOf({ ...base, file: 'knowledge.json', pointer: '' })).toBeUndefined();
  });

  it('pick the page language from ?lang, then the browser, then Dutch', () => {
    expect(pageLanguage('?lang=en', ['nl-BE'])).toBe('en');
    expect(pageLanguage('?lang=fr', ['en-GB'])).toBe('en');
    expect(pageLanguage('', ['de', 'nl'])).toBe('nl');
    expect(pageLanguage('', [])).toBe('nl');
  });
});

describe('print sheet', () => {
  it('prints every copy, nine to a page', () => {
    const each = printedCards(cards, 'each');
    const copies = cards.reduce((n, x) => n + x.copies, 0);
    expect(each).toHaveLength(copies);
    expect(printedCards(cards, 'one')).toHaveLength(cards.length);
    const sheets = pages(each);
    expect(sheets).toHaveLength(Math.ceil(copies / 9));
    expect(sheets.slice(0, -1).every((s) => s.length === 9)).toBe(true);
  });

  it('centres a 3 × 3 grid of 63 × 88 mm cards on A4, cut marks on every edge', () => {
    expect(MARGIN).toEqual({ x: 10.5, y: 16.5 });
    expect(cutLines()).toEqual({ xs: [10.5, 73.5, 136.5, 199.5], ys: [16.5, 104.5, 192.5, 280.5] });
  });
});
