/**
 * The SQLite schema, as numbered migrations (schema-migrations.ts, in SQLite's words). A data
 * file remembers which ones it has had (table schema_version); opening it applies the missing
 * ones in order, each in its own transaction. Never edit a migration that has shipped: add the
 * next number.
 */
import type { Database } from 'better-sqlite3';
import { migrationsIn, SQLITE_WORDS, type Migration } from './schema-migrations.ts';

export type { Migration };

export const MIGRATIONS: readonly Migration[] = migrationsIn(SQLITE_WORDS);

export class SchemaTooNewError extends Error {
  constructor(file: string, found: number, known: number) {
    super(`${file} has schema version ${found}, but this server knows versions up to ${known}: it was written by a newer server`);
    this.name = 'SchemaTooNewError';
  }
}

/** The highest migration applied to a database (0 for a new file). */
export function schemaVersion(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies every migration newer than the file's version; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = schemaVersion(db);
  const known = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > known) throw new SchemaTooNewError(db.name, current, known);
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)').run(m.version, m.description, Date.now());
    })();
    applied.push(m.version);
  }
  return applied;
}
