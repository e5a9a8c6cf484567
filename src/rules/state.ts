/**
 * The state of one match. Plain JSON (boardgame.io stores and sends it), small, and with
 * every secret (deck orders, the random state) in places that view.ts strips for players.
 */
import type { PatternId, RuleName } from '../content/schema.ts';
import type { Chronicle } from './chronicle.ts';
import type { OwnInitiative } from './own-case.ts';

/** A seat at the table: 0 … players-1. boardgame.io's playerID is String(seat). */
export type Seat = number;

export interface PlayerState {
  role: string;
  place: PatternId;
  /** Knowledge card instances ("defId#n", copies made by teaching "defId#tn"). Hands are open. */
  hand: string[];
}

export interface CaseState {
  id: string;
  /** The seat that brought this case to the table. */
  holder: Seat;
  /** Needs met so far, per pattern. */
  met: Partial<Record<PatternId, number>>;
  /** Seats that met at least one need, in the order they first did. */
  contributors: Seat[];
  done: boolean;
  /** The player's own initiative, when they brought one instead of a deck case (own-case.ts). */
  own?: OwnInitiative;
  /** Patterns of `own.learns` this player has been taught in so far. */
  learned?: PatternId[];
}

/** A pattern-limited lasting change of a rule number (unlimited ones go into `rules`). */
export interface PatternRule {
  rule: RuleName;
  by: number;
  pattern: PatternId;
}

export type Stage = 'actions' | 'discard' | 'reflection' | 'over';

export interface TurnState {
  seat: Seat;
  /** Turns taken so far in the whole match, starting at 1. */
  number: number;
  /** Rounds: every seat has had a turn; starting at 1. */
  round: number;
  actionsLeft: number;
  trustActionsUsed: number;
  stage: Stage;
  /** Flow cards still to reveal at the end of this turn (after a reflection pause). */
  flowLeft: number;
}

export type LossReason = 'crisis' | 'bootcampOver';
export type WinReason = 'allCases' | 'target';
export type Outcome = { result: 'won'; reason: WinReason } | { result: 'lost'; reason: LossReason };

/** What happened, in the game's words; the client turns these into the log. */
export type GameEvent =
  | { e: 'turn'; seat: Seat; round: number }
  | { e: 'travel'; seat: Seat; from: PatternId; to: PatternId }
  | { e: 'study'; seat: Seat; cards: string[]; faceUp: boolean }
  | { e: 'share'; seat: Seat; to: Seat; card: string }
  /** trust: what the teach changed in the pool (earned less cost; a coach teaching their own pattern earns). */
  | { e: 'teach'; seat: Seat; to: Seat; card: string; copy: string; trust: number }
  | { e: 'apply'; seat: Seat; case: string; pattern: PatternId; cards: string[] }
  | { e: 'coCreate'; seat: Seat; partner: Seat; case: string; pattern: PatternId; cards: string[]; trust: number }
  | { e: 'care'; seat: Seat; place: PatternId; amount: number }
  | { e: 'trustAction'; seat: Seat }
  | { e: 'draw'; seat: Seat; cards: string[] }
  | { e: 'discard'; seat: Seat; card: string }
  | { e: 'flow'; card: string; cancelled: boolean }
  | { e: 'pressure'; place: PatternId; amount: number }
  | { e: 'breakdown'; place: PatternId; crisis: number }
  | { e: 'trust'; amount: number }
  | { e: 'rate'; step: number }
  | { e: 'crisis'; amount: number }
  | { e: 'move'; seat: Seat; to: PatternId }
  | { e: 'rule'; rule: RuleName; by: number; pattern?: PatternId }
  | { e: 'reflect'; prompt: string }
  /** The table closed a reflection pause; `note` is what it wrote, if anything. */
  | { e: 'reflected'; seat: Seat; prompt: string; note?: string }
  | { e: 'caseDone'; case: string; transformation: string }
  | { e: 'day'; day: number }
  | { e: 'outcome'; outcome: Outcome };

/** An event with its sequence number, so a client can tell new ones from old ones. */
export type LoggedEvent = GameEvent & { n: number };

export interface Stats {
  /** Actions taken, by move type. */
  actions: Record<string, number>;
  /** "giver>receiver" → times taught. */
  taught: Record<string, number>;
  /** Every breakdown, with the round it happened in. */
  breakdowns: { round: number; place: PatternId }[];
  /** The highest total pressure on the board and the round it was reached. */
  peakPressure: { total: number; round: number };
}

export interface GameState {
  scenario: string;
  players: PlayerState[];
  pressure: Record<PatternId, number>;
  cases: CaseState[];
  trust: number;
  crisis: number;
  /** Index into the scenario's rate track. */
  rateStep: number;
  /** Day of the bootcamp, from 1; each time the flow deck runs out a day ends. */
  day: number;
  knowledge: { deck: string[]; discard: string[]; faceUp: string[] };
  flow: { deck: string[]; discard: string[] };
  prompts: { deck: string[]; discard: string[] };
  /** Rule numbers for everyone (role abilities are added per seat when read). */
  rules: Record<RuleName, number>;
  patternRules: PatternRule[];
  transformations: string[];
  /** Case ids that became commons, in order. */
  commons: string[];
  turn: TurnState;
  reflection: { prompt: string; card: string } | null;
  /** Reflection pauses so far (a scenario may allow only so many a game). */
  pauses: number;
  outcome: Outcome | null;
  /** The most recent events (a bounded window; older ones drop off). */
  events: LoggedEvent[];
  eventCount: number;
  /** Copies made by teaching so far, to name new card instances. */
  copies: number;
  stats: Stats;
  /** The match's story for the debrief (chronicle.ts); absent in states saved before it existed. */
  chronicle: Chronicle;
  /** Never sent to a player: the seed the match was set up with and its random state. */
  secret: { seed: string; rng: [number, number, number, number] };
}
