/**
 * Playing through a real server on 127.0.0.1 with real boardgame.io clients over socket.io:
 * a table of four, a spectator, reconnecting, wrong credentials, leaving, bots and undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { onlineClient } from '../../src/client/table/connect.ts';
import { moveArgs } from '../../src/game/game.ts';
import type { Refusal } from '../../src/protocol/table.ts';
import { legalMoves, publicView, type Move } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { chooser } from '../helpers/table.ts';
import { gameClient, rawSocket, startServer, tableWith, testDeck, until, type GameClient, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  // These tests read whole-state updates off the wire; patches (DELTA_STATE) have tests of their own.
  server = await startServer({ DELTA_STATE: 'false' });
});
afterAll(async () => {
  await server.close();
});

async function stored(matchID: string): Promise<State> {
  return (await server.store.fetch(matchID, { state: true })).state;
}

/** A legal move for whoever is to move, chosen from the full state on the server. */
async function nextMove(matchID: string, pick: (n: number) => number, avoidEndTurn = true): Promise<{ seat: string; move: Move; stateID: number }> {
  const state = await stored(matchID);
  const seat = state.ctx.currentPlayer;
  const all = legalMoves(testDeck().content, state.G as GameState, Number(seat));
  const preferred = avoidEndTurn ? all.filter((m) => m.type !== 'endTurn') : all;
  const options = preferred.length > 0 ? preferred : all;
  return { seat, move: options[pick(options.length)], stateID: state._stateID };
}

function send(client: GameClient, move: Move): void {
  (client.moves as Record<string, (args: unknown) => void>)[move.type](moveArgs(move));
}

const stateID = (c: GameClient) => c.getState()?._stateID ?? -1;

