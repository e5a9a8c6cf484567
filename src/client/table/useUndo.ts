/**
 * Taking back the last move of the turn: offered only when the master would take it back. Its
 * master says so with each state (`can.undo`, worked out by game/undo.ts): the server for an
 * online seat, the in-browser master for a hot-seat table (hotseat-transport.ts).
 */
import { useCallback } from 'react';
import type { SeatCan } from '../../protocol/seat.ts';
import type { PublicState } from '../../rules/view.ts';
import type { TableClient } from './connect.ts';

export function useUndo(client: TableClient, view: PublicState | null, can: SeatCan | null, actingNow: boolean, onUndo: () => void): { canUndo: boolean; undo: () => void } {
  const canUndo = actingNow && view !== null && view.turn.stage === 'actions' && can?.undo === true;
  const undo = useCallback(() => {
    const state = client.getState();
    if (!state) return;
    onUndo();
    client.channel.undo(state);
  }, [client, onUndo]);
  return { canUndo, undo };
}
