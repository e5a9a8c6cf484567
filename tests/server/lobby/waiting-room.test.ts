/**
 * Online tables that survive people: a table waits in its waiting room until the host starts
 * it (empty seats become bots) or its last seat is taken; seats are left, handed to a bot by
 * the host and taken back for a person; tables are private unless listed; a waiting room
 * outlives a killed server. Real SQLite, real sockets, the real server process for the kill.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { startServerProcess } from '../helpers/process.ts';
import { moveArgs } from '../../../src/game/game.ts';
import { legalMoves } from '../../../src/rules/index.ts';
import type { GameState } from '../../../src/rules/state.ts';
import { apiFor, gameClient, startServer, testDeck, until, type GameClient, type TestServer } from '../helpers/server.ts';
import { bearer, openTable, sit } from './seating.ts';

let server: TestServer | undefined;
const clients: GameClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.stop();
  await server?.close();
  server = undefined;
});

async function stored(s: TestServer, matchID: string): Promise<State> {
  return (await s.store.fetch(matchID, { state: true })).state!;
}

/** A move for seat `seat` through the real master, as a socket would send it. */
function endTurn(s: TestServer, matchID: string, seat: string, stateID: number, credentials: string) {
  return s.app.master.move(matchID, { type: 'MAKE_MOVE', payload: { type: 'endTurn', args: [], playerID: seat } }, stateID, credentials);
}

/**
 * Ends seat `seat`'s turn and makes the steps its end may ask of it (a reflection pause, a
 * discard), whatever the deal, until the next seat has the turn.
 */
async function endWholeTurn(s: TestServer, matchID: string, seat: string, credentials: string): Promise<void> {
  const first = await stored(s, matchID);
  expect((await endTurn(s, matchID, seat, first._stateID, credentials)).ok).toBe(true);
  for (let step = 0; step < 20; step++) {
    const now = await stored(s, matchID);
    if (now.ctx.currentPlayer !== seat || now.ctx.gameover) return;
    const [move] = legalMoves(testDeck().content, now.G as GameState, Number(seat));
    expect(move, 'a step to finish the turn').toBeDefined();
    const answer = await s.app.master.move(matchID, { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: seat } }, now._stateID, credentials);
    expect(answer.ok).toBe(true);
  }
  throw new Error(`seat ${seat}'s turn did not end`);
}

