/**
 * What a seat hears it can do (game/undo.ts, sent with every state by the server and the
 * hot-seat master): undo is offered exactly when boardgame.io's reducer takes the move back.
 */
import { Client } from 'boardgame.io/client';
import type { State } from 'boardgame.io';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, moveArgs } from '../../src/game/game.ts';
import { seatCan } from '../../src/game/undo.ts';
import { legalMoves } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { content } from '../helpers/table.ts';

describe('undo offered', () => {
  it('agrees with boardgame.io’s reducer after every move of random games, for the seat at turn and for another', () => {
    let undone = 0;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.string({ minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), (players, seed, picks) => {
        const game = { ...createGame(content()), seed, setupData: { scenario: 'standard' } };
        const client = Client({ game, numPlayers: players, playerID: '0' });
        client.start();
        for (const pick of picks) {
          const before = client.store.getState() as State<GameState>;
          if (before.G.outcome) break;
          const seat = String(before.G.turn.seat);
          // Now and then a seat asks for an undo, as a player would: the seat at turn, or another.
          if (pick % 3 === 0) {
            const asker = pick % 2 === 0 ? seat : String((Number(seat) + 1) % players);
            const offered = seatCan(before, asker).undo;
            client.updatePlayerID(asker);
            client.undo();
            const after = client.store.getState() as State<GameState>;
            expect(after._stateID !== before._stateID).toBe(offered);
            if (offered) undone++;
            continue;
          }
          if (client.playerID !== seat) client.updatePlayerID(seat);
          const legal = legalMoves(content(), before.G, Number(seat));
          if (legal.length === 0) break;
          const move = legal[pick % legal.length];
          (client.moves as Record<string, (a: unknown) => void>)[move.type](moveArgs(move));
        }
        client.stop();
      }),
      { numRuns: 12 },
    );
    // The games took moves back too, so the offer was checked after undos as well.
    expect(undone).toBeGreaterThan(0);
  });
});
