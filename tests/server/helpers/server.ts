/**
 * A real server for tests: the whole app in this process on 127.0.0.1, port 0, with a
 * temporary data folder, its log lines captured, and helpers for the HTTP API and for
 * boardgame.io and raw socket.io clients.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { io, type Socket } from 'socket.io-client';
import { createApp, type App } from '../../../src/server/app.ts';
import { readConfig, type Config } from '../../../src/server/config.ts';
import { loadDeck, type LoadedDeck } from '../../../src/server/content-files.ts';
import { createLogger } from '../../../src/server/logger.ts';
import { SqliteStore } from '../../../src/server/storage/sqlite.ts';
import { createGame, GAME_NAME } from '../../../src/game/game.ts';
import type { BotPicker } from '../../../src/server/bots/picker.ts';
import type { MatchStore } from '../../../src/server/storage/store.ts';

let deck: LoadedDeck | undefined;
export function testDeck(): LoadedDeck {
  deck ??= loadDeck(process.env.TEST_CONTENT_DIR || join(import.meta.dirname, '../../../game-content'));
  return deck;
}

export interface TestServer {
  url: string;
  port: number;
  app: App;
  store: SqliteStore;
  config: Config;
  /** Every log line written so far, as text. */
  logs: () => string;
  api: Api;
  close: () => Promise<void>;
}

export interface ApiAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Api {
  get<T = any>(path: string, headers?: Record<string, string>): Promise<ApiAnswer<T>>;
  post<T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<ApiAnswer<T>>;
}

export function apiFor(url: string): Api {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url + path, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };
  return {
    get: (path, headers) => call('GET', path, undefined, headers),
    post: (path, body, headers) => call('POST', path, body, headers),
  };
}

/**
 * Seeds "<prefix>-1", "<prefix>-2", … : each test server deals its tables from the same seeds on
 * every run, so a test that holds only for some deals fails every time, where it is written.
 */
