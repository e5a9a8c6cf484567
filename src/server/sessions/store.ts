/**
 * Where sessions are kept: one row per session holding its document (session-doc.ts) as JSON
 * and a version. Every change is a compare-and-set on the version, so two instances (or two
 * requests) changing one session never lose each other's change: the loser reads again and
 * retries (Sessions.change). The tables live beside the matches, in the same database, created
 * by the match store's migrations (version 2).
 */
import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { CodeTakenError } from '../storage/store.ts';
import type { SessionDoc } from './session-doc.ts';

export interface StoredSession {
  doc: SessionDoc;
  version: number;
}

export interface SessionStore {
  /** Throws CodeTakenError when the participant code is in use. */
  create(doc: SessionDoc): Promise<void>;
  get(sessionID: string): Promise<StoredSession | undefined>;
  idForCode(code: string): Promise<string | undefined>;
  /** Writes `doc` as version `version + 1` if the stored version is still `version`; false otherwise. */
  replace(sessionID: string, version: number, doc: SessionDoc): Promise<boolean>;
}

function isUniqueCode(err: unknown): boolean {
  const e = err as { code?: string; message?: string; constraint?: string };
  return (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && (e.message ?? '').includes('sessions.code')) || (e.code === '23505' && e.constraint === 'sessions_code_key');
}

export class SqliteSessionStore implements SessionStore {
  constructor(private readonly db: () => Database) {}

  async create(doc: SessionDoc): Promise<void> {
    try {
      this.db()
        .prepare('INSERT INTO sessions (id, code, version, doc, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?)')
        .run(doc.id, doc.code, JSON.stringify(doc), doc.createdAt, doc.createdAt);
    } catch (err) {
      if (isUniqueCode(err)) throw new CodeTakenError(doc.code);
      throw err;
    }
  }

  async get(sessionID: string): Promise<StoredSession | undefined> {
    const row = this.db().prepare('SELECT doc, version FROM sessions WHERE id = ?').get(sessionID) as { doc: string; version: number } | undefined;
    return row ? { doc: JSON.parse(row.doc) as SessionDoc, version: row.version } : undefined;
  }

  async idForCode(code: string): Promise<string | undefined> {
    return (this.db().prepare('SELECT id FROM sessions WHERE code = ?').pluck().get(code) as string | undefined) ?? undefined;
  }

  async replace(sessionID: string, version: number, doc: SessionDoc): Promise<boolean> {
    const result = this.db()
      .prepare('UPDATE sessions SET doc = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?')
      .run(JSON.stringify(doc), Date.now(), sessionID, version);
    return result.changes === 1;
  }
}

export class PostgresSessionStore implements SessionStore {
  constructor(private readonly pool: () => pg.Pool) {}

  async create(doc: SessionDoc): Promise<void> {
    try {
      await this.pool().query('INSERT INTO sessions (id, code, version, doc, created_at, updated_at) VALUES ($1, $2, 1, $3, $4, $4)', [doc.id, doc.code, JSON.stringify(doc), doc.createdAt]);
    } catch (err) {
      if (isUniqueCode(err)) throw new CodeTakenError(doc.code);
      throw err;
    }
  }

  async get(sessionID: string): Promise<StoredSession | undefined> {
    const { rows } = await this.pool().query<{ doc: SessionDoc; version: number }>('SELECT doc, version FROM sessions WHERE id = $1', [sessionID]);
    return rows[0] ? { doc: rows[0].doc, version: rows[0].version } : undefined;
  }

  async idForCode(code: string): Promise<string | undefined> {
    const { rows } = await this.pool().query<{ id: string }>('SELECT id FROM sessions WHERE code = $1', [code]);
    return rows[0]?.id;
  }

  async replace(sessionID: string, version: number, doc: SessionDoc): Promise<boolean> {
    const { rowCount } = await this.pool().query('UPDATE sessions SET doc = $1, version = version + 1, updated_at = $2 WHERE id = $3 AND version = $4', [JSON.stringify(doc), Date.now(), sessionID, version]);
    return rowCount === 1;
  }
}
