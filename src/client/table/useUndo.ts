/**
 * Taking back the last move of the turn (online and hot-seat): offered only when the server
 * would take it back (undo.ts, held to boardgame.io's undo stack by a test).
 */
import { useCallback } from 'react';
import type { PublicState } from '../../rules/view.ts';
import { undoLastMove, type TableClient } from './connect.ts';
import { canUndoNow } from './undo.ts';

export function useUndo(client: TableClient, view: PublicState | null, actingNow: boolean, onUndo: () => void): { canUndo: boolean; undo: () => void } {
  const canUndo = actingNow && view !== null && view.turn.stage === 'actions' && canUndoNow(view.events);
  const undo = useCallback(() => {
    onUndo();
    undoLastMove(client);
  }, [client, onUndo]);
  return { canUndo, undo };
}
