/**
 * The real server process: table chat survives kill -9; a turn deadline that passes while
 * the server is down is played when it comes back, once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/server/config.ts';
import { startServerProcess } from '../helpers/process.ts';
import { apiFor, until } from '../helpers/server.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function logOf(dataDir: string, matchID: string): { type: string; seat: string; turn: number }[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT entry FROM log WHERE match_id = ? ORDER BY seq').pluck().all(matchID) as string[])
      .map((e) => JSON.parse(e))
      .filter((e) => e.action.type === 'MAKE_MOVE')
      .map((e) => ({ type: e.action.payload.type, seat: e.action.payload.playerID, turn: e.turn }));
  } finally {
    db.close();
  }
}

describe('tables across time zones, across a crash', () => {
  it('keeps the chat through kill -9 and plays a deadline that passed while the server was down, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'soc-away-'));
    dirs.push(dataDir);
    // One hour of deadline lasts 500 ms here: 12 hours are 6 s.
    const env = { DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'none'), DEADLINE_HOUR_MS: '500', DEADLINE_POLL_MS: '100' };
    let server = await startServerProcess(env, 60_000);
    let api = apiFor(server.url);
    const created = await api.post('/api/tables', { scenario: 'standard', seats: 2, pace: { hours: 12, onTimeout: 'skip' } });
    const { matchID, code } = created.body;
    const ana = (await api.post(`/api/tables/${code}/join`, { name: 'Ana' })).body;
    await api.post(`/api/tables/${code}/join`, { name: 'Bo' });
    expect((await api.post(`/api/matches/${matchID}/chat`, { playerID: ana.playerID, credentials: ana.credentials, text: 'I play tonight, after 21:00 CET' })).status).toBe(201);
    const { dueAt } = (await api.get(`/api/matches/${matchID}/turn`)).body;
    expect(dueAt).toBeGreaterThan(Date.now());

    server.child.kill('SIGKILL');
    await server.exited;
    // The deadline passes while nothing runs.
    await until('the deadline passed', () => Date.now() > dueAt + 50, 10_000);
    expect(logOf(dataDir, matchID)).toEqual([]);

    server = await startServerProcess(env, 60_000);
    api = apiFor(server.url);
    expect((await api.get(`/api/matches/${matchID}/chat`)).body.messages.map((m: { body: string }) => m.body)).toEqual(['I play tonight, after 21:00 CET']);
    const next = await until('the turn was played', async () => {
      const turn = (await api.get(`/api/matches/${matchID}/turn`)).body;
      return turn.turn === 2 ? turn : undefined;
    });
    expect(next).toMatchObject({ seat: '1' });
    expect(next.dueAt).toBeGreaterThan(dueAt);
    // Turn 1 was ended once, by the server for Ana (then only a reflection the rules may ask for).
    const turn1 = logOf(dataDir, matchID).filter((m) => m.turn === 1);
    expect(turn1[0]).toEqual({ type: 'endTurn', seat: '0', turn: 1 });
    expect(turn1.filter((m) => m.type === 'endTurn')).toHaveLength(1);
    expect(turn1.slice(1).every((m) => m.type === 'reflect' && m.seat === '0')).toBe(true);
    expect(server.stdout().split('\n').filter((l) => l.includes('turn deadline passed') && l.includes(matchID))).toHaveLength(1);
    server.child.kill('SIGTERM');
    await server.exited;
  }, 180_000);
});
