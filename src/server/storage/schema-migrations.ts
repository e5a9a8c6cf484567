/**
 * The database schema, as numbered migrations, written once for both stores: SQLite (the
 * default, sqlite-migrations.ts) and PostgreSQL (postgres-migrations.ts). Where the two speak
 * differently the migrations name the kind of column (a JSON document, a yes/no flag, a time
 * in milliseconds, a growing sequence number) and each store says it in its own words. A
 * database remembers the versions applied; never edit a migration that has shipped: add the
 * next number.
 */

export interface Migration {
  version: number;
  description: string;
  up: string;
}

/** How a store writes each kind of column that differs between SQLite and PostgreSQL. */
export interface ColumnWords {
  /** A whole JSON document. */
  json: string;
  /** A yes/no flag, and its "no" as a default. */
  flag: string;
  no: string;
  /** Milliseconds since 1970: beyond 32 bits. */
  time: string;
  /** A sequence number that grows with each row, as the primary key. */
  sequence: string;
}

export const SQLITE_WORDS: ColumnWords = { json: 'TEXT', flag: 'INTEGER', no: '0', time: 'INTEGER', sequence: 'INTEGER PRIMARY KEY AUTOINCREMENT' };
// JSON columns are `json` (kept as written, checked on the way in): the server reads and
// writes whole documents, and `jsonb` would only add a conversion per move.
export const POSTGRES_WORDS: ColumnWords = { json: 'JSON', flag: 'BOOLEAN', no: 'FALSE', time: 'BIGINT', sequence: 'BIGSERIAL PRIMARY KEY' };

/** The migrations in a store's words. */
export function migrationsIn(w: ColumnWords): readonly Migration[] {
  return [
    {
      version: 1,
      description: 'matches with state, initial state and metadata; an append-only log',
      up: `
        CREATE TABLE matches (
          id            TEXT PRIMARY KEY,
          game_name     TEXT NOT NULL,
          code          TEXT UNIQUE,
          state         ${w.json} NOT NULL,
          state_id      INTEGER NOT NULL,
          initial_state ${w.json} NOT NULL,
          metadata      ${w.json} NOT NULL,
          gameover      ${w.flag} NOT NULL DEFAULT ${w.no},
          unlisted      ${w.flag} NOT NULL DEFAULT ${w.no},
          created_at    ${w.time} NOT NULL,
          updated_at    ${w.time} NOT NULL
        );
        CREATE INDEX matches_listing ON matches (game_name, gameover, updated_at);
        CREATE TABLE log (
          seq      ${w.sequence},
          match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
          entry    ${w.json} NOT NULL
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
          doc        ${w.json} NOT NULL,
          created_at ${w.time} NOT NULL,
          updated_at ${w.time} NOT NULL
        );
      `,
    },
    {
      version: 3,
      description: 'tables across time zones: chat, chat consent, turns and their deadlines, notice subscriptions, server keys',
      up: `
        CREATE TABLE chat (
          seq      ${w.sequence},
          match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
          seat     INTEGER NOT NULL,
          name     TEXT NOT NULL,
          kind     TEXT NOT NULL,
          body     TEXT NOT NULL,
          at       ${w.time} NOT NULL
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
          started_at  ${w.time} NOT NULL,
          due_at      ${w.time},
          lease_until ${w.time} NOT NULL DEFAULT 0
        );
        CREATE INDEX turns_due ON turns (due_at);
        CREATE TABLE notice_subscriptions (
          token      TEXT PRIMARY KEY,
          match_id   TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
          seat       INTEGER NOT NULL,
          kind       TEXT NOT NULL,
          address    TEXT NOT NULL,
          seat_link  TEXT NOT NULL,
          created_at ${w.time} NOT NULL
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
        ALTER TABLE notice_subscriptions ADD COLUMN digest_at ${w.time};
      `,
    },
  ];
}
