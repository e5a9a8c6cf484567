/**
 * What a table plays for, in numbers a new player can hold on to: the commons to make, the two
 * ways to lose (a full crisis track, the last day's flow running out), and how long a game takes.
 */
import type { Content } from '../../content/content.ts';
import { settingsFor } from '../../rules/scenario-settings.ts';

export interface Goal {
  /** Cases that must become commons (the scenario's target, or every player's case). */
  commons: number;
  crisisLimit: number;
  days: number;
}

export function goalOf(content: Content, scenario: string, players: number, cases = players): Goal {
  const s = content.scenarios.get(scenario);
  const target = s?.target?.commons;
  // The numbers at this table size: a scenario may set other ones per size ("sizes").
  const start = s ? settingsFor(s, players).start : undefined;
  return { commons: target === undefined ? cases : Math.min(target, cases), crisisLimit: start?.crisisLimit ?? 0, days: start?.days ?? 0 };
}

/**
 * The usual length of a game: the balance simulator measures 17–21 rounds on average for every
 * scenario at 4 players (docs/balance.md); the minutes assume 45 seconds a turn, as a first
 * table takes them.
 */
const USUAL_ROUNDS = 20;
const SECONDS_PER_TURN = 45;

export function usualLength(players: number): { rounds: number; minutes: number } {
  return { rounds: USUAL_ROUNDS, minutes: Math.round((USUAL_ROUNDS * players * SECONDS_PER_TURN) / 60 / 5) * 5 };
}
