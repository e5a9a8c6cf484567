/**
 * Load on the game server: M tables of four socket.io clients on loopback, bots choosing
 * legal moves from what their client sees, for each kind of server:
 *
 *   memory    matches kept as objects (boardgame.io's in-memory storage): the baseline
 *   sqlite    the default (`npm start`): one SQLite file (SQLITE_SYNCHRONOUS from the environment, else NORMAL)
 *   postgres  DATABASE_URL
 *   cluster   2 instances on PostgreSQL with REDIS_URL, the four seats of a table spread over both
 *
 * Each kind runs in a fresh server process (bench/load-server.ts), measured through IPC:
 *
 *   paced     every table moves `--rate` times a second for `--seconds`: moves/s and the round
 *             trip of a move (sent → the mover's own update back) p50/p95/p99; server CPU
 *             and RSS per 100 tables
 *   idle      server heap and RSS per connected table that does not move (after a GC)
 *   flat out  `--flat` tables move as fast as their round trips allow: the most moves/s
 *   bytes     socket.io bytes received per move by each client
 *
 * and as a ratio to the in-memory baseline of the same run. Writes bench-output/load.json.
 *
 *   npm run bench -- load
 *   npx tsx bench/load.bench.ts --matches 500 --rate 1 --seconds 20 --flat 20 --flat-seconds 8 --modes memory,sqlite --delta on [--profile]
 *
 * PostgreSQL and Redis come from TEST_DATABASE_URL / TEST_REDIS_URL, or are started with
 * scripts/test-services.sh (and stopped again). The load generator shares the machine with
 * the server: on 2 cores it takes a good part of the CPU, which the ratios cancel out.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyPatch, type Operation } from 'rfc6902';
import { io, type Socket } from 'socket.io-client';
import { loadContent } from '../src/content/load.ts';
import { GAME_NAME, moveArgs } from '../src/game/game.ts';
import { legalMoves, type PublicState } from '../src/rules/index.ts';
import { oneOf, toolArgs, usageError, wholeNumber } from '../src/tools/args.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const content = loadContent();

// ---------------------------------------------------------------- options

const tool = {
  name: 'bench -- load',
  usage: `usage: npx tsx bench/load.bench.ts [--matches M] [--rate R] [--seconds S] [--flat F] [--flat-seconds S]
                                  [--modes memory,sqlite,postgres,cluster] [--delta on|off] [--profile]
  M tables of four socket.io clients (default 500), each moving R times a second (default 1) for S seconds
  (default 20), then F tables (default 20) flat out for --flat-seconds (default 8), per kind of server;
  --profile writes each server's V8 CPU profile to bench-output/profiles/`,
};
const { values: options } = toolArgs(tool, {
  options: {
    matches: { type: 'string', default: '500' },
    rate: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '20' },
    flat: { type: 'string', default: '20' },
    'flat-seconds': { type: 'string', default: '8' },
    modes: { type: 'string', default: 'memory,sqlite,postgres,cluster' },
    delta: { type: 'string', default: 'on' },
    profile: { type: 'boolean' },
  },
});
const MATCHES = wholeNumber(tool, 'matches', options.matches, 1);
const RATE = Number(options.rate);
if (!(RATE > 0)) usageError(tool, `--rate must be a number of moves a second above 0, not "${options.rate}"`);
const SECONDS = wholeNumber(tool, 'seconds', options.seconds, 1);
const FLAT = wholeNumber(tool, 'flat', options.flat);
const FLAT_SECONDS = wholeNumber(tool, 'flat-seconds', options['flat-seconds'], 1);
const DELTA = oneOf(tool, 'delta', options.delta, ['on', 'off']) === 'on';
const MODES: Mode[] = options.modes.split(',').map((m) => oneOf(tool, 'modes', m, ['memory', 'sqlite', 'postgres', 'cluster']));
/** --profile: each server writes a V8 CPU profile to bench-output/profiles/ (open in Chrome's DevTools). */
const PROFILE = options.profile ?? false;
type Mode = 'memory' | 'sqlite' | 'postgres' | 'cluster';

// ---------------------------------------------------------------- services

