/**
 * What a table can expect, in words (content/expected-play.ts: the same figures as the rulebook
 * and the API): how often a table of this size usually wins, and how long a game usually lasts.
 * Said at the set-up forms (ScenarioText.tsx) and on a session's dashboard.
 */
import type { Expectation } from '../../content/expected-play.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

const pct = (x: number) => Math.round(x * 100);

/** "With 4 players (standard): usually won in 45–60 % of games." */
export function oddsWords(t: T, expected: Expectation, players: number): string {
  const range = expected.band.high >= 1 ? t('lobby.oddsAtLeast', { low: pct(expected.band.low) }) : t('lobby.oddsRange', { low: pct(expected.band.low), high: pct(expected.band.high) });
  return t('lobby.odds', { count: players, difficulty: t(`lobby.difficulty.${expected.difficulty}`), range });
}

/** "A game usually lasts about 9 rounds: around 75 minutes with 4 players.", once measured. */
export function lengthWords(t: T, length: { rounds?: number; minutes?: number }, players: number): string | null {
  if (length.rounds === undefined || length.minutes === undefined) return null;
  return t('lobby.length', { rounds: length.rounds, minutes: length.minutes, count: players });
}

/** The band as the page marks it for tests and styles: "45-60". */
export const bandMark = (expected: Expectation) => `${pct(expected.band.low)}-${pct(expected.band.high)}`;
