/**
 * The real server process: kill -9 between moves and restart on the same data file loses no
 * acknowledged move and the match goes on; SIGTERM finishes and exits 0; bad content and bad
 * configuration stop it with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { moveArgs } from '../../src/game/game.ts';
import { legalMoves, publicView, type Move } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { DATABASE_FILE } from '../../src/server/config.ts';
import { chooser } from '../helpers/table.ts';
import { runServer, startServerProcess } from './helpers/process.ts';
import { apiFor, gameClient, testDeck, until, type GameClient } from './helpers/server.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soc-crash-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The full state as the server stored it (read straight from the data file). */
function storedState(dataDir: string, matchID: string): State {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return JSON.parse(db.prepare('SELECT state FROM matches WHERE id = ?').pluck().get(matchID) as string);
  } finally {
    db.close();
  }
}

/** Moves in the stored log (automatic turn ends are logged too, as events). */
function movesLogged(dataDir: string, matchID: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare("SELECT COUNT(*) FROM log WHERE match_id = ? AND json_extract(entry, '$.action.type') = 'MAKE_MOVE'").pluck().get(matchID) as number;
  } finally {
    db.close();
  }
}

/** Plays one move for whoever is to move and waits until its client has seen it (acknowledged). */
async function playOne(dataDir: string, matchID: string, clients: GameClient[], pick: (n: number) => number): Promise<number> {
  const state = storedState(dataDir, matchID);
  const seat = Number(state.ctx.currentPlayer);
  const all = legalMoves(testDeck().content, state.G as GameState, seat);
  const options = all.filter((m) => m.type !== 'endTurn');
  // Mostly actions, now and then the end of a turn (so flow cards are revealed too).
  const list = options.length > 0 && pick(4) !== 0 ? options : all;
  const move: Move = list[pick(list.length)];
  const client = clients[seat];
  const before = client.getState()!._stateID;
  (client.moves as Record<string, (a: unknown) => void>)[move.type](moveArgs(move));
  await until(`move ${move.type} acknowledged`, () => client.getState()!._stateID > before);
  return client.getState()!._stateID;
}