describe('a table played through the server', () => {
  it('four players and a spectator play moves and all see the same public state', async () => {
    const t = await tableWith(server, ['Ana', 'Bo', 'Chen', 'Dee']);
    const players = t.seats.map((s) => gameClient(server.url, t.matchID, s.playerID, s.credentials));
    const spectator = gameClient(server.url, t.matchID);
    const everyone = [...players, spectator];
    await until('every client synced', () => everyone.every((c) => c.getState() !== null));

    const pick = chooser(7);
    let played = 0;
    for (let i = 0; i < 24 && !(await stored(t.matchID)).ctx.gameover; i++, played++) {
      const { seat, move, stateID: before } = await nextMove(t.matchID, pick, i % 5 !== 4);
      send(players[Number(seat)], move);
      await until(`move ${i + 1} (${move.type}) reaching everyone`, () => everyone.every((c) => stateID(c) > before));
    }
    expect(played).toBeGreaterThanOrEqual(10);
    const server_ = await stored(t.matchID);
    for (const c of everyone) {
      const s = c.getState()!;
      expect(s._stateID).toBe(server_._stateID);
      expect(s.G).toEqual(JSON.parse(JSON.stringify(publicView(server_.G as GameState))));
    }
    // The table shows who is connected.
    const table = (await server.api.get(`/api/tables/${t.code}`)).body;
    expect(table.seats.map((s: { name: string; connected: boolean }) => [s.name, s.connected])).toEqual([
      ['Ana', true],
      ['Bo', true],
      ['Chen', true],
      ['Dee', true],
    ]);
    expect(spectator.matchData?.map((p) => p.isConnected)).toEqual([true, true, true, true]);
    everyone.forEach((c) => c.stop());
    await until('seats shown away after the clients left', async () => (await server.api.get(`/api/tables/${t.code}`)).body.seats.every((s: { connected: boolean }) => !s.connected));
  });

  it('a spectator sees updates but its moves are refused', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const ana = gameClient(server.url, t.matchID, t.seats[0].playerID, t.seats[0].credentials);
    const watcher = rawSocket(server.url);
    await watcher.connected();
    watcher.socket.emit('sync', t.matchID, null, undefined, 2);
    const [, sync] = (await watcher.next('sync')) as [string, { state: State }];
    await until('Ana synced', () => ana.getState());

    // The spectator tries to move for seat 0: nothing happens.
    watcher.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'care', args: [{}], playerID: '0' } }, sync.state._stateID, t.matchID, '0');
    const [, refusal] = (await watcher.next('refused')) as [string, { reason: string }];
    expect(refusal.reason).toBe('notBound');
    expect((await stored(t.matchID))._stateID).toBe(sync.state._stateID);

    // Ana moves: the spectator is told.
    const { move } = await nextMove(t.matchID, chooser(3));
    send(ana, move);
    const [, updated] = (await watcher.next('update')) as [string, State];
    expect(updated._stateID).toBe(sync.state._stateID + 1);
    ana.stop();
    watcher.close();
  });

  it('a player reconnects with stored credentials and goes on; the table shows the seat away meanwhile', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    let ana = gameClient(server.url, t.matchID, t.seats[0].playerID, t.seats[0].credentials);
    await until('Ana synced', () => ana.getState());
    const first = await nextMove(t.matchID, chooser(1));
    send(ana, first.move);
    await until('first move', () => stateID(ana) > first.stateID);
    ana.stop();
    await until('seat 0 shown away', async () => (await server.api.get(`/api/tables/${t.code}`)).body.seats[0].connected === false);

    // "Reload": a new client with the same credentials.
    ana = gameClient(server.url, t.matchID, t.seats[0].playerID, t.seats[0].credentials);
    await until('Ana back', () => stateID(ana) === first.stateID + 1 && ana.getState());
    await until('seat 0 shown back', async () => (await server.api.get(`/api/tables/${t.code}`)).body.seats[0].connected === true);
    const second = await nextMove(t.matchID, chooser(2));
    expect(second.seat).toBe('0');
    send(ana, second.move);
    await until('second move', () => stateID(ana) > second.stateID);
    ana.stop();
  });

  it('a player whose network drops catches up with the moves made meanwhile', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const ana = gameClient(server.url, t.matchID, '0', t.seats[0].credentials);
    const bo = gameClient(server.url, t.matchID, '1', t.seats[1].credentials, { reconnect: true });
    await until('both synced', () => ana.getState() && bo.getState());
    const socket = (bo as unknown as { transport: { socket: { io: { engine: { close(): void } } } } }).transport.socket;
    socket.io.engine.close();
    await until('Bo shown away', async () => (await server.api.get(`/api/tables/${t.code}`)).body.seats[1].connected === false);
    const next = await nextMove(t.matchID, chooser(5));
    send(ana, next.move);
    await until('the move', () => stateID(ana) > next.stateID);
    // socket.io reconnects by itself; boardgame.io's client syncs again.
    await until('Bo caught up', () => stateID(bo) === stateID(ana));
    expect(bo.getState()!.G).toEqual(ana.getState()!.G);
    await until('Bo shown back', async () => (await server.api.get(`/api/tables/${t.code}`)).body.seats[1].connected === true);
    ana.stop();
    bo.stop();
  });

  it('refuses wrong credentials, another seat and a seat nobody joined', async () => {
    const t = await tableWith(server, ['Ana']);
    const created = await server.api.post('/api/tables', { scenario: 'standard', seats: 3 });
    const joined = await server.api.post(`/api/tables/${created.body.code}/join`, { name: 'Ana' });
    const cases: [string, string | undefined][] = [
      [joined.body.playerID, 'not-the-credentials'],
      [joined.body.playerID, undefined],
      ['1', joined.body.credentials],
      ['2', undefined],
      ['7', joined.body.credentials],
    ];
    for (const [playerID, credentials] of cases) {
      const s = rawSocket(server.url);
      await s.connected();
      s.socket.emit('sync', created.body.matchID, playerID, credentials, 3);
      const [, refusal] = (await s.next('refused')) as [string, { reason: string }];
      expect(refusal.reason, `seat ${playerID}`).toBe('unauthorized');
      expect(s.received.some((r) => r.event === 'sync')).toBe(false);
      s.close();
    }
    // A table client with wrong credentials hears why and never gets a state.
    const intruder = onlineClient(testDeck().content, { server: server.url, matchID: t.matchID, playerID: '0', credentials: 'guess' });
    const refusals: Refusal[] = [];
    intruder.channel.onRefused((r) => refusals.push(r));
    intruder.start();
    await until('the refusal heard', () => refusals.length > 0);
    expect(refusals).toEqual([{ what: 'sync', reason: 'unauthorized' }]);
    expect(intruder.getState()).toBeNull();
    intruder.stop();
  });

  it('answers a sync that comes with the connection (its handshake), with no sync message, and refuses a wrong one there', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const ana = rawSocket(server.url, { auth: { sync: [t.matchID, '0', t.seats[0].credentials] } });
    const [matchID, info] = (await ana.next('sync')) as [string, { state: { G: unknown }; filteredMetadata: { id: number; name?: string }[] }];
    expect(matchID).toBe(t.matchID);
    expect(info.filteredMetadata.map((p) => p.name)).toEqual(['Ana', 'Bo']);
    expect(ana.received.filter((r) => r.event === 'sync')).toHaveLength(1);
    // Bound to her seat as after a sync message: Ana is here.
    await until('Ana shown as here', async () => ((await server.api.get(`/api/tables/${t.code}`)).body as { seats: { connected: boolean }[] }).seats[0].connected);
    ana.close();
    for (const sync of [[t.matchID, '1', 'guess'], ['not a match', '0', t.seats[0].credentials]]) {
      const intruder = rawSocket(server.url, { auth: { sync } });
      const [, refusal] = (await intruder.next('refused')) as [string, { reason: string }];
      expect(refusal.reason).toBe(sync[1] === '1' ? 'unauthorized' : 'badRequest');
      expect(intruder.received.some((r) => r.event === 'sync')).toBe(false);
      intruder.close();
    }
  });

  it('a player who leaves frees the seat; the old credentials stop working', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const bo = rawSocket(server.url);
    await bo.connected();
    bo.socket.emit('sync', t.matchID, '1', t.seats[1].credentials, 2);
    await bo.next('sync');
    const bad = await server.api.post(`/api/tables/${t.code}/leave`, { playerID: '1', credentials: 'nope' });
    expect(bad.status).toBe(403);
    expect(bad.body.error).toBe('badCredentials');
    const disconnected = bo.next('disconnect');
    const left = await server.api.post(`/api/tables/${t.code}/leave`, { playerID: '1', credentials: t.seats[1].credentials });
    expect(left.body).toEqual({ ok: true });
    await disconnected;
    const table = (await server.api.get(`/api/tables/${t.code}`)).body;
    expect(table.seats[1]).toEqual({ id: 1, name: null, connected: false, bot: false });
    const again = rawSocket(server.url);
    await again.connected();
    again.socket.emit('sync', t.matchID, '1', t.seats[1].credentials, 2);
    expect(((await again.next('refused')) as [string, { reason: string }])[1].reason).toBe('unauthorized');
    again.close();
    const rejoin = await server.api.post(`/api/tables/${t.code}/join`, { name: 'Dee', seat: 1 });
    expect(rejoin.body.playerID).toBe('1');
  });

  it('bot seats move by themselves until a human is to move', async () => {
    const created = await server.api.post('/api/tables', { scenario: 'standard', seats: 2, bots: [1] });
    expect(created.status).toBe(201);
    const joined = await server.api.post(`/api/tables/${created.body.code}/join`, { name: 'Ana' });
    expect(joined.body.playerID).toBe('0');
    const ana = gameClient(server.url, created.body.matchID, '0', joined.body.credentials);
    await until('Ana synced', () => ana.getState());
    const firstTurn = (ana.getState()!.G as GameState).turn.number;
    ana.moves.endTurn({});
    // Ana finishes her own end of turn (a discard, a reflection) if the flow asks her to.
    for (;;) {
      const state = await stored(created.body.matchID);
      if (state.ctx.currentPlayer !== '0' || (state.G as GameState).turn.number !== firstTurn || state.ctx.gameover) break;
      const [move] = legalMoves(testDeck().content, state.G as GameState, 0);
      send(ana, move);
      await until('Ana’s end of turn', async () => (await stored(created.body.matchID))._stateID > state._stateID);
    }
    // The bot plays its turn, then the turn comes back to Ana (or the game ends).
    await until('the bot to finish its turn', () => {
      const s = ana.getState()!;
      return (s.ctx.gameover || (s.ctx.currentPlayer === '0' && (s.G as GameState).turn.number > firstTurn + 1)) && s;
    }, 15_000);
    const log = (await server.store.fetch(created.body.matchID, { log: true })).log;
    expect(log.some((e) => e.action.payload.playerID === '1')).toBe(true);
    const table = (await server.api.get(`/api/tables/${created.body.code}`)).body;
    expect(table.seats[1]).toMatchObject({ bot: true, connected: true });
    ana.stop();
  });

  it('a player may take back an undoable move', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const ana = gameClient(server.url, t.matchID, '0', t.seats[0].credentials);
    await until('Ana synced', () => ana.getState());
    const state = await stored(t.matchID);
    const travel = legalMoves(testDeck().content, state.G as GameState, 0).find((m) => m.type === 'travel')!;
    const bo = gameClient(server.url, t.matchID, '1', t.seats[1].credentials);
    await until('Bo synced', () => bo.getState());
    // The server says with each state whether this seat can take its last move back.
    const can = (client: GameClient) => (client.getState() as { can?: { undo: boolean } } | null)?.can;
    expect(can(ana)).toEqual({ undo: false });
    send(ana, travel);
    await until('travel', () => stateID(ana) === state._stateID + 1);
    expect((ana.getState()!.G as GameState).players[0].place).toBe((travel as { to: string }).to);
    expect(can(ana)).toEqual({ undo: true });
    await until('Bo heard the travel', () => stateID(bo) === state._stateID + 1);
    expect(can(bo)).toEqual({ undo: false });
    ana.undo();
    await until('undo', () => stateID(ana) === state._stateID + 2);
    expect((ana.getState()!.G as GameState).players[0].place).toBe((state.G as GameState).players[0].place);
    expect(can(ana)).toEqual({ undo: false });
    ana.stop();
    bo.stop();
  });
});
