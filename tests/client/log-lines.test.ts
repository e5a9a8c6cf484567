/** Every event of the rules reads as a sentence in Dutch and in English, plurals right. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/client/i18n/index.ts';
import { en } from '../../src/client/i18n/en.ts';
import { nl } from '../../src/client/i18n/nl.ts';
import { logLine } from '../../src/client/table/log-lines.ts';
import { namer } from '../../src/client/table/names.ts';
import { play, legalMoves, type Reason } from '../../src/rules/index.ts';
import type { GameEvent } from '../../src/rules/state.ts';
import { chooser, content, table } from '../helpers/table.ts';

const words = (lang: 'nl' | 'en') => namer(content(), lang, createI18n(lang).t, ['Ana', 'Bo', 'Cas']);

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('the log', () => {
  it('Dutch and English have the same keys', () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });

  it('says every event of a few hundred moves in both languages, with no key or placeholder left', () => {
    const seen = new Set<string>();
    for (const seed of [3, 4, 5]) {
      const t = table({ players: 3, seed: `log-${seed}` });
      const choose = chooser(seed);
      const events: GameEvent[] = [];
      let last = 0;
      for (let i = 0; i < 400 && !t.state.outcome; i++) {
        const legal = legalMoves(t.content, t.state, t.state.turn.seat);
        play(t.content, t.state, t.state.turn.seat, legal[choose(legal.length)]);
        for (const e of t.state.events) if (e.n > last) events.push(e);
        last = t.state.eventCount;
      }
      for (const lang of ['nl', 'en'] as const) {
        const n = words(lang);
        for (const e of events) {
          const line = logLine(e, n);
          seen.add(e.e);
          expect(line, JSON.stringify(e)).not.toMatch(/{{|}}|^log\.|undefined|NaN|#/);
          expect(line.length).toBeGreaterThan(5);
        }
      }
    }
    for (const kind of ['turn', 'travel', 'study', 'draw', 'flow', 'pressure']) expect(seen).toContain(kind);
  });

  it('counts cards in the right plural', () => {
    expect(logLine({ e: 'draw', seat: 0, cards: ['a#1'] }, words('en'))).toBe('Ana drew 1 card.');
    expect(logLine({ e: 'draw', seat: 1, cards: ['a#1', 'b#1'] }, words('en'))).toBe('Bo drew 2 cards.');
    expect(logLine({ e: 'draw', seat: 0, cards: ['a#1'] }, words('nl'))).toBe('Ana trok 1 kaart.');
    expect(logLine({ e: 'draw', seat: 0, cards: ['a#1', 'b#1', 'c#1'] }, words('nl'))).toBe('Ana trok 3 kaarten.');
  });

  it('names places, cases and players in the chosen language', () => {
    const place = content().places.making.name;
    expect(logLine({ e: 'travel', seat: 2, from: 'making', to: 'making' }, words('nl'))).toBe(`Cas reisde van ${place.nl} naar ${place.nl}.`);
    expect(logLine({ e: 'breakdown', place: 'making', crisis: 2 }, words('en'))).toBe(`${place.en} broke down! Crisis 2.`);
    expect(logLine({ e: 'pressure', place: 'making', amount: -1 }, words('en'))).toBe(`Pressure at ${place.en} −1.`);
  });

  it('explains every reason the rules can give, in both languages', () => {
    const reasons: Reason[] = Object.keys(en.reason) as Reason[];
    for (const lang of ['nl', 'en'] as const) {
      const t = createI18n(lang).t;
      for (const r of reasons) expect(t(`reason.${r}`)).not.toBe(`reason.${r}`);
    }
    // The compiler holds the list to the Reason type; this keeps the words list from growing stale.
    const sample: Record<Reason, true> = Object.fromEntries(reasons.map((r) => [r, true])) as Record<Reason, true>;
    expect(Object.keys(sample).length).toBe(reasons.length);
  });
});
