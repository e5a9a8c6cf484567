/**
 * The PostgreSQL schema, as numbered migrations (the same rules as sqlite-migrations.ts:
 * a database remembers the versions applied in schema_version; connecting applies the
 * missing ones in order, each in its own transaction; never edit a shipped migration).
 *
 * Several instances may start at once against one database: migrate() holds a session
 * advisory lock while it looks and applies, so exactly one of them migrates and the others
 * find the work done.
 */
import type { PoolClient } from 'pg';
import type { Migration } from './sqlite-migrations.ts';

export type { Migration };

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'matches with state, initial state and metadata; an append-only log',
    // JSON columns are `json` (kept as written, checked on the way in): the server reads
    // and writes whole documents, and `jsonb` would only add a conversion per move.
    up: `
      CREATE TABLE matches (
        id            TEXT PRIMARY KEY,
        game_name     TEXT NOT NULL,
        code          TEXT UNIQUE,
        state         JSON NOT NULL,
        state_id      INTEGER NOT NULL,
        initial_state JSON NOT NULL,
        metadata      JSON NOT NULL,
        gameover      BOOLEAN NOT NULL DEFAULT FALSE,
        unlisted      BOOLEAN NOT NULL DEFAULT FALSE,
        created_at    BIGINT NOT NULL,
        updated_at    BIGINT NOT NULL
      );
      CREATE INDEX matches_listing ON matches (game_name, gameover, updated_at);
      CREATE TABLE log (
        seq      BIGSERIAL PRIMARY KEY,
        match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        entry    JSON NOT NULL
      );
      CREATE INDEX log_by_match ON log (match_id, seq);
    `,
  },
  {
    version: 2,
    description: 'workshop sessions: one row per session, its document as JSON, a version for compare-and-set',
    up: `
      CREATE TABLE sessions (
        id         TEXT PRIMARY KEY,
        code       TEXT NOT NULL UNIQUE,
        version    INTEGER NOT NULL,
        doc        JSON NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      );
    `,
  },
  {
    version: 3,
    description: 'tables across time zones: chat, chat consent, turns and their deadlines, notice subscriptions, server keys',
    up: `
      CREATE TABLE chat (
        seq      BIGSERIAL PRIMARY KEY,
        match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        seat     INTEGER NOT NULL,
        name     TEXT NOT NULL,
        kind     TEXT NOT NULL,
        body     TEXT NOT NULL,
        at       BIGINT NOT NULL
      );
      CREATE INDEX chat_by_match ON chat (match_id, seq);
      CREATE TABLE chat_consent (
        match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        seat     INTEGER NOT NULL,
        PRIMARY KEY (match_id, seat)
      );
      CREATE TABLE turns (
        match_id    TEXT PRIMARY KEY REFERENCES matches (id) ON DELETE CASCADE,
        turn        INTEGER NOT NULL,
        seat        TEXT NOT NULL,
        started_at  BIGINT NOT NULL,
        due_at      BIGINT,
        lease_until BIGINT NOT NULL DEFAULT 0
      );
      CREATE INDEX turns_due ON turns (due_at);
      CREATE TABLE notice_subscriptions (
        token      TEXT PRIMARY KEY,
        match_id   TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        seat       INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        address    TEXT NOT NULL,
        seat_link  TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX notices_by_seat ON notice_subscriptions (match_id, seat);
      CREATE TABLE server_keys (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    description: 'notice cadence: each turn, or a daily digest mail (and when the last digest went)',
    up: `
      ALTER TABLE notice_subscriptions ADD COLUMN cadence TEXT NOT NULL DEFAULT 'turn';
      ALTER TABLE notice_subscriptions ADD COLUMN digest_at BIGINT;
    `,
  },
];

export class PgSchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the database has schema version ${found}, but this server knows versions up to ${known}: it was written by a newer server`);
    this.name = 'PgSchemaTooNewError';
  }
}

/** Any fixed number: the advisory lock that makes concurrent migrations take turns. */
const MIGRATION_LOCK = 7_310_421;

/** The highest migration applied (0 for an empty database). */
export async function pgSchemaVersion(client: PoolClient): Promise<number> {
  await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
  return rows[0].v ?? 0;
}

/**
 * Applies every migration newer than the database's version; returns the versions applied.
 * `schema` (already checked to be a plain name) is created first, under the same lock:
 * CREATE SCHEMA IF NOT EXISTS is not safe against itself when instances start together.
 */
export async function pgMigrate(client: PoolClient, migrations: readonly Migration[] = PG_MIGRATIONS, schema?: string): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const current = await pgSchemaVersion(client);
    const known = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    if (current > known) throw new PgSchemaTooNewError(current, known);
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.up);
        await client.query('INSERT INTO schema_version (version, description, applied_at) VALUES ($1, $2, $3)', [m.version, m.description, Date.now()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
