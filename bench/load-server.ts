/**
 * The server under load for bench/load.bench.ts, in a process of its own so that its CPU and
 * memory are its own: the app of main.ts with the store named by BENCH_STORE (memory, sqlite,
 * postgres) and, with REDIS_URL, the cluster. Configuration as main.ts (PORT, DATA_DIR,
 * DATABASE_URL, DELTA_STATE, …).
 *
 * It prints `{"port":N}` once listening and answers IPC messages from the bench:
 * `stats` → CPU time and memory, after a full garbage collection (run with --expose-gc).
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { LogEntry, State } from 'boardgame.io';
import { createApp } from '../src/server/app.ts';
import { connectCluster } from '../src/server/cluster/cluster.ts';
import { DATABASE_FILE, readConfig } from '../src/server/config.ts';
import { loadDeck } from '../src/server/content-files.ts';
import { createLogger } from '../src/server/logger.ts';
import { PostgresStore } from '../src/server/storage/postgres.ts';
import { SqliteStore } from '../src/server/storage/sqlite.ts';
import { StaleStateError, UnknownMatchError, type FetchOpts, type Fetched, type Listing, type ListingOpts, type MatchFields, type MatchStore, type TableMetadata } from '../src/server/storage/store.ts';

/**
 * The baseline: matches kept as objects in Maps, as boardgame.io's InMemory storage keeps
 * them (no copy, no JSON, nothing durable), with this project's checks (compare-and-set,
 * join codes) so the same server runs on it.
 */
class MemoryStore implements MatchStore {
  readonly kind = 'memory';
  private readonly states = new Map<string, State>();
  private readonly initial = new Map<string, State>();
  private readonly metadata = new Map<string, TableMetadata>();
  private readonly logs = new Map<string, LogEntry[]>();
  private readonly codes = new Map<string, string>();
  async connect(): Promise<void> {}
  async createMatch(matchID: string, opts: { initialState: State; metadata: TableMetadata }): Promise<void> {
    this.states.set(matchID, opts.initialState);
    this.initial.set(matchID, opts.initialState);
    this.metadata.set(matchID, opts.metadata);
    this.logs.set(matchID, []);
    if (opts.metadata.code) this.codes.set(opts.metadata.code, matchID);
  }
  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    const current = this.states.get(matchID);
    if (!current) throw new UnknownMatchError(matchID);
    if (state._stateID <= current._stateID) throw new StaleStateError(matchID, state._stateID, current._stateID);
    this.states.set(matchID, state);
    if (deltalog) this.logs.get(matchID)!.push(...deltalog);
  }
  async setMetadata(matchID: string, metadata: TableMetadata): Promise<void> {
    if (!this.metadata.has(matchID)) throw new UnknownMatchError(matchID);
    this.metadata.set(matchID, metadata);
    if (metadata.code) this.codes.set(metadata.code, matchID);
  }
  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<Fetched<O>> {
    const result: Partial<MatchFields> = {};
    if (!this.states.has(matchID)) return result as Fetched<O>;
    if (opts.state) result.state = this.states.get(matchID);
    if (opts.metadata) result.metadata = this.metadata.get(matchID);
    if (opts.log) result.log = this.logs.get(matchID);
    if (opts.initialState) result.initialState = this.initial.get(matchID);
    return result as Fetched<O>;
  }
  async wipe(matchID: string): Promise<void> {
    this.states.delete(matchID);
    this.metadata.delete(matchID);
  }
  async listMatches(): Promise<string[]> {
    return [...this.metadata.keys()];
  }
  /** Every match (the bench lists none but the ones it made): filters as the real stores. */
  async listTables<S extends boolean = false>(opts: ListingOpts & { withState?: S }): Promise<Listing<S>[]> {
    const out: Listing<S>[] = [];
    for (const [matchID, metadata] of this.metadata) {
      const over = metadata.gameover !== undefined && metadata.gameover !== null;
      if (opts.where?.isGameover !== undefined && over !== opts.where.isGameover) continue;
      if (opts.where?.unlisted !== undefined && (metadata.unlisted === true) !== opts.where.unlisted) continue;
      out.push((opts.withState ? { matchID, metadata, state: this.states.get(matchID) } : { matchID, metadata }) as Listing<S>);
    }
    return out.slice(0, opts.limit);
  }
  async matchIDForCode(code: string): Promise<string | undefined> {
    return this.codes.get(code);
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {}
}

const config = readConfig();
const kind = process.env.BENCH_STORE ?? 'sqlite';
const store: MatchStore =
  kind === 'memory'
    ? new MemoryStore()
    : kind === 'postgres'
      ? new PostgresStore({ connectionString: config.databaseUrl! })
      : new SqliteStore({ file: join(config.dataDir, DATABASE_FILE), synchronous: config.sqliteSynchronous });
await store.connect();
const logger = createLogger('warn', new Writable({ write: (_c, _e, cb) => cb() }));
const cluster = config.redisUrl ? await connectCluster(config.redisUrl, logger) : undefined;
const deck = loadDeck(config.contentDir);
const app = createApp({ config, content: deck.content, contentFiles: deck.files, store, logger, cluster });
const { port } = await app.listen(config.port, config.host);
process.stdout.write(`${JSON.stringify({ port, storage: store.kind, redis: cluster !== undefined })}\n`);

process.on('message', (message: { type: string }) => {
  if (message.type !== 'stats') return;
  // CPU first, so the collection asked for here is not counted as the server's work.
  const cpu = process.cpuUsage();
  (globalThis as { gc?: () => void }).gc?.();
  process.send!({ type: 'stats', cpu, memory: process.memoryUsage() });
});
process.on('SIGTERM', () => {
  app.shutdown().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
