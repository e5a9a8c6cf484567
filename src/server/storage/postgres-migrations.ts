/**
 * The PostgreSQL schema, as numbered migrations (schema-migrations.ts, in PostgreSQL's words;
 * the same rules as sqlite-migrations.ts:
 * a database remembers the versions applied in schema_version; connecting applies the
 * missing ones in order, each in its own transaction; never edit a shipped migration).
 *
 * Several instances may start at once against one database: migrate() holds a session
 * advisory lock while it looks and applies, so exactly one of them migrates and the others
 * find the work done.
 */
import type { PoolClient } from 'pg';
import { migrationsIn, POSTGRES_WORDS, type Migration } from './schema-migrations.ts';

export type { Migration };

export const PG_MIGRATIONS: readonly Migration[] = migrationsIn(POSTGRES_WORDS);

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
