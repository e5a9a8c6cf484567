/**
 * Taking back the last move of the turn: offered only when the master would take it back. An
 * online seat is told so by the server with each state (`can.undo`); a hot-seat table's master
 * runs in the browser and strips its undo stack too, so there it is read from the log
 * (undo.ts, held to boardgame.io's undo stack by a test).
 */
import { useCallback } from 'react';
import type { SeatCan } from '../../protocol/seat.ts';
import type { PublicState } from '../../rules/view.ts';
import { undoLastMove, type TableClient } from './connect.ts';
import { canUndoNow } from './undo.ts';

export function useUndo(client: TableClient, view: PublicState | null, can: SeatCan | null, actingNow: boolean, onUndo: () => void): { canUndo: boolean; undo: () => void } {
  const canUndo = actingNow && view !== null && view.turn.stage === 'actions' && (can ? can.undo : canUndoNow(view.events));
  const undo = useCallback(() => {
    onUndo();
    undoLastMove(client);
  }, [client, onUndo]);
  return { canUndo, undo };
}
