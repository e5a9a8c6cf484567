/**
 * How long a game lasts is said in three places — the rulebooks' playing-time table, the set-up
 * forms and the table's goal line — and all three read it from src/content/expected-play.json,
 * which `npm run balance` writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { BANDS, expectationOf, expectedPlay, measuredFingerprint, measuredPlay, scenarioFingerprint, SOLO_BANDS } from '../../src/content/expected-play.ts';
import type { Content } from '../../src/content/content.ts';
import { goalOf } from '../../src/client/table/goal.ts';
import { playingTimeTable } from '../../src/tools/playing-time.ts';

const content = loadContent('game-content');
const scenarios = [...content.scenarios.values()];
const maxPlayers = Math.max(...scenarios.map((s) => s.players.max));

function section(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.indexOf('<!-- playing-time:begin -->\n') + '<!-- playing-time:begin -->\n'.length, text.indexOf('\n<!-- playing-time:end -->'));
}

describe('the expected length of a game', () => {
  it('is measured for every shipped scenario at every size it is played', () => {
    for (const s of scenarios) {
      for (let players = s.players.min; players <= s.players.max; players++) {
        const m = measuredPlay(s.id, players);
        expect(m, `${s.id} at ${players}`).toBeDefined();
        // A round is every player's turn: the turns are the rounds times the table.
        expect(m!.turns / m!.rounds).toBeCloseTo(players, 0);
      }
    }
  });

  it('was measured on every shipped scenario as it is now (run `npm run balance` after tuning a scenario)', () => {
    for (const s of scenarios) expect(measuredFingerprint(s.id), `${s.id} changed since it was measured`).toBe(scenarioFingerprint(s));
  });

  it('is still told after the own-initiative budget is tuned: it changes nothing in a game of deck cases', () => {
    const standard = content.scenarios.get('standard')!;
    const budget = { needs: { min: 6, max: 6 } };
    const tuned = { ...standard, ownCase: { ...standard.ownCase, ...budget }, sizes: { ...standard.sizes, '3': { ...standard.sizes?.['3'], ownCase: budget }, '5': { ...standard.sizes?.['5'], ownCase: budget } } };
    expect(scenarioFingerprint(tuned)).toBe(scenarioFingerprint(standard));
    expect(expectedPlay('standard', 3, tuned)).toEqual(expectedPlay('standard', 3));
  });

  it('is not told for a scenario whose settings differ from those measured (tuned since, or a custom deck)', () => {
    const standard = content.scenarios.get('standard')!;
    const tuned = { ...standard, start: { ...standard.start, trust: standard.start.trust + 1 } };
    expect(expectedPlay('standard', 4, standard)).toEqual(expectedPlay('standard', 4));
    expect(expectedPlay('standard', 4, tuned)).toBeUndefined();
    const custom = { scenarios: new Map([['standard', tuned]]) } as unknown as Content;
    expect(expectationOf(custom, 'standard', 4)).toEqual({ difficulty: 'standard', solo: false, band: BANDS.standard });
  });

  it('comes with the scenario’s band at the table’s size for the set-up screens (one player: solo practice)', () => {
    const four = expectedPlay('standard', 4)!;
    expect(expectationOf(content, 'standard', 4)).toEqual({ difficulty: 'standard', solo: false, band: BANDS.standard, turns: four.turns, rounds: four.rounds, minutes: four.minutes });
    expect(expectationOf(content, 'standard', 1)).toMatchObject({ solo: true, band: SOLO_BANDS.standard });
    expect(expectationOf(content, 'no-such-scenario', 4)).toBeUndefined();
  });

  it('is what both rulebooks print', () => {
    for (const [file, lang] of [['docs/rules.md', 'en'], ['docs/rules.nl.md', 'nl']] as const) {
      expect(section(file)).toBe(playingTimeTable(scenarios, maxPlayers, measuredPlay, lang));
    }
  });

  it('is what the table’s goal says, per scenario and table size', () => {
    const four = goalOf(content, 'standard', 4).length!;
    const two = goalOf(content, 'standard', 2).length!;
    expect(four).toEqual(expectedPlay('standard', 4));
    expect(four.rounds).toBeLessThan(two.rounds);
    expect(goalOf(content, 'short', 4).length!.minutes).toBeLessThan(four.minutes);
    // A scenario the balance run never played gets no made-up figure.
    expect(goalOf(content, 'no-such-scenario', 4).length).toBeUndefined();
  });
});
