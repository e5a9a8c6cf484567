/** The rules core inside boardgame.io: moves, turns, invalid moves, enumerate, the view. */
import { describe, expect, it } from 'vitest';
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { createGame } from '../../src/game/game.ts';
import type { GameState } from '../../src/rules/state.ts';
import { legalMoves } from '../../src/rules/index.ts';
import { content } from '../helpers/table.ts';

function headless(numPlayers = 2, scenario = 'standard') {
  const game = { ...createGame(content()), seed: 'fixed-seed', setupData: { scenario } };
  const client = Client({ game, numPlayers, playerID: '0' });
  client.start();
  return client;
}

describe('the game in boardgame.io', () => {
  it('sets up the scenario for the table and starts with seat 0', () => {
    const client = headless(3);
    const { G, ctx } = client.store.getState();
    expect(ctx.currentPlayer).toBe('0');
    expect((G as GameState).players).toHaveLength(3);
    expect((G as GameState).turn.actionsLeft).toBe(4);
  });

  it('makes a legal move and hands the turn on after endTurn', () => {
    const client = headless(2);
    const G = client.store.getState().G as GameState;
    const to = content().places[G.players[0].place].neighbours[0];
    client.moves.travel({ to });
    expect((client.store.getState().G as GameState).players[0].place).toBe(to);
    client.moves.endTurn({});
    // The end of the turn may ask for a discard or a reflection first; then the next seat acts.
    for (let i = 0; i < 10 && (client.store.getState().G as GameState).turn.stage !== 'actions'; i++) {
      const g = client.store.getState().G as GameState;
      if (g.turn.stage === 'discard') client.moves.discard({ card: g.players[g.turn.seat].hand[0] });
      else client.moves.reflect({});
    }
    const s = client.store.getState();
    expect((s.G as GameState).turn.stage).toBe('actions');
    expect(s.ctx.currentPlayer).toBe('1');
  });

  it('refuses an invalid move and changes nothing', () => {
    const client = headless(2);
    const before = JSON.stringify(client.store.getState().G);
    client.moves.travel({ to: 'moon' });
    client.moves.apply({ case: 'no-such-case' });
    client.moves.teach({ card: 'no-such-card', to: 1 });
    client.moves.discard({ card: 'no-such-card' });
    expect(JSON.stringify(client.store.getState().G)).toBe(before);
  });

  it('enumerates exactly the legal moves of the player to act', () => {
    const game = createGame(content());
    const client = headless(2);
    const { G, ctx } = client.store.getState();
    const listed = game.ai!.enumerate(G as GameState, ctx, '0');
    expect(listed.length).toBe(legalMoves(content(), G as GameState, 0).length);
    expect(listed).toContainEqual({ move: 'endTurn', args: [{}] });
    expect(game.ai!.enumerate(G as GameState, ctx, '1')).toEqual([]);
  });

  it('shows players and spectators no deck order and no random state', () => {
    const game = { ...createGame(content()), seed: 'view-seed' };
    const spectator = Client({ game, numPlayers: 2, multiplayer: Local(), matchID: 'view-test' });
    const player = Client({ game, numPlayers: 2, multiplayer: Local(), matchID: 'view-test', playerID: '0' });
    spectator.start();
    player.start();
    for (const c of [spectator, player]) {
      const text = JSON.stringify(c.getState()!.G);
      expect(text).not.toContain('rng');
      expect(text).not.toContain('secret');
      expect(typeof (c.getState()!.G as unknown as { knowledge: { deck: unknown } }).knowledge.deck).toBe('number');
    }
    spectator.stop();
    player.stop();
  });

  it('refuses setup for an unknown scenario or a player count the scenario does not take', () => {
    const game = createGame(content());
    expect(game.validateSetupData!({ scenario: 'nope' }, 2)).toMatch(/unknown scenario/);
    expect(game.validateSetupData!({ scenario: 'standard' }, 7)).toMatch(/players/);
    expect(game.validateSetupData!({ scenario: 'standard' }, 4)).toBeUndefined();
  });
});
