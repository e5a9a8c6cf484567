/** The shipped deck holds what issue #2 promises, in Dutch and English. */
import { describe, expect, it } from 'vitest';
import { inDecks } from '../../src/content/content.ts';
import { PATTERN_IDS } from '../../src/content/schema.ts';
import { content } from '../helpers/table.ts';

describe('the shipped deck', () => {
  const c = content();
  it('has the eight patterns and a place for each', () => {
    expect(c.patterns.map((p) => p.id).sort()).toEqual([...PATTERN_IDS].sort());
    expect(Object.keys(c.places).sort()).toEqual([...PATTERN_IDS].sort());
  });

  it('has enough roles, cases, cards, transformations and prompts', () => {
    expect(c.roles.size).toBeGreaterThanOrEqual(8);
    expect(c.cases.size).toBeGreaterThanOrEqual(12);
    expect(c.knowledge.size).toBeGreaterThanOrEqual(48);
    for (const p of PATTERN_IDS) expect([...c.knowledge.values()].filter((k) => k.pattern === p).length).toBeGreaterThanOrEqual(5);
    expect(c.flow.size).toBeGreaterThanOrEqual(30);
    for (const kind of ['pressure', 'opportunity', 'reflection', 'wave']) {
      expect([...c.flow.values()].some((f) => f.kind === kind), kind).toBe(true);
    }
    expect(c.transformations.size).toBeGreaterThanOrEqual(8);
    expect(c.prompts.size).toBeGreaterThanOrEqual(16);
  });

  it('has the five scenarios, each with the cards it needs', () => {
    for (const id of ['intro', 'standard', 'bootcamp', 'artists', 'organisations-and-coaches']) {
      const s = c.scenarios.get(id)!;
      expect(s, id).toBeDefined();
      expect(inDecks(c.roles.values(), s.decks).length).toBeGreaterThanOrEqual(s.players.max);
      expect(inDecks(c.cases.values(), s.decks).length).toBeGreaterThanOrEqual(s.players.max);
    }
    expect(c.scenarios.get('artists')!.decks).toContain('artists');
    expect(c.scenarios.get('organisations-and-coaches')!.decks).toContain('organisations');
  });

  it('has every text in Dutch and English', () => {
    const texts: unknown[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if ('nl' in v || 'en' in v) texts.push(v);
        else Object.values(v).forEach(walk);
      }
    };
    walk(c.raw);
    expect(texts.length).toBeGreaterThan(200);
    for (const t of texts as { nl: string; en: string }[]) {
      expect(t.nl.trim().length).toBeGreaterThan(0);
      expect(t.en.trim().length).toBeGreaterThan(0);
    }
  });
});