describe('the waiting room', () => {
  it('keeps a table waiting after the first person sits down, and shows each arrival live', async () => {
    server = await startServer();
    const table = await openTable(server, 3);
    expect(table.hostKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const ana = await sit(server, table.code, 'Ana');
    const info = (await server.api.get(`/api/tables/${table.code}`)).body;
    expect(info.status).toBe('waiting');
    expect(info.listed).toBe(false);
    expect(JSON.stringify(info)).not.toContain(table.hostKey);

    const refused = await endTurn(server, table.matchID, ana.playerID, 0, ana.credentials);
    expect(refused).toEqual({ ok: false, reason: 'notStarted' });

    // Ana's browser is at the table and hears Bo arrive.
    const client = gameClient(server.url, table.matchID, ana.playerID, ana.credentials);
    clients.push(client);
    await until('Ana connected', () => client.getState()?.isConnected);
    await sit(server, table.code, 'Bo');
    await until('Bo in Ana’s seat list', () => (client as unknown as { matchData?: { name?: string }[] }).matchData?.some((m) => m.name === 'Bo'));
    expect((await server.api.get(`/api/tables/${table.code}`)).body.status).toBe('waiting');
  });

  it('starts by itself when the last free seat is taken', async () => {
    server = await startServer();
    const table = await openTable(server, 2);
    const ana = await sit(server, table.code, 'Ana');
    await sit(server, table.code, 'Bo');
    expect((await server.api.get(`/api/tables/${table.code}`)).body.status).toBe('playing');
    expect(await endTurn(server, table.matchID, ana.playerID, 0, ana.credentials)).toMatchObject({ ok: true });
  });

  it('starts when the host says so, with bots in the empty seats, and only for the host', async () => {
    server = await startServer();
    const table = await openTable(server, 3);
    const start = (headers: Record<string, string> = {}) => server!.api.post(`/api/tables/${table.code}/start`, {}, headers);

    expect((await start(bearer(table.hostKey))).body.error).toBe('nobodySeated');
    const ana = await sit(server, table.code, 'Ana');
    const noKey = await start();
    expect([noKey.status, noKey.body.error]).toEqual([401, 'hostKeyRequired']);
    // A player's own seat key is not the host key.
    const player = await start(bearer(ana.credentials));
    expect([player.status, player.body.error]).toEqual([403, 'notHost']);

    const started = await start(bearer(table.hostKey));
    expect(started.status).toBe(200);
    const info = (await server.api.get(`/api/tables/${table.code}`)).body;
    expect(info.status).toBe('playing');
    expect(info.seats.map((s: { name: string | null; bot: boolean }) => [s.name, s.bot])).toEqual([
      ['Ana', false],
      ['Bot 2', true],
      ['Bot 3', true],
    ]);
    const again = await start(bearer(table.hostKey));
    expect([again.status, again.body.error]).toEqual([409, 'alreadyStarted']);

    // Ana ends her turn; the bots play theirs until it is Ana's turn again.
    await endWholeTurn(server, table.matchID, '0', ana.credentials);
    await until('the bots to hand the turn back to Ana', async () => {
      const s = await stored(server!, table.matchID);
      return s.ctx.turn >= 4 && s.ctx.currentPlayer === '0';
    }, 15_000);
  });

  it('starts the turn clock of a table with a pace at the start, not while it waits', async () => {
    server = await startServer();
    const table = await openTable(server, 2, { pace: { hours: 12, onTimeout: 'bot' } });
    await sit(server, table.code, 'Ana');
    const waiting = (await server.api.get(`/api/matches/${table.matchID}/turn`)).body;
    expect(waiting.dueAt).toBeUndefined();
    const before = Date.now();
    expect((await server.api.post(`/api/tables/${table.code}/start`, {}, bearer(table.hostKey))).status).toBe(200);
    const started = (await server.api.get(`/api/matches/${table.matchID}/turn`)).body;
    expect(started.seat).toBe('0');
    expect(started.dueAt).toBeGreaterThanOrEqual(before + 12 * 3600_000);
  });

  it('frees a seat left before the start, for the next person', async () => {
    server = await startServer();
    const table = await openTable(server, 3);
    const ana = await sit(server, table.code, 'Ana', 1);
    const left = await server.api.post(`/api/tables/${table.code}/leave`, { playerID: ana.playerID, credentials: ana.credentials });
    expect(left.status).toBe(200);
    const info = (await server.api.get(`/api/tables/${table.code}`)).body;
    expect(info.status).toBe('waiting');
    expect(info.seats[1]).toMatchObject({ name: null, bot: false });
    const cy = await sit(server, table.code, 'Cy', 1);
    expect(cy.playerID).toBe('1');
    const leftAgain = await server.api.post(`/api/tables/${table.code}/leave`, { playerID: ana.playerID, credentials: ana.credentials });
    expect([leftAgain.status, leftAgain.body.error]).toEqual([403, 'badCredentials']);
  });
});

describe('a seat during play', () => {
  it('goes from a stalled player to a bot (the game goes on), and back to whoever comes through the invite', async () => {
    server = await startServer();
    const table = await openTable(server, 2);
    const ana = await sit(server, table.code, 'Ana');
    const bo = await sit(server, table.code, 'Bo');
    const hand = (seat: string, to: string, key = table.hostKey) => server!.api.post(`/api/tables/${table.code}/seats/${seat}/${to}`, {}, bearer(key));

    // Ana's browser is open; she stalls on her turn.
    const anaClient = gameClient(server.url, table.matchID, ana.playerID, ana.credentials);
    clients.push(anaClient);
    await until('Ana connected', () => anaClient.getState()?.isConnected);
    const notHost = await hand('0', 'bot', bo.credentials);
    expect([notHost.status, notHost.body.error]).toEqual([403, 'notHost']);
    expect((await hand('7', 'bot')).body.error).toBe('badSeat');
    expect((await hand('0', 'elsewhere')).status).toBe(404);

    expect((await hand('0', 'bot')).status).toBe(200);
    await until('Ana’s socket closed', () => !anaClient.getState()?.isConnected);
    await until('the bot to play Ana’s turn', async () => (await stored(server!, table.matchID)).ctx.currentPlayer === '1', 15_000);
    const now = await stored(server, table.matchID);
    expect(await endTurn(server, table.matchID, '0', now._stateID, ana.credentials)).toEqual({ ok: false, reason: 'unauthorized' });
    expect((await hand('0', 'bot')).body.error).toBe('alreadyBot');

    // The host takes the seat back for a person: free, and the invite fills it.
    expect((await hand('0', 'free')).status).toBe(200);
    expect((await hand('0', 'free')).body.error).toBe('seatFree');
    const dee = await sit(server, table.code, 'Dee', 0);
    const taken = await server.api.post(`/api/tables/${table.code}/join`, { name: 'Eve', seat: 0 });
    expect([taken.status, taken.body.error]).toEqual([409, 'seatTaken']);
    // Bo ends his turn; Dee plays seat 0 from here.
    await endWholeTurn(server, table.matchID, '1', bo.credentials);
    const s2 = await stored(server, table.matchID);
    expect(s2.ctx.currentPlayer).toBe('0');
    expect((await endTurn(server, table.matchID, '0', s2._stateID, dee.credentials)).ok).toBe(true);
  });

  it('is left during play: free for anyone with the invite', async () => {
    server = await startServer();
    const table = await openTable(server, 2);
    const ana = await sit(server, table.code, 'Ana');
    await sit(server, table.code, 'Bo');
    await server.api.post(`/api/tables/${table.code}/leave`, { playerID: ana.playerID, credentials: ana.credentials });
    const info = (await server.api.get(`/api/tables/${table.code}`)).body;
    expect(info.status).toBe('playing');
    expect(info.seats[0].name).toBeNull();
    expect((await sit(server, table.code, 'Cy')).playerID).toBe('0');
  });
});

describe('the public list', () => {
  it('shows only tables opened as listed', async () => {
    server = await startServer();
    const secret = await openTable(server, 2);
    const open = await openTable(server, 2, { listed: true });
    const list = (await server.api.get('/api/tables')).body as { code: string; status: string; listed: boolean }[];
    expect(list.map((t) => t.code)).toContain(open.code);
    expect(list.map((t) => t.code)).not.toContain(secret.code);
    expect(list.find((t) => t.code === open.code)).toMatchObject({ status: 'waiting', listed: true });
    const bad = await server.api.post('/api/tables', { scenario: 'standard', seats: 2, listed: 'yes' });
    expect([bad.status, bad.body.error]).toEqual([400, 'badListed']);
  });
});

describe('a killed server', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('loses no waiting room: after kill -9 the seats, the host key and the hold are still there', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'soc-room-'));
    dirs.push(dataDir);
    const first = await startServerProcess({ DATA_DIR: dataDir });
    const api = apiFor(first.url);
    const created = (await api.post('/api/tables', { scenario: 'standard', seats: 3 })).body;
    expect((await api.post(`/api/tables/${created.code}/join`, { name: 'Ana' })).status).toBe(200);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const api2 = apiFor(second.url);
      const info = (await api2.get(`/api/tables/${created.code}`)).body;
      expect(info.status).toBe('waiting');
      expect(info.seats.map((s: { name: string | null }) => s.name)).toEqual(['Ana', null, null]);
      expect((await api2.post(`/api/tables/${created.code}/start`, {}, bearer(created.hostKey))).status).toBe(200);
      expect((await api2.get(`/api/tables/${created.code}`)).body.status).toBe('playing');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