let startedServices = false;
function services(): { databaseUrl: string; redisUrl: string } {
  let databaseUrl = process.env.TEST_DATABASE_URL;
  let redisUrl = process.env.TEST_REDIS_URL;
  if (!databaseUrl || !redisUrl) {
    const run = spawnSync(join(ROOT, 'scripts/test-services.sh'), ['start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (run.status !== 0) throw new Error('scripts/test-services.sh start failed: PostgreSQL and Redis are needed for the postgres and cluster runs');
    startedServices = true;
    databaseUrl = /TEST_DATABASE_URL=(\S+)/.exec(run.stdout)?.[1];
    redisUrl = /TEST_REDIS_URL=(\S+)/.exec(run.stdout)?.[1];
  }
  return { databaseUrl: databaseUrl!, redisUrl: redisUrl! };
}

// ---------------------------------------------------------------- servers

interface Stats {
  cpu: { user: number; system: number };
  memory: NodeJS.MemoryUsage;
}
interface ServerProc {
  url: string;
  child: ChildProcess;
  stats(): Promise<Stats>;
  stop(): Promise<void>;
}

function startServer(env: Record<string, string>): Promise<ServerProc> {
  const child = fork(join(ROOT, 'bench/load-server.ts'), [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx', '--expose-gc', ...(PROFILE ? ['--cpu-prof', '--cpu-prof-dir', join(ROOT, 'bench-output/profiles')] : [])],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      CLIENT_DIR: '/nonexistent-client',
      CREATE_RATE: '1000000/1',
      JOIN_RATE: '1000000/1',
      LOOKUP_RATE: '1000000/1',
      SOCKET_RATE: '1000/1',
      DELTA_STATE: String(DELTA),
      // As `npm start` runs (NORMAL) unless asked; FULL shows what an fsync per commit costs.
      SQLITE_SYNCHRONOUS: process.env.SQLITE_SYNCHRONOUS ?? 'NORMAL',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`load server exited (${code}) before listening:\n${out}`)));
    child.stdout!.on('data', (d) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (!line) return;
      child.removeAllListeners('exit');
      const { port } = JSON.parse(line) as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        child,
        stats: () =>
          new Promise((res) => {
            child.once('message', (m: Stats & { type: string }) => res(m));
            child.send({ type: 'stats' });
          }),
        stop: () =>
          new Promise((res) => {
            if (child.exitCode !== null) return res();
            child.once('exit', () => res());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

// ---------------------------------------------------------------- clients

interface Seat {
  playerID: string;
  credentials: string;
  socket: Socket;
}
interface Table {
  matchID: string;
  seats: Seat[];
  /** Seat 0's copy of the game (whole states and patches applied), from which the bots choose. */
  state: { _stateID: number; G: PublicState; ctx: { currentPlayer: string; gameover?: unknown } } | undefined;
  waiters: (() => void)[];
  over: boolean;
}

let bytesIn = 0;

async function post(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

function connect(url: string, matchID: string, playerID: string, credentials: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${url}/${GAME_NAME}`, { transports: ['websocket'], forceNew: true, reconnection: false });
    socket.io.engine?.on('packet', (p: { data?: unknown }) => {
      if (typeof p.data === 'string') bytesIn += Buffer.byteLength(p.data);
    });
    socket.io.on('open', () => {
      socket.io.engine.on('packet', (p: { data?: unknown }) => {
        if (typeof p.data === 'string') bytesIn += Buffer.byteLength(p.data);
      });
    });
    socket.once('connect_error', reject);
    socket.once('sync', () => resolve(socket));
    socket.on('connect', () => socket.emit('sync', matchID, playerID, credentials, 4));
  });
}

function track(table: Table): void {
  const s = table.seats[0].socket;
  const settle = () => {
    const waiting = table.waiters;
    table.waiters = [];
    waiting.forEach((w) => w());
  };
  s.on('sync', (_m: string, info: { state: Table['state'] }) => {
    table.state = info.state;
    settle();
  });
  s.on('update', (_m: string, state: Table['state']) => {
    if (!table.state || state!._stateID >= table.state._stateID) table.state = state;
    settle();
  });
  s.on('patch', (_m: string, prev: number, next: number, patch: Operation[]) => {
    if (!table.state || table.state._stateID !== prev) return;
    const copy = structuredClone(table.state);
    applyPatch(copy, patch);
    copy._stateID = next;
    table.state = copy;
    settle();
  });
}

async function makeTables(urls: string[], count: number, spread: boolean): Promise<Table[]> {
  const tables: Table[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const created = await post(`${urls[0]}/api/tables`, { scenario: 'standard', seats: 4 });
      const seats: Seat[] = [];
      for (let i = 0; i < 4; i++) {
        const joined = await post(`${urls[spread ? i % urls.length : 0]}/api/tables/${created.code}/join`, { name: `B${i}` });
        seats.push({ playerID: joined.playerID, credentials: joined.credentials, socket: undefined as never });
      }
      const table: Table = { matchID: created.matchID, seats, state: undefined, waiters: [], over: false };
      // Seat 0 tracks the game before the others connect, so it misses nothing.
      const url = (i: number) => urls[spread ? (n + i) % urls.length : 0];
      seats[0].socket = await connect(url(0), table.matchID, seats[0].playerID, seats[0].credentials);
      track(table);
      table.seats[0].socket.emit('sync', table.matchID, seats[0].playerID, seats[0].credentials, 4);
      await Promise.all(seats.slice(1).map(async (s, i) => (s.socket = await connect(url(i + 1), table.matchID, s.playerID, s.credentials))));
      tables.push(table);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  await Promise.all(tables.map((t) => (t.state ? undefined : new Promise<void>((r) => t.waiters.push(r)))));
  return tables;
}

let pick = 1;
function choose<T>(list: T[]): T {
  pick = (pick * 1103515245 + 12345) % 2 ** 31;
  return list[pick % list.length];
}

/** One move of a table: chosen from seat 0's copy, sent by the seat to move, timed to its own update. */
async function move(table: Table, latencies: number[], counts: { refused: number }): Promise<void> {
  const state = table.state!;
  if (state.ctx.gameover !== undefined) {
    table.over = true;
    return;
  }
  const seat = state.ctx.currentPlayer;
  const all = legalMoves(content, state.G, Number(seat) as never);
  if (all.length === 0) {
    table.over = true;
    return;
  }
  const actions = all.filter((m) => m.type !== 'endTurn');
  pick = (pick * 1103515245 + 12345) % 2 ** 31;
  const chosen = choose(actions.length > 0 && pick % 4 !== 0 ? actions : all);
  const mover = table.seats[Number(seat)];
  const started = performance.now();
  const echoed = new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      mover.socket.off('update', onUpdate);
      mover.socket.off('patch', onPatch);
      mover.socket.off('refused', onRefused);
      resolve(ok);
    };
    const onUpdate = (_m: string, s: { _stateID: number }) => s._stateID > state._stateID && done(true);
    const onPatch = (_m: string, _prev: number, next: number) => next > state._stateID && done(true);
    const onRefused = () => done(false);
    mover.socket.on('update', onUpdate);
    mover.socket.on('patch', onPatch);
    mover.socket.on('refused', onRefused);
  });
  mover.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: chosen.type, args: [moveArgs(chosen)], playerID: seat, credentials: mover.credentials } }, state._stateID, table.matchID, seat);
  const ok = await echoed;
  if (!ok) {
    counts.refused++;
    // A refused move comes with a fresh sync of the mover; wait for seat 0 to catch up too.
    await new Promise((r) => setTimeout(r, 20));
    return;
  }
  latencies.push(performance.now() - started);
  const target = state._stateID + 1;
  while (table.state!._stateID < target) await new Promise<void>((r) => table.waiters.push(r));
}

interface PhaseResult {
  moves: number;
  seconds: number;
  movesPerSecond: number;
  refused: number;
  p50: number;
  p95: number;
  p99: number;
  bytesPerMovePerClient: number;
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

/** Each table moves every 1/rate s (or flat out when rate is 0) until the time is up. */
async function phase(tables: Table[], rate: number, seconds: number): Promise<PhaseResult> {
  const latencies: number[] = [];
  const counts = { refused: 0 };
  const bytesBefore = bytesIn;
  const started = performance.now();
  const end = started + seconds * 1000;
  const interval = rate > 0 ? 1000 / rate : 0;
  await Promise.all(
    tables.map(async (table) => {
      // Spread the tables' first moves over one interval, as people would.
      if (interval > 0) await new Promise((r) => setTimeout(r, Math.random() * interval));
      while (performance.now() < end && !table.over) {
        const due = performance.now() + interval;
        await move(table, latencies, counts);
        const wait = due - performance.now();
        if (wait <= 0) continue;
        if (performance.now() + wait >= end) break;
        await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    moves: latencies.length,
    seconds: elapsed,
    movesPerSecond: latencies.length / elapsed,
    refused: counts.refused,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    bytesPerMovePerClient: latencies.length ? (bytesIn - bytesBefore) / latencies.length / 4 : NaN,
  };
}

// ---------------------------------------------------------------- one run

interface RunResult {
  mode: Mode;
  instances: number;
  matches: number;
  paced: PhaseResult;
  flat: PhaseResult;
  finished: number;
  /** Server CPU (cores busy, all instances) during the paced phase, per 100 tables. */
  cpuPer100: number;
  /** Server CPU time per move in the paced phase (all instances), in ms. */
  cpuMsPerMove: number;
  /** The load generator's CPU (cores busy) during the paced phase: it shares the machine. */
  generatorCores: number;
  /** The machine's 1-minute load average when the paced phase ended (other work on it shows here). */
  loadAverage: number;
  /** Server RSS growth over the empty server, per 100 tables (after the paced phase). */
  rssMBPer100: number;
  /** Server heap (after GC) per connected idle table, and RSS per table, before any move. */
  idleHeapKB: number;
  idleRssKB: number;
}

async function sumStats(servers: ServerProc[]): Promise<{ cpu: number; rss: number; heap: number }> {
  const all = await Promise.all(servers.map((s) => s.stats()));
  return {
    cpu: all.reduce((t, s) => t + (s.cpu.user + s.cpu.system) / 1e6, 0),
    rss: all.reduce((t, s) => t + s.memory.rss, 0),
    heap: all.reduce((t, s) => t + s.memory.heapUsed, 0),
  };
}

async function runMode(mode: Mode): Promise<RunResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'soc-load-'));
  let dropDatabase: (() => Promise<void>) | undefined;
  const env: Record<string, string> = { DATA_DIR: dataDir, BENCH_STORE: mode === 'cluster' ? 'postgres' : mode };
  if (mode === 'postgres' || mode === 'cluster') {
    const { databaseUrl, redisUrl } = services();
    const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    const name = `soc_load_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(databaseUrl);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    if (mode === 'cluster') env.REDIS_URL = redisUrl;
    dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const count = mode === 'cluster' ? 2 : 1;
  const servers = await Promise.all(Array.from({ length: count }, () => startServer(env)));
  const urls = servers.map((s) => s.url);
  try {
    const empty = await sumStats(servers);
    process.stderr.write(`  ${mode}: ${MATCHES} tables…`);
    const tables = await makeTables(urls, MATCHES, mode === 'cluster');
    await new Promise((r) => setTimeout(r, 2000));
    const idle = await sumStats(servers);
    process.stderr.write(' paced…');
    const generatorBefore = process.cpuUsage();
    const paced = await phase(tables, RATE, SECONDS);
    const generator = process.cpuUsage(generatorBefore);
    const loaded = await sumStats(servers);
    process.stderr.write(' flat out…');
    const flat = await phase(tables.filter((t) => !t.over).slice(0, FLAT), 0, FLAT_SECONDS);
    process.stderr.write(' done\n');
    for (const t of tables) for (const s of t.seats) s.socket.close();
    return {
      mode,
      instances: count,
      matches: MATCHES,
      paced,
      flat,
      finished: tables.filter((t) => t.over).length,
      cpuPer100: ((loaded.cpu - idle.cpu) / paced.seconds) * (100 / MATCHES),
      cpuMsPerMove: ((loaded.cpu - idle.cpu) * 1000) / Math.max(1, paced.moves),
      generatorCores: (generator.user + generator.system) / 1e6 / paced.seconds,
      loadAverage: loadavg()[0],
      rssMBPer100: ((loaded.rss - empty.rss) / 2 ** 20) * (100 / MATCHES),
      idleHeapKB: (idle.heap - empty.heap) / 1024 / MATCHES,
      idleRssKB: (idle.rss - empty.rss) / 1024 / MATCHES,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report

const results: RunResult[] = [];
try {
  for (const mode of MODES) results.push(await runMode(mode));
} finally {
  if (startedServices) spawnSync(join(ROOT, 'scripts/test-services.sh'), ['stop'], { stdio: 'inherit' });
}

const base = results.find((r) => r.mode === 'memory');
const ratio = (v: number, b: number | undefined) => (b ? `${(v / b).toFixed(2)}x` : '-');
const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '-');
const rows = results.map((r) => [
  r.mode + (r.instances > 1 ? ` (${r.instances} inst.)` : ''),
  f(r.paced.movesPerSecond, 0),
  `${f(r.paced.p50)} / ${f(r.paced.p95)} / ${f(r.paced.p99)}`,
  ratio(r.paced.p95, base?.paced.p95),
  f(r.flat.movesPerSecond, 0),
  ratio(r.flat.movesPerSecond, base?.flat.movesPerSecond),
  `${f(r.cpuPer100 * 100, 1)}%`,
  ratio(r.cpuPer100, base?.cpuPer100),
  f(r.cpuMsPerMove, 2),
  f(r.rssMBPer100, 1),
  `${f(r.idleHeapKB, 0)} / ${f(r.idleRssKB, 0)}`,
  f(r.paced.bytesPerMovePerClient, 0),
  `${f(r.generatorCores, 2)} / ${f(r.loadAverage, 1)}`,
]);
const header = ['server', 'paced moves/s', 'rtt ms p50/p95/p99', 'p95 vs mem', 'flat moves/s', 'vs mem', 'CPU/100 tables', 'vs mem', 'CPU ms/move', 'RSS MB/100', 'idle KB heap/RSS', 'B/move/client', 'generator cores / load avg'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\n${MATCHES} tables x 4 socket.io clients on ${cpus().length} cores, ${RATE} move/s per table for ${SECONDS} s; flat out: ${FLAT} tables for ${FLAT_SECONDS} s; DELTA_STATE=${DELTA}; NODE_ENV=${process.env.NODE_ENV ?? ''}`);
console.log(line(header));
for (const r of rows) console.log(line(r));

const sqlite = results.find((r) => r.mode === 'sqlite');
const targets = sqlite
  ? [
      { target: `SQLite p95 round trip <= 50 ms at ${MATCHES} tables x ${RATE} move/s`, value: sqlite.paced.p95, ok: sqlite.paced.p95 <= 50 && MATCHES >= 500 && RATE >= 1 },
      { target: 'SQLite flat-out throughput >= 0.7x in-memory', value: base ? sqlite.flat.movesPerSecond / base.flat.movesPerSecond : NaN, ok: base !== undefined && sqlite.flat.movesPerSecond >= 0.7 * base.flat.movesPerSecond },
      { target: 'server memory per idle table <= 200 KB (heap after GC)', value: sqlite.idleHeapKB, ok: sqlite.idleHeapKB <= 200 },
      { target: 'bytes sent per move to a client <= 2 KB', value: sqlite.paced.bytesPerMovePerClient, ok: sqlite.paced.bytesPerMovePerClient <= 2048 },
    ]
  : [];
if (targets.length) {
  console.log('\ntargets (SQLite):');
  for (const t of targets) console.log(`  ${t.ok ? 'met    ' : 'NOT met'}  ${t.target}: ${f(t.value, 2)}`);
}
if (results.some((r) => r.paced.refused + r.flat.refused > 0)) {
  console.log(`refused moves (a bot's view behind): ${results.map((r) => `${r.mode} ${r.paced.refused + r.flat.refused}`).join(', ')}`);
}

mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-output/load.json'),
  JSON.stringify({ date: new Date().toISOString(), options: { matches: MATCHES, rate: RATE, seconds: SECONDS, flat: FLAT, flatSeconds: FLAT_SECONDS, delta: DELTA }, baseline: 'memory', results, targets }, null, 2),
);
console.log('wrote bench-output/load.json');
process.exit(0);
