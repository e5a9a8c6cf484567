/**
 * How a bot seat chooses its move. The server needs only this interface; the bots
 * themselves live in src/bots (pure, shared with hot-seat play and the simulator). Bot seats
 * play the heuristic bot: it works toward the cases, cares where pressure is high and
 * teaches, so a table with bot seats is a fair game, and it is always legal.
 */
import { heuristicPicker, randomPicker as uniform } from '../../bots/index.ts';
import type { Content } from '../../content/content.ts';
import type { Move } from '../../rules/index.ts';
import type { GameState, Seat } from '../../rules/state.ts';

/** Chooses a legal move for `seat`; `random` returns numbers in [0, 1). Undefined: no move. */
export type BotPicker = (content: Content, state: GameState, seat: Seat, random: () => number) => Move | undefined;

/** Uniform among the legal moves: weak, for tests and load generators. */
export const randomPicker: BotPicker = uniform;

/** What bot seats play unless the app is given another picker. */
export const defaultPicker: BotPicker = heuristicPicker;
