/**
 * A short load test of the game server: MATCHES tables of four seats, each played move after
 * move over real socket.io connections on 127.0.0.1 for SECONDS. Prints moves per second and
 * the round trip of a move (sent → its own update back) as percentiles.
 *
 *   NODE_ENV=production tsx src/server/bench.ts [--matches 20] [--seconds 8] [--sync FULL|NORMAL]
 *
 * The load generator runs in the same process as the server, so on a small machine it takes
 * part of the CPU: compare numbers from the same machine only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { io, type Socket } from 'socket.io-client';
import { legalMoves } from '../rules/index.ts';
import type { GameState } from '../rules/state.ts';
import { GAME_NAME, moveArgs } from '../game/game.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { loadDeck } from './content-files.ts';
import { createLogger } from './logger.ts';
import { SqliteStore } from './storage/sqlite.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const matches = Number(option('matches', '20'));
const seconds = Number(option('seconds', '8'));
const synchronous = option('sync', 'FULL').toUpperCase() as 'FULL' | 'NORMAL';

const dir = mkdtempSync(join(tmpdir(), 'soc-bench-'));
const config = readConfig({ DATA_DIR: dir, CLIENT_DIR: join(dir, 'none'), BOT_DELAY_MS: '0', LOG_LEVEL: 'warn', SOCKET_RATE: '1000/1' });
const store = new SqliteStore({ file: join(dir, 'bench.db'), synchronous });
await store.connect();
const deck = loadDeck(config.contentDir);
const logger = createLogger('warn', new Writable({ write: (_c, _e, cb) => cb() }));
const app = createApp({ config, content: deck.content, contentFiles: deck.files, store, logger });
const { port } = await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${port}/${GAME_NAME}`;

function connect(matchID: string, seat: string, credentials: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    s.once('connect_error', reject);
    s.once('sync', () => resolve(s));
    s.on('connect', () => s.emit('sync', matchID, seat, credentials, 4));
  });
}

const latencies: number[] = [];
let pick = 1;
const end = Date.now() + seconds * 1000;

/** Plays tables one after another (a finished match is replaced by a new one) until the time is up. */
async function playTables(): Promise<void> {
  while (Date.now() < end) await playMatch();
}

async function playMatch(): Promise<void> {
  const { matchID, code } = await app.tables.create({ scenario: 'standard', seats: 4 });
  const seats = [];
  for (let i = 0; i < 4; i++) seats.push(await app.tables.join(code, { name: `P${i}` }));
  const sockets = await Promise.all(seats.map((s) => connect(matchID, s.playerID, s.credentials)));
  while (Date.now() < end) {
    const { state } = await store.fetch(matchID, { state: true });
    if (state.ctx.gameover !== undefined) break;
    const seat = state.ctx.currentPlayer;
    const all = legalMoves(deck.content, state.G as GameState, Number(seat));
    const actions = all.filter((m) => m.type !== 'endTurn');
    pick = (pick * 1103515245 + 12345) % 2 ** 31;
    const list = actions.length > 0 && pick % 4 !== 0 ? actions : all;
    const move = list[pick % list.length];
    const socket = sockets[Number(seat)];
    const started = performance.now();
    const arrived = new Promise<void>((resolve) => {
      const onUpdate = (_m: string, s: { _stateID: number }) => {
        if (s._stateID > state._stateID) {
          socket.off('update', onUpdate);
          socket.off('refused', onRefused);
          resolve();
        }
      };
      const onRefused = () => {
        socket.off('update', onUpdate);
        socket.off('refused', onRefused);
        resolve();
      };
      socket.on('update', onUpdate);
      socket.on('refused', onRefused);
    });
    socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: seat, credentials: seats[Number(seat)].credentials } }, state._stateID, matchID, seat);
    await arrived;
    latencies.push(performance.now() - started);
  }
  sockets.forEach((s) => s.close());
}

const started = performance.now();
await Promise.all(Array.from({ length: matches }, playTables));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(1);
process.stdout.write(
  `${matches} matches x 4 clients, SQLite synchronous=${synchronous}, NODE_ENV=${process.env.NODE_ENV ?? ''}\n` +
    `${latencies.length} moves in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(0)} moves/s; round trip ms p50 ${at(0.5)} p90 ${at(0.9)} p99 ${at(0.99)}\n`,
);
await app.shutdown();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
