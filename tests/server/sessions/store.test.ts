/**
 * Sessions as the stores keep them, SQLite and PostgreSQL alike: a session is created once
 * per code, read back after the store is reopened, and changed only by compare-and-set (of two
 * writers from the same version, exactly one lands).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionDoc } from '../../../src/server/sessions/session-doc.ts';
import { PostgresStore } from '../../../src/server/storage/postgres.ts';
import { SqliteStore } from '../../../src/server/storage/sqlite.ts';
import { CodeTakenError } from '../../../src/server/storage/store.ts';
import { databaseUrl, freshSchema, needs } from '../cluster/services.ts';

function doc(id: string, code: string): SessionDoc {
  return {
    id,
    code,
    keyDigest: 'sha256:00',
    settings: { title: 'T', scenario: 'standard', seatsPerTable: 2, tables: 1, bots: false, initiatives: false, seating: 'auto', stallMinutes: 3 },
    status: 'gathering',
    createdAt: 1,
    startedAt: null,
    endedAt: null,
    participants: [],
    tables: [],
    countdown: null,
    broadcast: null,
    questions: [],
    notes: [],
  };
}

type Opened = { store: SqliteStore | PostgresStore; reopen: () => Promise<SqliteStore | PostgresStore> };

function contract(name: string, open: () => Promise<Opened>) {
  it(`${name}: creates once per code, finds by id and code, and keeps it across a reopen`, async () => {
    const { store, reopen } = await open();
    const sessions = store.sessions();
    await sessions.create(doc('s1aaaaaaaaaaaaaa', 'ABCDEF'));
    await expect(sessions.create(doc('s2aaaaaaaaaaaaaa', 'ABCDEF'))).rejects.toBeInstanceOf(CodeTakenError);
    expect(await sessions.idForCode('ABCDEF')).toBe('s1aaaaaaaaaaaaaa');
    expect(await sessions.idForCode('ZZZZZZ')).toBeUndefined();
    const again = (await reopen()).sessions();
    const got = await again.get('s1aaaaaaaaaaaaaa');
    expect(got).toEqual({ doc: doc('s1aaaaaaaaaaaaaa', 'ABCDEF'), version: 1 });
    expect(await again.get('nope')).toBeUndefined();
  });

  it(`${name}: of two changes from the same version exactly one lands`, async () => {
    const { store } = await open();
    const sessions = store.sessions();
    await sessions.create(doc('s3aaaaaaaaaaaaaa', 'BCDEFG'));
    const a = { ...doc('s3aaaaaaaaaaaaaa', 'BCDEFG'), status: 'running' as const };
    const b = { ...doc('s3aaaaaaaaaaaaaa', 'BCDEFG'), status: 'ended' as const };
    const results = await Promise.all([sessions.replace('s3aaaaaaaaaaaaaa', 1, a), sessions.replace('s3aaaaaaaaaaaaaa', 1, b)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const stored = await sessions.get('s3aaaaaaaaaaaaaa');
    expect(stored!.version).toBe(2);
    expect(stored!.doc.status).toBe(results[0] ? 'running' : 'ended');
  });
}

const dirs: string[] = [];
const pools: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of pools) await close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('session store', () => {
  contract('sqlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soc-session-store-'));
    dirs.push(dir);
    const file = join(dir, 'test.db');
    let store = new SqliteStore({ file });
    await store.connect();
    pools.push(() => store.close());
    return {
      store,
      reopen: async () => {
        await store.close();
        store = new SqliteStore({ file });
        await store.connect();
        return store;
      },
    };
  });
});

describe.skipIf(!databaseUrl)(`session store on PostgreSQL${needs('postgres')}`, () => {
  contract('postgres', async () => {
    const schema = freshSchema('sesstest');
    let store = new PostgresStore({ connectionString: databaseUrl!, schema });
    await store.connect();
    pools.push(async () => {
      await store.close();
      const admin = new pg.Pool({ connectionString: databaseUrl!, max: 1 });
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });
    return {
      store,
      reopen: async () => {
        await store.close();
        store = new PostgresStore({ connectionString: databaseUrl!, schema });
        await store.connect();
        return store;
      },
    };
  });
});
