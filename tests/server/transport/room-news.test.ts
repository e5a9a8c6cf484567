/**
 * A room's news: each move is filtered once per viewer however many sockets share the viewer,
 * goes out as a patch from the view the room sent before (applied with rfc6902, as
 * boardgame.io's client does, it gives exactly the new view), and whole when the room did not
 * hear the state just before. A state heard twice goes out once.
 */
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { applyPatch, type Operation } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import { moveArgs } from '../../../src/game/game.ts';
import { legalMoves } from '../../../src/rules/index.ts';
import type { GameState } from '../../../src/rules/state.ts';
import { serverGame } from '../../../src/server/match/game.ts';
import { createViews } from '../../../src/server/match/views.ts';
import { RoomNews } from '../../../src/server/transport/room-news.ts';
import { testDeck } from '../helpers/server.ts';

const content = testDeck().content;
const game = serverGame(content);
const reducer = CreateGameReducer({ game });

/** A match of three seats and the states after each of `moves` moves (the first legal one each time). */
function states(moves: number): State[] {
  let state = InitializeGame({ game: { ...game, seed: 'room-news' }, numPlayers: 3, setupData: { scenario: 'standard' } });
  const out = [state];
  for (let i = 0; i < moves; i++) {
    const seat = state.ctx.currentPlayer;
    const move = legalMoves(content, state.G as GameState, Number(seat)).find((m) => m.type !== 'endTurn') ?? legalMoves(content, state.G as GameState, Number(seat))[0];
    state = reducer(state, { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: seat } });
    out.push(state);
  }
  return out;
}

/** Counts the filtering a room asks for. */
function countedViews() {
  const views = createViews(game);
  let filtered = 0;
  return {
    views: { ...views, view: (...args: Parameters<typeof views.view>) => (filtered++, views.view(...args)) },
    filtered: () => filtered,
    plain: views,
  };
}

describe("a room's news", () => {
  it('filters each state once per viewer and sends every socket of a viewer the same message', () => {
    const [, s1, s2] = states(2);
    const { views, filtered, plain } = countedViews();
    const room = new RoomNews(views, 'm1', true);
    // Two devices of seat 0, one of seat 1, three spectators.
    const sockets = ['0', '0', '1', null, null, null];
    const first = room.heard(s1)!;
    const sent1 = sockets.map((v) => first(v));
    expect(sent1[0]).toBe(sent1[1]);
    expect(sent1[3]).toBe(sent1[5]);
    // No state before it: whole views, one filtering per viewer.
    expect(sent1.map((m) => m.type)).toEqual(Array(6).fill('update'));
    expect(filtered()).toBe(3);
    expect(sent1[0].args[1]).toEqual(plain.view('0', 'm1', s1).state);

    const second = room.heard(s2)!;
    const sent2 = sockets.map((v) => second(v));
    expect(sent2.map((m) => m.type)).toEqual(Array(6).fill('patch'));
    // The views of s1 were kept: only s2 is filtered, once per viewer.
    expect(filtered()).toBe(6);
    for (const viewer of ['0', '1', null]) {
      const message = second(viewer);
      const [matchID, prevStateID, stateID, patch] = message.args as [string, number, number, Operation[]];
      expect([matchID, prevStateID, stateID]).toEqual(['m1', s1._stateID, s2._stateID]);
      const before = structuredClone(plain.view(viewer, 'm1', s1).state);
      expect(applyPatch(before, patch).filter((e) => e !== null)).toEqual([]);
      expect(before).toEqual(JSON.parse(JSON.stringify(plain.view(viewer, 'm1', s2).state)));
    }
  });

  it('sends a state whole after a gap, once for a duplicate, and whole to a socket that synced before it', () => {
    const all = states(4);
    const room = new RoomNews(createViews(game), 'm2', true);
    expect(room.heard(all[1])!('0').type).toBe('update');
    // The room missed state 2: a patch from 1 would not apply to anyone's state.
    expect(room.heard(all[3])!('0').type).toBe('update');
    expect(room.heard(all[3])).toBeUndefined();
    expect(room.heard(all[2])).toBeUndefined();
    expect(room.heard(all[4])!('1').type).toBe('patch');
    expect(room.newerThan(all[4]._stateID, '0')).toBeUndefined();
    const newer = room.newerThan(all[2]._stateID, '0')!;
    expect(newer.type).toBe('update');
    expect((newer.args[1] as State)._stateID).toBe(all[4]._stateID);
  });

  it("patches the first move from the state the room's first sync read, and never takes that state as heard", () => {
    const all = states(3);
    const room = new RoomNews(createViews(game), 'm4', true);
    room.seed(all[0]);
    // A later sync read a newer state (its move's news still on the way): not a new base.
    room.seed(all[1]);
    const first = room.heard(all[1])!;
    expect(first).toBeDefined();
    expect(first('0').type).toBe('patch');
    expect(first('0').args[1]).toBe(all[0]._stateID);
    // Once news arrived, seeds change nothing.
    room.seed(all[0]);
    expect(room.heard(all[2])!('0').args[1]).toBe(all[1]._stateID);
  });

  it('sends whole views without DELTA_STATE', () => {
    const [, s1, s2] = states(2);
    const room = new RoomNews(createViews(game), 'm3', false);
    room.heard(s1);
    expect(room.heard(s2)!('0').type).toBe('update');
  });
});
