/**
 * Turn deadlines on a real server with its clock in the test's hand: an asynchronous table
 * shows its deadline; when it passes, the server plays the seat's turn (the bot) or ends it
 * (skip), once, and the next seat's deadline starts. Of two instances claiming one passed
 * deadline at the same moment, exactly one gets it, on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TurnClock } from '../../../src/server/deadlines/turn-clock.ts';
import { createLogger } from '../../../src/server/logger.ts';
import { PostgresStore } from '../../../src/server/storage/postgres.ts';
import { sideTablesOf } from '../../../src/server/storage/side-tables.ts';
import { SqliteStore } from '../../../src/server/storage/sqlite.ts';
import type { MatchStore } from '../../../src/server/storage/store.ts';
import { startServer, tableWith, type TestServer } from '../helpers/server.ts';

const HOUR = 3_600_000;
let now = Date.UTC(2026, 10, 30, 9, 0);
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ DEADLINE_POLL_MS: '600000' }, { clock: () => now });
});
afterAll(() => server.close());

async function turnOf(matchID: string) {
  return (await server.api.get(`/api/matches/${matchID}/turn`)).body;
}

describe('turn deadlines', () => {
  it('a live table has none; an asynchronous one shows when the seat must have moved', async () => {
    const live = await tableWith(server, ['Ana', 'Bo']);
    expect(await turnOf(live.matchID)).toMatchObject({ turn: 1, seat: '0', names: ['Ana', 'Bo'], over: false });
    expect((await turnOf(live.matchID)).dueAt).toBeUndefined();
    const later = await tableWith(server, ['Ana', 'Bo'], { pace: { hours: 24, onTimeout: 'skip' } });
    expect(await turnOf(later.matchID)).toMatchObject({ pace: { hours: 24, onTimeout: 'skip' }, seat: '0', dueAt: now + 24 * HOUR });
    expect((await server.api.get(`/api/tables/${later.code}`)).body.pace).toEqual({ hours: 24, onTimeout: 'skip' });
    const bad = await server.api.post('/api/tables', { scenario: 'standard', seats: 2, pace: { hours: 5 } });
    expect([bad.status, bad.body.error]).toEqual([400, 'badPace']);
  });

  it('when the time is up the bot plays the whole turn, once; the next seat gets a fresh deadline', async () => {
    const { matchID } = await tableWith(server, ['Ana', 'Bo'], { pace: { hours: 12, onTimeout: 'bot' } });
    const start = now;
    now += 12 * HOUR - 1;
    await server.app.turns.tick();
    expect(await turnOf(matchID)).toMatchObject({ turn: 1, seat: '0' });
    now += 2;
    await server.app.turns.tick();
    const after = await turnOf(matchID);
    expect(after).toMatchObject({ turn: 2, seat: '1', dueAt: now + 12 * HOUR });
    expect(after.dueAt).toBeGreaterThan(start + 12 * HOUR);
    const { log } = await server.store.fetch(matchID, { log: true });
    const moves = log!.filter((e) => e.action.type === 'MAKE_MOVE');
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((e) => e.action.payload.playerID === '0' && e.turn === 1)).toBe(true);
    // Looking again plays nothing more: seat 1 still has its twelve hours.
    await server.app.turns.tick();
    expect((await server.store.fetch(matchID, { log: true })).log!.length).toBe(log!.length);
  });

  it('skip ends the turn as it stands: no action, only the end of the turn and the steps it requires', async () => {
    const { matchID } = await tableWith(server, ['Ana', 'Bo'], { pace: { hours: 72, onTimeout: 'skip' } });
    now += 72 * HOUR;
    await server.app.turns.tick();
    expect(await turnOf(matchID)).toMatchObject({ turn: 2, seat: '1' });
    const { log } = await server.store.fetch(matchID, { log: true });
    const types = log!.filter((e) => e.action.type === 'MAKE_MOVE').map((e) => e.action.payload.type);
    expect(types[0]).toBe('endTurn');
    // A reflection the end of a turn may ask for is still made.
    expect(types.slice(1).every((t) => t === 'reflect')).toBe(true);
  });
});

describe('a passed deadline is claimed by exactly one instance', () => {
  const logger = createLogger('silent');
  async function race(stores: MatchStore[]) {
    const side = stores.map((s) => sideTablesOf(s));
    const t = 1_000_000;
    const clocks = side.map((s) => new TurnClock({ side: s, hourMs: 1, pollMs: 1000, logger, now: () => t, takeOver: async () => ({ moves: 0, how: 'bot' }) }));
    const results: boolean[] = [];
    for (let round = 0; round < 20; round++) {
      const matchID = `race${round}-${Math.random().toString(36).slice(2)}`;
      await stores[0].createMatch(matchID, { initialState: { G: {}, ctx: { turn: 1, currentPlayer: '0' }, _stateID: 0 } as never, metadata: { gameName: 'g', players: {}, createdAt: 0, updatedAt: 0 } });
      await side[0].run('INSERT INTO turns (match_id, turn, seat, started_at, due_at, lease_until) VALUES (?, 1, ?, 0, ?, 0)', [matchID, '0', t - 1]);
      const won = await Promise.all(clocks.flatMap((c) => [c.claim(matchID, 1, '0'), c.claim(matchID, 1, '0')]));
      results.push(won.filter(Boolean).length === 1);
    }
    return results;
  }

  it('on SQLite (two connections to one file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soc-claim-'));
    const stores = [new SqliteStore({ file: join(dir, 'x.db') }), new SqliteStore({ file: join(dir, 'x.db') })];
    for (const s of stores) await s.connect();
    expect(await race(stores)).toEqual(Array(20).fill(true));
    for (const s of stores) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(process.env.TEST_DATABASE_URL)('on PostgreSQL (two pools)', async () => {
    const schema = `claim_${Math.random().toString(36).slice(2, 10)}`;
    const stores = [0, 1].map(() => new PostgresStore({ connectionString: process.env.TEST_DATABASE_URL!, schema }));
    await stores[0].connect();
    await stores[1].connect();
    try {
      expect(await race(stores)).toEqual(Array(20).fill(true));
    } finally {
      await stores[0].postgresPool().query(`DROP SCHEMA ${schema} CASCADE`);
      for (const s of stores) await s.close();
    }
  });
});
