/**
 * How a bot seat chooses its move. The server needs only this interface; the project's
 * heuristic bots (src/bots) plug in here. Until then the server's own bot picks uniformly
 * among the legal moves: weak, but always legal, so a table with bot seats always goes on.
 */
import type { Content } from '../../content/content.ts';
import { legalMoves, type Move } from '../../rules/index.ts';
import type { GameState, Seat } from '../../rules/state.ts';

/** Chooses a legal move for `seat`; `random` returns numbers in [0, 1). Undefined: no move. */
export type BotPicker = (content: Content, state: GameState, seat: Seat, random: () => number) => Move | undefined;

export const uniformPicker: BotPicker = (content, state, seat, random) => {
  const moves = legalMoves(content, state, seat);
  if (moves.length === 0) return undefined;
  return moves[Math.min(moves.length - 1, Math.floor(random() * moves.length))];
};
