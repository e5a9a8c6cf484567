/**
 * What a seat can do now that its view does not show: whether boardgame.io would take back the
 * last move for `seat` (its reducer's UNDO): the undo stack holds a move of this turn, that seat
 * made it, and its type is undoable. Every master says so with every state it sends a seat
 * (`state.can`, protocol/seat.ts): the server's (server/match/views.ts) and the hot-seat table's
 * in the browser (client/table/hotseat-transport.ts), both reading the undo stack their filter
 * strips from the view, so the table offers undo exactly when it would work, also after a reload.
 */
import type { State } from 'boardgame.io';
import type { SeatCan } from '../protocol/seat.ts';
import type { MoveType } from '../rules/index.ts';
import { UNDOABLE } from './game.ts';

function undoableBy(state: Pick<State, '_undo'>, seat: string | null): boolean {
  const undo = state._undo;
  if (seat === null || undo.length < 2) return false;
  const last = undo[undo.length - 1] as { moveType?: string; playerID?: string };
  return last.playerID === seat && last.moveType !== undefined && UNDOABLE.has(last.moveType as MoveType);
}

/** What `seat` can do in the full `state`, as its master tells it with each view. */
export function seatCan(state: Pick<State, '_undo'>, seat: string): SeatCan {
  return { undo: undoableBy(state, seat) };
}
