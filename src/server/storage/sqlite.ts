/**
 * The default store: one SQLite file (better-sqlite3, WAL journal). Each match is a row with
 * its state, initial state and metadata as JSON; the log is a table of entries appended per
 * move. Writes are single transactions, so a process killed at any point leaves either the
 * whole move or none of it.
 *
 * Moves and metadata changes are committed in groups: the setState and setMetadata calls
 * made while the process was busy (with the previous commit's fsync, for one) are written in
 * one transaction, in call order, on the next turn of the event loop, and each call resolves
 * only once that transaction is committed. One fsync then carries many tables' moves, and
 * better-sqlite3's synchronous calls block the event loop once per group instead of once per
 * write. Each write keeps its own checks and its own answer: a stale one is refused, the
 * others of its group still land.
 *
 * The newest states of recent matches stay in memory (state-cache.ts, at most
 * `cachedStates`), so a move does not parse its match's state back from JSON. Only this
 * process writes the file, so a state in memory is always the newest.
 */
import Database, { type Database as SqliteDatabase, type Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogEntry, State } from 'boardgame.io';
import { SqliteSessionStore, type SessionStore } from '../sessions/store.ts';
import { listingQuery, rowMetadata } from './listing.ts';
import { migrate } from './sqlite-migrations.ts';
import { StateCache } from './state-cache.ts';
import { CodeTakenError, MatchExistsError, StaleStateError, UnknownMatchError, type FetchOpts, type Fetched, type Listing, type ListingOpts, type MatchFields, type MatchStore, type TableMetadata } from './store.ts';

export interface SqliteStoreOptions {
  /** The database file; its folder is created if missing. */
  file: string;
  /** NORMAL (the default, with the WAL) survives a crashed or killed process but maybe not a power cut; FULL also fsyncs every commit. */
  synchronous?: 'FULL' | 'NORMAL';
  /** How many matches' newest states stay parsed in memory (default 1000). */
  cachedStates?: number;
}

/** A write waiting for the next group commit. */
type Write = { kind: 'state'; matchID: string; state: State; json: string; entries: string[] } | { kind: 'metadata'; matchID: string; metadata: TableMetadata };
type PendingWrite = Write & { resolve: () => void; reject: (err: unknown) => void };

interface MatchRow {
  state: string;
  state_id: number;
  initial_state: string;
  metadata: string;
  updated_at: number;
}

