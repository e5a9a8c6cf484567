/**
 * The store for several instances: PostgreSQL (pg), chosen by DATABASE_URL. Same contract as
 * the SQLite store (store.ts, checked by tests/server/storage/contract.ts): a match is a row
 * with its state, initial state and metadata as JSON, the log a table of entries appended per
 * move, and setState a compare-and-set on `_stateID`.
 *
 * setState is one statement (an UPDATE guarded by `state_id < new` and the log INSERT in one
 * WITH query): one round trip, one implicit transaction. Two instances racing from the same
 * state both reach the row; PostgreSQL lets the first commit and re-checks the guard for the
 * second, which then changes nothing and is refused (StaleStateError) — so even without the
 * cluster's match lock no update is lost or forked.
 *
 * The newest states of recent matches stay in memory (state-cache.ts, at most `cachedStates`); a fetch asks
 * the database for the state only when the stored `_stateID` differs from the one in memory
 * (another instance moved), so a move usually reads a few small columns, not its state.
 */
import pg from 'pg';
import type { LogEntry, State } from 'boardgame.io';
import { PostgresSessionStore, type SessionStore } from '../sessions/store.ts';
import { listingQuery, rowMetadata } from './listing.ts';
import { pgMigrate } from './postgres-migrations.ts';
import { StateCache } from './state-cache.ts';
import { CodeTakenError, MatchExistsError, StaleStateError, UnknownMatchError, type FetchOpts, type Fetched, type Listing, type ListingOpts, type MatchFields, type MatchStore, type TableMetadata } from './store.ts';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** A schema to keep the tables in (created if missing); default: the server's search_path (public). */
  schema?: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How many matches' newest states stay parsed in memory (default 1000). */
  cachedStates?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

interface PgError {
  code?: string;
  constraint?: string;
}

/** PostgreSQL's unique_violation on a given constraint. */
function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as PgError;
  return e.code === '23505' && e.constraint === constraint;
}

function gameoverFlag(metadata: TableMetadata): boolean {
  return metadata.gameover !== undefined && metadata.gameover !== null;
}

/** A row of `matches` as pg returns it (json columns parsed). */
interface MatchRow {
  id: string;
  state: State | null;
  state_id: number;
  initial_state: State;
  metadata: TableMetadata;
  updated_at: string | number;
}

export class PostgresStore implements MatchStore {
  readonly kind = 'postgres';
  private readonly options: PostgresStoreOptions;
  private pool: pg.Pool | undefined;
  /** Newest state per match known here (another instance may have moved since: checked by _stateID). */
  private readonly states: StateCache;

