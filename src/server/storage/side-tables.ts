/**
 * The tables beside the matches (chat, turns and deadlines, notice subscriptions, server
 * keys: migration 3) in the same database as the store, for the modules that own them.
 * One portable dialect: `?` placeholders (numbered for PostgreSQL here), ON CONFLICT and
 * RETURNING, which SQLite and PostgreSQL both understand. A statement with RETURNING is a
 * compare-and-set when its WHERE says what must still hold: of several instances making the
 * same claim, exactly one gets the row back.
 */
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { migrate } from './sqlite-migrations.ts';
import type { MatchStore } from './store.ts';

export type SqlValue = string | number | null;

export interface SideTables {
  readonly dialect: 'sqlite' | 'postgres';
  /** Rows of a query (or of a statement's RETURNING clause). */
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  /** A statement without rows; answers how many rows it changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
}

/** What a store may offer: its SQLite handle or its PostgreSQL pool. */
function sqliteSideTables(db: SqliteDatabase): SideTables {
  const statements = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    dialect: 'sqlite',
    async all<T>(sql: string, params: SqlValue[] = []) {
      return (prepared(sql) as Statement<SqlValue[]>).all(...params) as T[];
    },
    async run(sql: string, params: SqlValue[] = []) {
      return (prepared(sql) as Statement<SqlValue[]>).run(...params).changes;
    },
  };
}

const BIGINT_COLUMNS = ['seq', 'at', 'started_at', 'due_at', 'lease_until', 'created_at', 'digest_at', 'n'];

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function postgresSideTables(pool: pg.Pool): SideTables {
  return {
    dialect: 'postgres',
    async all<T>(sql: string, params: SqlValue[] = []) {
      const { rows } = await pool.query(numbered(sql), params);
      // BIGINT columns come back as strings: every one of them here (times, counters) fits a double.
      return rows.map((r) => {
        for (const k of BIGINT_COLUMNS) if (typeof r[k] === 'string') r[k] = Number(r[k]);
        return r;
      }) as T[];
    },
    async run(sql: string, params: SqlValue[] = []) {
      return (await pool.query(numbered(sql), params)).rowCount ?? 0;
    },
  };
}

/**
 * The side tables of a store. A store that offers neither (a test's wrapper) gets an
 * in-memory SQLite database with the same schema: the features work, nothing survives.
 */
export function sideTablesOf(store: MatchStore): SideTables {
  if (store.sqliteDatabase) return sqliteSideTables(store.sqliteDatabase());
  if (store.postgresPool) return postgresSideTables(store.postgresPool());
  const db = new Database(':memory:');
  // Without the matches table the foreign keys would fail: the schema has it, empty.
  migrate(db);
  db.pragma('foreign_keys = OFF');
  return sqliteSideTables(db);
}