function isUniqueViolation(err: unknown, column: string): boolean {
  const e = err as { code?: string; message?: string };
  return (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') && (e.message ?? '').includes(column);
}

export class SqliteStore implements MatchStore {
  readonly kind = 'sqlite';
  readonly file: string;
  private readonly synchronous: 'FULL' | 'NORMAL';
  private db: SqliteDatabase | undefined;
  private pending: PendingWrite[] = [];
  private commitScheduled = false;
  private readonly states: StateCache;
  private sql!: {
    insertMatch: Statement;
    updateState: Statement;
    stateIDOf: Statement;
    appendLog: Statement;
    updateMetadata: Statement;
    selectMatch: Statement;
    selectMetadata: Statement;
    selectLog: Statement;
    deleteMatch: Statement;
    byCode: Statement;
  };

  constructor(options: SqliteStoreOptions) {
    this.file = options.file;
    this.synchronous = options.synchronous ?? 'NORMAL';
    this.states = new StateCache(options.cachedStates);
  }

  async connect(): Promise<void> {
    if (this.db) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const db = new Database(this.file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${this.synchronous}`);
      db.pragma('foreign_keys = ON');
      // Another process (a backup, the sqlite3 shell) may hold a lock for a moment.
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    this.db = db;
    this.sql = {
      insertMatch: db.prepare(
        `INSERT INTO matches (id, game_name, code, state, state_id, initial_state, metadata, gameover, unlisted, created_at, updated_at)
         VALUES (@id, @gameName, @code, @state, @stateID, @initialState, @metadata, @gameover, @unlisted, @createdAt, @updatedAt)`,
      ),
      updateState: db.prepare('UPDATE matches SET state = ?, state_id = ?, updated_at = ? WHERE id = ? AND state_id < ?'),
      stateIDOf: db.prepare('SELECT state_id FROM matches WHERE id = ?').pluck(),
      appendLog: db.prepare('INSERT INTO log (match_id, entry) VALUES (?, ?)'),
      updateMetadata: db.prepare(
        'UPDATE matches SET metadata = @metadata, code = @code, gameover = @gameover, unlisted = @unlisted, updated_at = MAX(updated_at, @updatedAt) WHERE id = @id',
      ),
      selectMatch: db.prepare('SELECT state, state_id, initial_state, metadata, updated_at FROM matches WHERE id = ?'),
      selectMetadata: db.prepare('SELECT metadata, updated_at FROM matches WHERE id = ?'),
      selectLog: db.prepare('SELECT entry FROM log WHERE match_id = ? ORDER BY seq').pluck(),
      deleteMatch: db.prepare('DELETE FROM matches WHERE id = ?'),
      byCode: db.prepare('SELECT id FROM matches WHERE code = ?').pluck(),
    };
  }

  /** Workshop sessions, in the same file (migration 2). */
  sessions(): SessionStore {
    return new SqliteSessionStore(() => this.open());
  }

  /** The connection, for the tables beside the matches (side-tables.ts). */
  sqliteDatabase(): SqliteDatabase {
    return this.open();
  }

  private open(): SqliteDatabase {
    if (!this.db) throw new Error('the SQLite store is not connected (call connect() first)');
    return this.db;
  }

  async createMatch(matchID: string, { initialState, metadata }: { initialState: State; metadata: TableMetadata }): Promise<void> {
    this.open();
    const initial = JSON.stringify(initialState);
    try {
      this.sql.insertMatch.run({
        id: matchID,
        gameName: metadata.gameName,
        code: metadata.code ?? null,
        state: initial,
        stateID: initialState._stateID,
        initialState: initial,
        metadata: JSON.stringify(metadata),
        gameover: metadata.gameover === undefined || metadata.gameover === null ? 0 : 1,
        unlisted: metadata.unlisted ? 1 : 0,
        createdAt: metadata.createdAt,
        updatedAt: metadata.updatedAt,
      });
    } catch (err) {
      if (isUniqueViolation(err, 'matches.id')) throw new MatchExistsError(matchID);
      if (isUniqueViolation(err, 'matches.code')) throw new CodeTakenError(metadata.code ?? '');
      throw err;
    }
    this.states.remember(matchID, initialState);
  }

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    this.open();
    const { deltalog: _ignored, ...stored } = state as State & { deltalog?: unknown };
    const json = JSON.stringify(stored);
    const entries = (deltalog ?? []).map((entry) => JSON.stringify(entry));
    return this.enqueue({ kind: 'state', matchID, state: stored as State, json, entries });
  }

  private enqueue(write: Write): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ ...write, resolve, reject } as PendingWrite);
      if (!this.commitScheduled) {
        this.commitScheduled = true;
        setImmediate(() => this.commitPending());
      }
    });
  }

  /** Writes every waiting move in one transaction, then answers each. */
  private commitPending(): void {
    this.commitScheduled = false;
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    const answers: (Error | null)[] = [];
    try {
      const db = this.open();
      const now = Date.now();
      db.transaction(() => {
        for (const w of group) answers.push(w.kind === 'state' ? this.writeState(w, now) : this.writeMetadata(w.matchID, w.metadata));
      })();
    } catch (err) {
      // The transaction was rolled back: none of the group is stored.
      for (const w of group) {
        if (w.kind === 'state') this.states.forget(w.matchID);
        w.reject(err);
      }
      return;
    }
    group.forEach((w, i) => {
      if (answers[i]) return w.reject(answers[i]);
      if (w.kind === 'state') this.states.remember(w.matchID, w.state);
      w.resolve();
    });
  }

  /** One move inside a group's transaction: compare-and-set, then the log. */
  private writeState(w: { matchID: string; state: State; json: string; entries: string[] }, now: number): Error | null {
    const stateID = w.state._stateID;
    const result = this.sql.updateState.run(w.json, stateID, now, w.matchID, stateID);
    if (result.changes === 0) {
      const current = this.sql.stateIDOf.get(w.matchID) as number | undefined;
      return current === undefined ? new UnknownMatchError(w.matchID) : new StaleStateError(w.matchID, stateID, current);
    }
    for (const entry of w.entries) this.sql.appendLog.run(w.matchID, entry);
    return null;
  }

  /** One metadata change inside a group's transaction (a taken code fails this one alone). */
  private writeMetadata(matchID: string, metadata: TableMetadata): Error | null {
    try {
      const result = this.sql.updateMetadata.run({
        id: matchID,
        metadata: JSON.stringify(metadata),
        code: metadata.code ?? null,
        gameover: metadata.gameover === undefined || metadata.gameover === null ? 0 : 1,
        unlisted: metadata.unlisted ? 1 : 0,
        updatedAt: metadata.updatedAt,
      });
      return result.changes === 0 ? new UnknownMatchError(matchID) : null;
    } catch (err) {
      if (isUniqueViolation(err, 'matches.code')) return new CodeTakenError(metadata.code ?? '');
      throw err;
    }
  }

  async setMetadata(matchID: string, metadata: TableMetadata): Promise<void> {
    this.open();
    // A snapshot of the metadata as it is now: the caller may go on changing its object.
    return this.enqueue({ kind: 'metadata', matchID, metadata: structuredClone(metadata) });
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<Fetched<O>> {
    this.open();
    const cached = opts.state && !opts.initialState ? this.states.get(matchID) : undefined;
    // With the state in memory, only the small columns are read.
    const row = (cached ? this.sql.selectMetadata.get(matchID) : this.sql.selectMatch.get(matchID)) as MatchRow | undefined;
    const result: Partial<MatchFields> = {};
    if (!row) return result as Fetched<O>;
    if (opts.state) {
      const state: State = cached ?? JSON.parse(row.state);
      if (!cached) this.states.remember(matchID, state);
      result.state = state;
    }
    if (opts.initialState) result.initialState = JSON.parse(row.initial_state);
    if (opts.metadata) result.metadata = rowMetadata(JSON.parse(row.metadata), row.updated_at);
    if (opts.log) result.log = (this.sql.selectLog.all(matchID) as string[]).map((e) => JSON.parse(e));
    return result as Fetched<O>;
  }

  async wipe(matchID: string): Promise<void> {
    this.open();
    this.commitPending();
    this.sql.deleteMatch.run(matchID);
    this.states.forget(matchID);
  }

  async listMatches(opts: ListingOpts = {}): Promise<string[]> {
    const { sql, params } = listingQuery('sqlite', 'id', opts);
    return this.open().prepare(sql).pluck().all(...params) as string[];
  }

  async listTables<S extends boolean = false>(opts: ListingOpts & { withState?: S }): Promise<Listing<S>[]> {
    const { sql, params } = listingQuery('sqlite', `id, metadata, updated_at${opts.withState ? ', state' : ''}`, opts);
    const rows = this.open().prepare(sql).all(...params) as { id: string; metadata: string; updated_at: number; state?: string }[];
    return rows.map((row) => {
      const listing = { matchID: row.id, metadata: rowMetadata(JSON.parse(row.metadata), row.updated_at) };
      if (row.state === undefined) return listing as Listing<S>;
      // The state in memory is the newest one (this process alone writes the file).
      return { ...listing, state: this.states.get(row.id) ?? JSON.parse(row.state) } as Listing<S>;
    });
  }

  async matchIDForCode(code: string): Promise<string | undefined> {
    this.open();
    return (this.sql.byCode.get(code) as string | undefined) ?? undefined;
  }

  async ping(): Promise<void> {
    this.open().prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (!this.db) return;
    this.commitPending();
    // Fold the WAL into the main file, so a copy of the .db file alone is a whole backup.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
    this.db = undefined;
  }
}