describe('the server process', () => {
  it('loses no acknowledged move to kill -9 and goes on after a restart', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'none') };
    let server = await startServerProcess(env);
    let api = apiFor(server.url);
    const created = await api.post('/api/tables', { scenario: 'standard', seats: 2 });
    const seats = [await api.post(`/api/tables/${created.body.code}/join`, { name: 'Ana' }), await api.post(`/api/tables/${created.body.code}/join`, { name: 'Bo' })].map((r) => r.body);
    const matchID = created.body.matchID as string;
    const connect = (url: string) => seats.map((s) => gameClient(url, matchID, s.playerID, s.credentials));
    let clients = connect(server.url);
    await until('both synced', () => clients.every((c) => c.getState()));

    const pick = chooser(11);
    let acknowledged = 0;
    let seen: unknown;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 6; i++) acknowledged = await playOne(dataDir, matchID, clients, pick);
      seen = clients[0].getState()!.G;
      // The second time, one more move is on its way when the server dies: it may be stored
      // or not, but whole or not at all.
      const inFlight = round === 1;
      if (inFlight) {
        const state = storedState(dataDir, matchID);
        const seat = Number(state.ctx.currentPlayer);
        const move = legalMoves(testDeck().content, state.G as GameState, seat)[0];
        (clients[seat].moves as Record<string, (a: unknown) => void>)[move.type](moveArgs(move));
      }
      // Killed without warning.
      server.child.kill('SIGKILL');
      expect(await server.exited).toBe('SIGKILL');
      clients.forEach((c) => c.stop());

      server = await startServerProcess(env);
      api = apiFor(server.url);
      clients = connect(server.url);
      await until('both synced after the restart', () => clients.every((c) => c.getState()));
      const stored = storedState(dataDir, matchID);
      expect(movesLogged(dataDir, matchID)).toBe(stored._stateID);
      for (const c of clients) expect(c.getState()!._stateID).toBe(stored._stateID);
      if (inFlight) {
        expect([acknowledged, acknowledged + 1]).toContain(stored._stateID);
        acknowledged = stored._stateID;
      } else {
        expect(stored._stateID).toBe(acknowledged);
        for (const c of clients) expect(c.getState()!.G).toEqual(seen);
        expect(JSON.parse(JSON.stringify(publicView(stored.G as GameState)))).toEqual(seen);
      }
    }
    // The match goes on.
    acknowledged = await playOne(dataDir, matchID, clients, pick);
    expect(storedState(dataDir, matchID)._stateID).toBe(acknowledged);
    // Connection flags left by the crash were cleared, then set again by the reconnects.
    const table = (await api.get(`/api/tables/${created.body.code}`)).body;
    expect(table.seats.map((s: { connected: boolean }) => s.connected)).toEqual([true, true]);

    // An online backup while the server runs holds every move so far.
    const copy = join(dataDir, 'copy.db');
    const backup = spawnSync(join(import.meta.dirname, '../../node_modules/.bin/tsx'), [join(import.meta.dirname, '../../src/server/backup.ts'), copy], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout.trim()).toBe(copy);
    const copied = new Database(copy, { readonly: true });
    expect(JSON.parse(copied.prepare('SELECT state FROM matches WHERE id = ?').pluck().get(matchID) as string)._stateID).toBe(acknowledged);
    copied.close();

    // SIGTERM: a clean stop, exit 0, the WAL folded into the data file.
    clients.forEach((c) => c.stop());
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.stdout()).toContain('"msg":"stopped"');
    const wal = join(dataDir, `${DATABASE_FILE}-wal`);
    expect(statSync(wal, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
    expect(storedState(dataDir, matchID)._stateID).toBe(acknowledged);
  });

  it('stops with every content problem located by file, line and column, and no stack trace', async () => {
    const dir = tempDir();
    const content = join(dir, 'deck');
    cpSync(join(import.meta.dirname, '../../game-content'), content, { recursive: true });
    const file = join(content, 'scenarios.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"scenarios"', '"scenarioz"'));
    const run = runServer({ DATA_DIR: dir, CONTENT_DIR: content });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/cannot be played/);
    expect(run.stderr()).toMatch(/scenarios\.json:\d+:\d+ /);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('plays a deck saved by an ordinary editor (byte-order mark, CRLF line ends), which deck:check accepts too', async () => {
    const dir = tempDir();
    const content = join(dir, 'deck');
    cpSync(join(import.meta.dirname, '../../game-content'), content, { recursive: true });
    for (const name of ['knowledge', 'scenarios', 'board']) {
      const file = join(content, `${name}.json`);
      writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    }
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../src/tools/deck-check.ts'), content], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const server = await startServerProcess({ DATA_DIR: dir, CONTENT_DIR: content });
    try {
      const answer = await apiFor(server.url).get('/api/content');
      expect(answer.status).toBe(200);
      expect(answer.body.files['knowledge.json']).toEqual(JSON.parse(readFileSync(join(import.meta.dirname, '../../game-content/knowledge.json'), 'utf8')));
      // stderr holds only the plain-words start banner (the addresses for the room): no error, no stack.
      expect(server.stderr().trim()).toMatch(/^School of Commons is running\./);
      expect(server.stderr()).not.toMatch(/error|\bat \S+:\d+/i);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('stops on broken JSON with a plain sentence, not the parser\'s words', async () => {
    const dir = tempDir();
    const content = join(dir, 'deck');
    cpSync(join(import.meta.dirname, '../../game-content'), content, { recursive: true });
    const file = join(content, 'roles.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"roles":', '"roles"'));
    const run = runServer({ DATA_DIR: dir, CONTENT_DIR: content });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/roles\.json:\d+:\d+ a colon : is missing after the field name/);
    expect(run.stderr()).not.toMatch(/Unexpected|LBrace|\n\s+at /);
  });

  it('stops with a sentence naming a bad setting', async () => {
    const run = runServer({ DATA_DIR: tempDir(), PORT: 'eighty' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('PORT must be a whole number');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });
});
