import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { SqliteStore } from '../../../src/server/storage/sqlite.ts';
import { MIGRATIONS, SchemaTooNewError, migrate, schemaVersion } from '../../../src/server/storage/sqlite-migrations.ts';
import { storeContract } from './contract.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'soc-sqlite-'));
}

storeContract('sqlite', async () => {
  const dir = tempDir();
  const file = join(dir, 'nested', 'matches.db');
  let store = new SqliteStore({ file });
  return {
    store,
    reopen: async () => {
      await store.close();
      store = new SqliteStore({ file });
      return store;
    },
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite store', () => {
  it('uses the WAL journal and records the schema version it migrated to', async () => {
    const dir = tempDir();
    const file = join(dir, 'm.db');
    const store = new SqliteStore({ file });
    await store.connect();
    await store.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies only the missing migrations, in order, once each', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 2, description: 'second', up: 'ALTER TABLE t ADD COLUMN b TEXT' },
      { version: 1, description: 'first', up: 'CREATE TABLE t (a TEXT)' },
    ];
    expect(migrate(db, steps.slice(1))).toEqual([1]);
    expect(migrate(db, steps)).toEqual([2]);
    expect(migrate(db, steps)).toEqual([]);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('t')).toEqual(['a', 'b']);
    db.close();
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    migrate(db, [{ version: 1, description: 'first', up: 'CREATE TABLE t (a TEXT)' }]);
    const broken = [{ version: 1, description: 'first', up: '' }, { version: 2, description: 'broken', up: 'CREATE TABLE u (x TEXT); INSERT INTO nowhere VALUES (1)' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'u'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a data file written by a newer server', async () => {
    const dir = tempDir();
    const file = join(dir, 'm.db');
    const db = new Database(file);
    migrate(db);
    db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)').run(999, 'from the future', 0);
    db.close();
    await expect(new SqliteStore({ file }).connect()).rejects.toBeInstanceOf(SchemaTooNewError);
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends log rows per move and never rewrites earlier ones', async () => {
    const dir = tempDir();
    const file = join(dir, 'm.db');
    const store = new SqliteStore({ file, synchronous: 'NORMAL' });
    await store.connect();
    const s = (id: number) => ({ G: {}, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: id }) as unknown as State;
    const e = (id: number) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'care', args: [], playerID: '0' } }, _stateID: id, turn: 1, phase: 'default' }) as never;
    await store.createMatch('m', { initialState: s(0), metadata: { gameName: 'g', players: {}, createdAt: 0, updatedAt: 0 } });
    await store.setState('m', s(1), [e(0)]);
    const spy = new Database(file, { readonly: true });
    const before = spy.prepare('SELECT seq, entry FROM log').all();
    await store.setState('m', s(2), [e(1)]);
    const after = spy.prepare('SELECT seq, entry FROM log').all();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(2);
    spy.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
