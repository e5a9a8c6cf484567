/** What a table can expect, in words (src/client/lobby/expected-words.ts), in both languages. */
import { describe, expect, it } from 'vitest';
import type { Expectation } from '../../src/content/expected-play.ts';
import { createI18n } from '../../src/client/i18n/index.ts';
import { bandMark, lengthWords, oddsWords } from '../../src/client/lobby/expected-words.ts';

const standard: Expectation = { difficulty: 'standard', solo: false, band: { low: 0.45, high: 0.6 }, turns: 36, rounds: 9, minutes: 75 };

describe('what a table can expect, in words', () => {
  it('says the odds and the length for the table’s size', () => {
    const t = createI18n('en').t;
    expect(oddsWords(t, standard, 4)).toBe('With 4 players (standard): usually won in 45–60 % of games.');
    expect(lengthWords(t, standard, 4)).toBe('A game usually lasts about 9 rounds: around 75 minutes with 4 players.');
    expect(bandMark(standard)).toBe('45-60');
  });

  it('says “at least” for a band that reaches every game, and nothing for a length not measured', () => {
    const t = createI18n('nl').t;
    const easy: Expectation = { difficulty: 'intro', solo: true, band: { low: 0.9, high: 1 } };
    expect(oddsWords(t, easy, 1)).toBe('Alleen is het een solo-oefening (zacht): meestal gewonnen in minstens 90 % van de spellen.');
    expect(lengthWords(t, easy, 1)).toBeNull();
  });
});
