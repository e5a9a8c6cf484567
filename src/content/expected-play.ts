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
import { hashState } from '../rules/hash.ts';
import type { Content } from './content.ts';
import type { Scenario } from './schema.ts';
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
const MINUTES_A_TURN = 0.8;
const MINUTES_A_PAUSE = 2;

export function playingMinutes(cell: { turns: number; pauses: number }): number {
  return Math.round(cell.turns * MINUTES_A_TURN + cell.pauses * MINUTES_A_PAUSE);
}

export type MeasuredScenarios = Record<string, Record<string, MeasuredPlay>>;

const scenarios = measured.scenarios as MeasuredScenarios;
const measuredSettings = (measured as { settings?: Record<string, string> }).settings ?? {};

/**
 * A fingerprint of what a scenario sets up (not its name or story). The balance run keeps the
 * fingerprint of each scenario it measured (expected-play.json, "settings"): a scenario tuned
 * since, or a custom deck's scenario of the same id with other numbers, gets no stale figure.
 */
export function scenarioFingerprint(s: Scenario): string {
  return hashState({ players: s.players, decks: s.decks, start: s.start, rules: s.rules, sizes: withoutOwnCase(s.sizes), target: s.target });
}

/**
 * The per-size settings without their own-initiative budget: it changes nothing in a game of
 * deck cases, which is what the figures are of, so tuning it keeps them.
 */
function withoutOwnCase(sizes: Scenario['sizes']): Scenario['sizes'] {
  if (!sizes || !Object.values(sizes).some((size) => size?.ownCase)) return sizes;
  const out: Record<string, unknown> = {};
  for (const [n, size] of Object.entries(sizes)) {
    if (!size) continue;
    const { ownCase: _ownCase, ...rest } = size;
    if (Object.keys(rest).length > 0) out[n] = rest;
  }
  return Object.keys(out).length > 0 ? (out as Scenario['sizes']) : undefined;
}

/** The fingerprint a scenario had when the balance run measured it. */
export function measuredFingerprint(scenario: string): string | undefined {
  return measuredSettings[scenario];
}

/** The balance run's figures; given the scenario as it is now, only when it was measured with these settings. */
export function measuredPlay(scenario: string, players: number, now?: Scenario): MeasuredPlay | undefined {
  if (now && measuredSettings[scenario] !== scenarioFingerprint(now)) return undefined;
  return scenarios[scenario]?.[String(players)];
}

export interface ExpectedPlay {
  minutes: number;
  rounds: number;
  turns: number;
  winRate: number;
}

/**
 * What a table of `players` can expect of `scenario`: minutes at the rulebooks' pace, whole
 * rounds and turns. With `now` (the scenario as the deck in play has it), nothing when its
 * settings differ from those measured.
 */
export function expectedPlay(scenario: string, players: number, now?: Scenario): ExpectedPlay | undefined {
  const m = measuredPlay(scenario, players, now);
  if (!m) return undefined;
  return { minutes: playingMinutes(m), rounds: Math.round(m.rounds), turns: Math.round(m.turns), winRate: m.winRate };
}

export type Difficulty = Scenario['difficulty'];

/** A win-rate band for the heuristic bots: low ≤ rate ≤ high. */
export interface Band {
  low: number;
  high: number;
}

/**
 * The heuristic bots' win rate a scenario of each difficulty should land in, at every table
 * size from 2 to 6 players. A good human table plays better than the bots, so these are the
 * bots' rates, not a promise to players.
 */
export const BANDS: Record<Difficulty, Band> = {
  intro: { low: 0.75, high: 1 },
  standard: { low: 0.4, high: 0.65 },
  hard: { low: 0.1, high: 0.35 },
};

/**
 * One player is a solo practice mode: nobody to exchange with, so the player learns the
 * rules against the flow alone. Its bands sit a little above the table's: practice should
 * be won more often than lost at standard, and the hard scenario should stay hard.
 */
export const SOLO_BANDS: Record<Difficulty, Band> = {
  intro: { low: 0.75, high: 1 },
  standard: { low: 0.5, high: 0.85 },
  hard: { low: 0.15, high: 0.5 },
};

export function bandFor(difficulty: Difficulty, players: number): Band {
  return (players === 1 ? SOLO_BANDS : BANDS)[difficulty];
}

/**
 * What the set-up screens and the lobby API tell a table before it starts: how often its
 * scenario is usually won at its size (the difficulty band; one player: solo practice) and,
 * when measured on these settings, how long a game takes.
 */
export interface Expectation {
  difficulty: Difficulty;
  solo: boolean;
  band: Band;
  turns?: number;
  rounds?: number;
  minutes?: number;
}

/** The expectation of a table of `players` at `scenario` of `content`; undefined for an unknown scenario. */
export function expectationOf(content: Pick<Content, 'scenarios'>, scenario: string, players: number): Expectation | undefined {
  const s = content.scenarios.get(scenario);
  if (!s) return undefined;
  const length = expectedPlay(s.id, players, s);
  return {
    difficulty: s.difficulty,
    solo: players === 1,
    band: bandFor(s.difficulty, players),
    ...(length ? { turns: length.turns, rounds: length.rounds, minutes: length.minutes } : {}),
  };
}
