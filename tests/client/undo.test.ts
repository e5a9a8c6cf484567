/** Undo is offered exactly when boardgame.io would take the last move back. */
import { Client } from 'boardgame.io/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canUndoNow } from '../../src/client/table/undo.ts';
import { createGame, moveArgs, UNDOABLE } from '../../src/game/game.ts';
import { legalMoves, type MoveType } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { content } from '../helpers/table.ts';

describe('undo offered', () => {
  it('agrees with boardgame.io’s undo stack after every move of random games', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.string({ minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), (players, seed, picks) => {
        const game = { ...createGame(content()), seed, setupData: { scenario: 'standard' } };
        const client = Client({ game, numPlayers: players, playerID: '0' });
        client.start();
        for (const pick of picks) {
          const state = client.store.getState();
          const G = state.G as GameState;
          if (G.outcome) break;
          const undo = state._undo as { moveType?: string }[];
          const serverWould = undo.length >= 2 && UNDOABLE.has(undo.at(-1)!.moveType as MoveType);
          expect(canUndoNow(G.events)).toBe(serverWould);
          // Now and then take a move back, as a player would: the offer must hold after an undo too.
          if (serverWould && pick % 4 === 0) {
            client.undo();
            continue;
          }
          const seat = G.turn.seat;
          if (client.playerID !== String(seat)) client.updatePlayerID(String(seat));
          const legal = legalMoves(content(), G, seat);
          if (legal.length === 0) break;
          const move = legal[pick % legal.length];
          (client.moves as Record<string, (a: unknown) => void>)[move.type](moveArgs(move));
        }
        client.stop();
      }),
      { numRuns: 12 },
    );
  });
});
