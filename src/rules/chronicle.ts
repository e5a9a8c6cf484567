/**
 * The chronicle: what a debrief needs to tell the story of a match, folded from the events as
 * they happen. The event window (events.ts) forgets old events on purpose; the chronicle
 * keeps only small summaries, so it stays a few kilobytes for a whole match:
 *   - one row per round (pressure on the board, trust, crisis, commons at the round's end);
 *   - counts of every exchange between two players, per card or pattern;
 *   - the reflection pauses with the table's notes;
 *   - the moments that turned the game (breakdowns, commons, new days, waves, the outcome).
 * Pure: it reads only the state and the event; nothing in it changes what the rules do.
 */
import type { PatternId } from '../content/schema.ts';
import type { GameEvent, GameState, Seat } from './state.ts';

export interface RoundRow {
  /** 0 is the table as set up; n is the table at the end of round n. */
  round: number;
  /** Pressure on all places together. */
  pressure: number;
  trust: number;
  crisis: number;
  /** Commons made so far. */
  commons: number;
}

export type ExchangeKind = 'teach' | 'share' | 'coCreate';

/** A reflection pause and what the table wrote (null: they talked and wrote nothing). */
export interface ReflectionNote {
  round: number;
  turn: number;
  prompt: string;
  /** The seat that closed the pause. */
  seat: Seat;
  note: string | null;
}

export type Moment =
  | { kind: 'breakdown'; round: number; turn: number; place: PatternId; crisis: number }
  | { kind: 'commons'; round: number; turn: number; case: string; transformation: string }
  | { kind: 'day'; round: number; turn: number; day: number }
  | { kind: 'wave'; round: number; turn: number; step: number }
  | { kind: 'outcome'; round: number; turn: number; result: 'won' | 'lost'; reason: string };

export interface Chronicle {
  rounds: RoundRow[];
  /**
   * "kind|from|to|item" → times. The item is the card's definition id for teach and share
   * (the part of the instance id before "#") and the pattern for a co-creation.
   */
  exchanges: Record<string, number>;
  notes: ReflectionNote[];
  moments: Moment[];
  /** "seat|case" → needs this seat helped meet on that case (apply, or either side of a co-creation). */
  met: Record<string, number>;
}

export function emptyChronicle(): Chronicle {
  return { rounds: [], exchanges: {}, notes: [], moments: [], met: {} };
}

function exchangeKey(kind: ExchangeKind, from: Seat, to: Seat, item: string): string {
  return `${kind}|${from}|${to}|${item}`;
}

function cardDef(instance: string): string {
  const i = instance.indexOf('#');
  return i < 0 ? instance : instance.slice(0, i);
}

function row(state: GameState, round: number): RoundRow {
  let pressure = 0;
  for (const p in state.pressure) pressure += state.pressure[p as PatternId];
  return { round, pressure, trust: state.trust, crisis: state.crisis, commons: state.commons.length };
}

function count(c: Chronicle, key: string, table: 'exchanges' | 'met' = 'exchanges'): void {
  c[table][key] = (c[table][key] ?? 0) + 1;
}

/** Folds one event into the chronicle (called by events.record for every event). */
export function chronicle(state: GameState, event: GameEvent): void {
  const c = state.chronicle;
  // States made before the chronicle existed (old saved matches) carry none: nothing to add to.
  if (!c) return;
  const at = { round: state.turn.round, turn: state.turn.number };
  switch (event.e) {
    case 'turn':
      // A round ends when seat 0 starts again; at set-up this is the row of round 0.
      if (event.seat === 0) c.rounds.push(row(state, event.round - 1));
      return;
    case 'teach':
      count(c, exchangeKey('teach', event.seat, event.to, cardDef(event.card)));
      return;
    case 'share':
      count(c, exchangeKey('share', event.seat, event.to, cardDef(event.card)));
      return;
    case 'coCreate':
      count(c, exchangeKey('coCreate', event.seat, event.partner, event.pattern));
      count(c, `${event.seat}|${event.case}`, 'met');
      count(c, `${event.partner}|${event.case}`, 'met');
      return;
    case 'apply':
      count(c, `${event.seat}|${event.case}`, 'met');
      return;
    case 'reflected':
      c.notes.push({ ...at, prompt: event.prompt, seat: event.seat, note: event.note ?? null });
      return;
    case 'breakdown':
      c.moments.push({ kind: 'breakdown', ...at, place: event.place, crisis: event.crisis });
      return;
    case 'caseDone':
      c.moments.push({ kind: 'commons', ...at, case: event.case, transformation: event.transformation });
      return;
    case 'day':
      c.moments.push({ kind: 'day', ...at, day: event.day });
      return;
    case 'rate':
      c.moments.push({ kind: 'wave', ...at, step: event.step });
      return;
    case 'outcome':
      c.moments.push({ kind: 'outcome', ...at, result: event.outcome.result, reason: event.outcome.reason });
      // The round the match ended in, as far as it got.
      if (c.rounds.at(-1)?.round !== state.turn.round) c.rounds.push(row(state, state.turn.round));
      return;
    default:
      return;
  }
}
