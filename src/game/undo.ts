/**
 * Whether boardgame.io would take back the last move for `seat` now (its reducer's UNDO): the
 * undo stack holds a move of this turn, that seat made it, and its type is undoable. The
 * server says so with every state it sends a seat (server/match/views.ts, the state's `can`),
 * so the table offers undo exactly when it would work, also after a reload.
 */
import type { State } from 'boardgame.io';
import type { MoveType } from '../rules/index.ts';
import { UNDOABLE } from './game.ts';

export function undoableBy(state: Pick<State, '_undo'>, seat: string | null): boolean {
  const undo = state._undo;
  if (seat === null || undo.length < 2) return false;
  const last = undo[undo.length - 1] as { moveType?: string; playerID?: string };
  return last.playerID === seat && last.moveType !== undefined && UNDOABLE.has(last.moveType as MoveType);
}
