/**
 * The SQLite schema, as numbered migrations. A data file remembers which ones it has had
 * (table schema_version); opening it applies the missing ones in order, each in its own
 * transaction. Never edit a migration that has shipped: add the next number.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'matches with state, initial state and metadata; an append-only log',
    up: `
      CREATE TABLE matches (
        id            TEXT PRIMARY KEY,
        game_name     TEXT NOT NULL,
        code          TEXT UNIQUE,
        state         TEXT NOT NULL,
        state_id      INTEGER NOT NULL,
        initial_state TEXT NOT NULL,
        metadata      TEXT NOT NULL,
        gameover      INTEGER NOT NULL DEFAULT 0,
        unlisted      INTEGER NOT NULL DEFAULT 0,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      );
      CREATE INDEX matches_listing ON matches (game_name, gameover, updated_at);
      CREATE TABLE log (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        entry    TEXT NOT NULL
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
        doc        TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    description: 'tables across time zones: chat, chat consent, turns and their deadlines, notice subscriptions, server keys',
    up: `
      CREATE TABLE chat (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        seat     INTEGER NOT NULL,
        name     TEXT NOT NULL,
        kind     TEXT NOT NULL,
        body     TEXT NOT NULL,
        at       INTEGER NOT NULL
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
        started_at  INTEGER NOT NULL,
        due_at      INTEGER,
        lease_until INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX turns_due ON turns (due_at);
      CREATE TABLE notice_subscriptions (
        token      TEXT PRIMARY KEY,
        match_id   TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        seat       INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        address    TEXT NOT NULL,
        seat_link  TEXT NOT NULL,
        created_at INTEGER NOT NULL
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
      ALTER TABLE notice_subscriptions ADD COLUMN digest_at INTEGER;
    `,
  },
];

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
