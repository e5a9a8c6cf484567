/**
 * How a game of the shipped deck usually goes, per scenario and table size: the heuristic bots'
 * mean turns, rounds and reflection pauses and their win rate, as measured by `npm run balance`,
 * which writes expected-play.json and, from the same figures, the rulebooks' playing-time
 * tables. One source for the rulebooks, the set-up forms, the API and the table's goal line, so
 * they never tell a table different lengths.
 *
 * The figures belong to the shipped deck: a custom deck's scenario that the balance run did not
 * measure has none (undefined), and a page then says nothing rather than a guess.
 */
import measured from './expected-play.json';

/** One scenario at one table size, as the balance run measured it. */
export interface MeasuredPlay {
  turns: number;
  rounds: number;
  /** Reflection pauses a game (the table stops to talk). */
  pauses: number;
  /** The heuristic bots' share of games won, 0–1. */
  winRate: number;
}

/** The pace the rulebooks state ("How long a game takes"): a turn, and a reflection pause. */
export const MINUTES_A_TURN = 0.8;
export const MINUTES_A_PAUSE = 2;

export function playingMinutes(cell: { turns: number; pauses: number }): number {
  return Math.round(cell.turns * MINUTES_A_TURN + cell.pauses * MINUTES_A_PAUSE);
}

export type MeasuredScenarios = Record<string, Record<string, MeasuredPlay>>;

const scenarios = measured.scenarios as MeasuredScenarios;

export function measuredPlay(scenario: string, players: number): MeasuredPlay | undefined {
  return scenarios[scenario]?.[String(players)];
}

export interface ExpectedPlay {
  minutes: number;
  rounds: number;
  turns: number;
  winRate: number;
}

/** What a table of `players` can expect of `scenario`: minutes at the rulebooks' pace, whole rounds and turns. */
export function expectedPlay(scenario: string, players: number): ExpectedPlay | undefined {
  const m = measuredPlay(scenario, players);
  if (!m) return undefined;
  return { minutes: playingMinutes(m), rounds: Math.round(m.rounds), turns: Math.round(m.turns), winRate: m.winRate };
}