export function seedSequence(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export async function startServer(
  env: Record<string, string> = {},
  options: {
    picker?: BotPicker;
    dataDir?: string;
    wrapStore?: (store: SqliteStore) => MatchStore;
    port?: number;
    clock?: () => number;
    /** Match seeds: a fixed sequence by default (the same deals on every run); 'crypto' for the server's own. */
    seeds?: 'crypto' | (() => string);
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'soc-server-'));
  const config = readConfig({ DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'no-client'), BOT_DELAY_MS: '0', LOG_LEVEL: 'debug', ...env });
  let lines = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines += chunk.toString();
      cb();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const store = new SqliteStore({ file: join(dataDir, 'test.db'), synchronous: 'NORMAL' });
  await store.connect();
  const { content, files } = testDeck();
  const seeds = options.seeds === 'crypto' ? undefined : (options.seeds ?? seedSequence('test'));
  const app = createApp({ config, content, contentFiles: files, store: options.wrapStore ? options.wrapStore(store) : store, logger, picker: options.picker, clock: options.clock, seeds });
  const address = await app.listen(options.port ?? 0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    port: address.port,
    app,
    store,
    config,
    logs: () => lines,
    api: apiFor(url),
    close: async () => {
      await app.shutdown();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a table and seats the given names; returns the match and each seat's credentials. */
export async function tableWith(server: TestServer, names: string[], extra: Record<string, unknown> = {}) {
  const created = await server.api.post('/api/tables', { scenario: 'standard', seats: names.length, ...extra });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const seats: { playerID: string; credentials: string }[] = [];
  for (const name of names) {
    const joined = await server.api.post(`/api/tables/${created.body.code}/join`, { name });
    if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
    seats.push({ playerID: joined.body.playerID, credentials: joined.body.credentials });
  }
  return { matchID: created.body.matchID as string, code: created.body.code as string, hostKey: created.body.hostKey as string, seats };
}

export type GameClient = ReturnType<typeof gameClient>;

/** boardgame.io's own client over socket.io (the table's transport, client/table/table-socket.ts, speaks the same protocol). */
export function gameClient(url: string, matchID: string, playerID?: string, credentials?: string, options: { reconnect?: boolean } = {}) {
  const client = Client({
    game: createGame(testDeck().content) as never,
    multiplayer: SocketIO({
      server: url,
      socketOpts: { transports: ['websocket'], forceNew: true, reconnection: options.reconnect ?? false, reconnectionDelay: 50, reconnectionDelayMax: 100 },
    }),
    matchID,
    playerID,
    credentials,
    debug: false,
  });
  client.start();
  return client;
}

/**
 * Ends the turn of the seat this client holds and closes the reflection pause the flow may
 * bring at the end of it (still this seat's turn), so the next seat has the turn whatever
 * the deal.
 */
export async function endTurnOf(client: ReturnType<typeof gameClient>): Promise<void> {
  const moves = client.moves as Record<string, (a: unknown) => void>;
  const before = (await until('the client synced', () => client.getState())).ctx.turn;
  let closing = -1;
  moves.endTurn({});
  await until('the turn ended', () => {
    const s = client.getState();
    if (s?.G.turn.stage === 'reflection' && s._stateID !== closing) {
      closing = s._stateID;
      moves.reflect({});
    }
    return s !== null && s.ctx.turn > before && s.G.turn.stage !== 'reflection';
  });
}

/** Waits until `check` holds, polling; fails with `what` after `ms` (generous: CI machines are busy). */
export async function until<T>(what: string, check: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A raw socket.io connection to the game namespace that records everything it receives. */
export function rawSocket(url: string, options: { origin?: string; auth?: Record<string, unknown> } = {}) {
  const received: { event: string; args: unknown[] }[] = [];
  const socket: Socket = io(`${url}/${GAME_NAME}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: options.origin ? { origin: options.origin } : undefined,
    ...(options.auth ? { auth: options.auth } : {}),
  });
  socket.onAny((event, ...args) => received.push({ event, args }));
  return {
    socket,
    received,
    connected: () => new Promise<void>((resolve, reject) => {
      if (socket.connected) return resolve();
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    }),
    next: (event: string, ms = 3000) =>
      new Promise<unknown[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${event}" within ${ms} ms`)), ms);
        socket.once(event, (...args: unknown[]) => {
          clearTimeout(timer);
          resolve(args);
        });
      }),
    /**
     * Waits until the server has handled everything sent before on this socket, to show that
     * something did NOT happen: a sync for a made-up match goes out as a marker and its answer
     * (`sync` from plain boardgame.io, which makes the match; `refused` from ours, which makes
     * nothing) is awaited. A server handles a socket's messages in order, so whatever the
     * earlier ones caused (a stored state, a message on this socket) has happened by then.
     */
    roundTrip: (ms = 5000) =>
      new Promise<void>((resolve, reject) => {
        const marker = `marker${randomBytes(6).toString('hex')}`;
        const done = (err?: Error) => {
          clearTimeout(timer);
          socket.offAny(heard);
          socket.off('disconnect', closed);
          if (err) reject(err);
          else resolve();
        };
        const timer = setTimeout(() => done(new Error(`no answer to the round-trip marker within ${ms} ms`)), ms);
        const heard = (event: string, ...args: unknown[]) => {
          if ((event === 'sync' || event === 'refused') && args[0] === marker) done();
        };
        const closed = () => done(new Error('the socket closed before the round trip'));
        socket.onAny(heard);
        socket.once('disconnect', closed);
        socket.emit('sync', marker, null, undefined, 2);
      }),
    close: () => socket.close(),
  };
}

/**
 * A new two-seat table and a raw socket synced at the seat whose turn it is: for tests that
 * send moves as bytes on the wire.
 */
export async function seatedSocket(server: TestServer) {
  const t = await tableWith(server, ['Ana', 'Bo']);
  const { state } = await server.store.fetch(t.matchID, { state: true });
  const seat = Number(state!.ctx.currentPlayer);
  const p = rawSocket(server.url);
  await p.connected();
  p.socket.emit('sync', t.matchID, String(seat), t.seats[seat].credentials, 2);
  await p.next('sync');
  return { t, p, seat, state: state! };
}