  constructor(options: PostgresStoreOptions) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`not a schema name: "${options.schema}"`);
    this.options = options;
    this.states = new StateCache(options.cachedStates);
  }

  async connect(): Promise<void> {
    if (this.pool) return;
    const { connectionString, schema, poolSize } = this.options;
    const pool = new pg.Pool({
      connectionString,
      max: poolSize ?? 10,
      // Each connection looks in the store's schema first.
      options: schema ? `-c search_path=${schema}` : undefined,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection that the database drops must not crash the server: the pool
    // replaces it on the next query, and ping() tells /healthz.
    pool.on('error', () => {});
    try {
      const client = await pool.connect();
      try {
        await pgMigrate(client, undefined, schema);
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end();
      throw err;
    }
    this.pool = pool;
  }

  /** Workshop sessions, in the same database (migration 2). */
  sessions(): SessionStore {
    return new PostgresSessionStore(() => this.open());
  }

  /** The pool, for the tables beside the matches (side-tables.ts). */
  postgresPool(): pg.Pool {
    return this.open();
  }

  private open(): pg.Pool {
    if (!this.pool) throw new Error('the PostgreSQL store is not connected (call connect() first)');
    return this.pool;
  }

  async createMatch(matchID: string, { initialState, metadata }: { initialState: State; metadata: TableMetadata }): Promise<void> {
    const initial = JSON.stringify(initialState);
    try {
      await this.open().query(
        `INSERT INTO matches (id, game_name, code, state, state_id, initial_state, metadata, gameover, unlisted, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $4, $6, $7, $8, $9, $10)`,
        [matchID, metadata.gameName, metadata.code ?? null, initial, initialState._stateID, JSON.stringify(metadata), gameoverFlag(metadata), metadata.unlisted === true, metadata.createdAt, metadata.updatedAt],
      );
    } catch (err) {
      if (isUniqueViolation(err, 'matches_pkey')) throw new MatchExistsError(matchID);
      if (isUniqueViolation(err, 'matches_code_key')) throw new CodeTakenError(metadata.code ?? '');
      throw err;
    }
    this.states.remember(matchID, initialState);
  }

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    const { deltalog: _ignored, ...stored } = state as State & { deltalog?: unknown };
    const entries = (deltalog ?? []).map((e) => JSON.stringify(e));
    // `current` is read from the snapshot before this statement: the stored _stateID that
    // refused the write, or NULL for a match that does not exist.
    const { rows } = await this.open().query<{ updated: number; current: number | null }>(
      `WITH up AS (
         UPDATE matches SET state = $1, state_id = $2, updated_at = $3 WHERE id = $4 AND state_id < $2 RETURNING id
       ), appended AS (
         INSERT INTO log (match_id, entry)
         SELECT up.id, e.entry::json FROM up, unnest($5::text[]) WITH ORDINALITY AS e(entry, n) ORDER BY e.n
         RETURNING 1
       )
       SELECT (SELECT count(*)::int FROM up) AS updated, (SELECT state_id FROM matches WHERE id = $4) AS current`,
      [JSON.stringify(stored), state._stateID, Date.now(), matchID, entries],
    );
    const { updated, current } = rows[0];
    if (updated === 1) {
      this.states.remember(matchID, stored as State);
      return;
    }
    this.states.forget(matchID);
    if (current === null) throw new UnknownMatchError(matchID);
    // After a lost race the snapshot shows the state before the winner: read what won.
    const now = await this.open().query<{ state_id: number }>('SELECT state_id FROM matches WHERE id = $1', [matchID]);
    throw new StaleStateError(matchID, state._stateID, now.rows[0]?.state_id ?? current);
  }

  async setMetadata(matchID: string, metadata: TableMetadata): Promise<void> {
    let rowCount: number | null;
    try {
      ({ rowCount } = await this.open().query(
        `UPDATE matches SET metadata = $2, code = $3, gameover = $4, unlisted = $5, updated_at = GREATEST(updated_at, $6) WHERE id = $1`,
        [matchID, JSON.stringify(metadata), metadata.code ?? null, gameoverFlag(metadata), metadata.unlisted === true, metadata.updatedAt],
      ));
    } catch (err) {
      if (isUniqueViolation(err, 'matches_code_key')) throw new CodeTakenError(metadata.code ?? '');
      throw err;
    }
    if (rowCount === 0) throw new UnknownMatchError(matchID);
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<Fetched<O>> {
    const pool = this.open();
    const result: Partial<MatchFields> = {};
    // Only the columns asked for: a move reads the state, not the initial state beside it,
    // and not even the state when the one in memory is still the newest.
    const cached = opts.state ? this.states.get(matchID) : undefined;
    const params: unknown[] = [matchID];
    const columns = ['updated_at'];
    if (opts.state && cached) {
      params.push(cached._stateID);
      columns.push('CASE WHEN state_id = $2 THEN NULL ELSE state END AS state');
    } else if (opts.state) columns.push('state');
    if (opts.initialState) columns.push('initial_state');
    if (opts.metadata) columns.push('metadata');
    const [match, log] = await Promise.all([
      pool.query<MatchRow>(`SELECT ${columns.join(', ')} FROM matches WHERE id = $1`, params),
      opts.log ? pool.query<{ entry: LogEntry }>('SELECT entry FROM log WHERE match_id = $1 ORDER BY seq', [matchID]) : undefined,
    ]);
    const row = match.rows[0];
    if (!row) return result as Fetched<O>;
    if (opts.state) {
      if (row.state) this.states.remember(matchID, row.state);
      result.state = row.state ?? cached;
    }
    if (opts.initialState) result.initialState = row.initial_state;
    if (opts.metadata) result.metadata = rowMetadata(row.metadata, row.updated_at);
    if (log) result.log = log.rows.map((r) => r.entry);
    return result as Fetched<O>;
  }

  async wipe(matchID: string): Promise<void> {
    await this.open().query('DELETE FROM matches WHERE id = $1', [matchID]);
    this.states.forget(matchID);
  }

  async listMatches(opts: ListingOpts = {}): Promise<string[]> {
    const { sql, params } = listingQuery('postgres', 'id', opts);
    const { rows } = await this.open().query<{ id: string }>(sql, params);
    return rows.map((r) => r.id);
  }

  async listTables<S extends boolean = false>(opts: ListingOpts & { withState?: S }): Promise<Listing<S>[]> {
    const { sql, params } = listingQuery('postgres', `id, metadata, updated_at${opts.withState ? ', state' : ''}`, opts);
    const { rows } = await this.open().query<MatchRow>(sql, params);
    return rows.map((row) => {
      const listing = { matchID: row.id, metadata: rowMetadata(row.metadata, row.updated_at) };
      return (opts.withState ? { ...listing, state: row.state } : listing) as Listing<S>;
    });
  }

  async matchIDForCode(code: string): Promise<string | undefined> {
    const { rows } = await this.open().query<{ id: string }>('SELECT id FROM matches WHERE code = $1', [code]);
    return rows[0]?.id;
  }

  async ping(): Promise<void> {
    await this.open().query('SELECT 1');
  }

  async close(): Promise<void> {
    if (!this.pool) return;
    const pool = this.pool;
    this.pool = undefined;
    await pool.end();
  }
}
