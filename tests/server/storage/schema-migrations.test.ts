/**
 * The schema's migrations, written once for both stores (src/server/storage/schema-migrations.ts):
 * each store gets every migration, in order, in its own column words, and a migration that has
 * shipped never changes (a database that had it would never see the change).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrationsIn, POSTGRES_WORDS, SQLITE_WORDS } from '../../../src/server/storage/schema-migrations.ts';

/** A migration's statements, whitespace aside. */
const fingerprint = (up: string) => createHash('sha256').update(up.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);

// The shipped migrations, as they were when they shipped. A new migration adds a line here.
const SHIPPED = {
  sqlite: ['9aa73365600a074a', 'ff9fa03645ad0f02', '37e57be46b72d3f0', '66842760f12ed4f6'],
  postgres: ['f3bbd20a1938816b', '04ab2f0eb126dd2c', '5f143ae8d6ad8e94', '9b0a7230396a23f3'],
};

describe('the schema’s migrations', () => {
  it('are numbered 1, 2, 3… in each store, with the same descriptions', () => {
    const sqlite = migrationsIn(SQLITE_WORDS);
    const postgres = migrationsIn(POSTGRES_WORDS);
    expect(sqlite.map((m) => m.version)).toEqual(sqlite.map((_, i) => i + 1));
    expect(postgres.map((m) => [m.version, m.description])).toEqual(sqlite.map((m) => [m.version, m.description]));
  });

  it('speak each store’s words: no PostgreSQL type in SQLite’s, no SQLite one in PostgreSQL’s', () => {
    for (const m of migrationsIn(SQLITE_WORDS)) expect(m.up).not.toMatch(/\b(JSON|BOOLEAN|BIGINT|BIGSERIAL|FALSE)\b/);
    for (const m of migrationsIn(POSTGRES_WORDS)) expect(m.up).not.toMatch(/\bAUTOINCREMENT\b/);
  });

  it('never change once shipped', () => {
    for (const [store, words] of [['sqlite', SQLITE_WORDS], ['postgres', POSTGRES_WORDS]] as const) {
      const now = migrationsIn(words).map((m) => fingerprint(m.up));
      expect(now.slice(0, SHIPPED[store].length), `${store}: a shipped migration was edited; add the next number instead`).toEqual(SHIPPED[store]);
    }
  });
});
