/**
 * The PostgreSQL store against the shared store contract, plus what is its own: migrations
 * (applied once, by one of several instances starting together; a failing one rolled back;
 * a newer database refused) and racing writers from two stores, as two instances would be.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { PostgresStore } from '../../../src/server/storage/postgres.ts';
import { PG_MIGRATIONS, PgSchemaTooNewError, pgMigrate, pgSchemaVersion } from '../../../src/server/storage/postgres-migrations.ts';
import { StaleStateError } from '../../../src/server/storage/store.ts';
import { databaseUrl, freshSchema, needs } from '../cluster/services.ts';
import { storeContract } from './contract.ts';

const admin = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 2 }) : undefined;
const schemas: string[] = [];

function schema(): string {
  const name = freshSchema('pgtest');
  schemas.push(name);
  return name;
}

async function dropSchema(name: string): Promise<void> {
  await admin!.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
}

afterAll(async () => {
  if (!admin) return;
  for (const s of schemas) await dropSchema(s);
  await admin.end();
});

const s = (id: number) => ({ G: { id }, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: id }) as unknown as State;
const e = (id: number, move = 'care') => ({ action: { type: 'MAKE_MOVE', payload: { type: move, args: [], playerID: '0' } }, _stateID: id, turn: 1, phase: 'default' }) as never;
const meta = { gameName: 'g', players: {}, createdAt: 0, updatedAt: 0 };

describe.skipIf(!databaseUrl)(`PostgreSQL store${needs('postgres')}`, () => {
  storeContract('postgres', async () => {
    const name = schema();
    let store = new PostgresStore({ connectionString: databaseUrl!, schema: name });
    return {
      store,
      reopen: async () => {
        await store.close();
        store = new PostgresStore({ connectionString: databaseUrl!, schema: name });
        return store;
      },
      cleanup: async () => {
        await store.close();
        await dropSchema(name);
      },
    };
  });

  it('records the schema version it migrated to, once, when several instances start together', async () => {
    const name = schema();
    const stores = Array.from({ length: 4 }, () => new PostgresStore({ connectionString: databaseUrl!, schema: name }));
    await Promise.all(stores.map((st) => st.connect()));
    const { rows } = await admin!.query(`SELECT version FROM ${name}.schema_version`);
    expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    await Promise.all(stores.map((st) => st.close()));
  });

  it('applies only the missing migrations, in order, and rolls a failing one back whole', async () => {
    const name = schema();
    const pool = new pg.Pool({ connectionString: databaseUrl!, max: 1, options: `-c search_path=${name}` });
    await admin!.query(`CREATE SCHEMA ${name}`);
    const client = await pool.connect();
    const steps = [
      { version: 2, description: 'second', up: 'ALTER TABLE t ADD COLUMN b TEXT' },
      { version: 1, description: 'first', up: 'CREATE TABLE t (a TEXT)' },
    ];
    expect(await pgMigrate(client, steps.slice(1))).toEqual([1]);
    expect(await pgMigrate(client, steps)).toEqual([2]);
    expect(await pgMigrate(client, steps)).toEqual([]);
    const broken = [...steps, { version: 3, description: 'broken', up: 'CREATE TABLE u (x TEXT); INSERT INTO nowhere VALUES (1)' }];
    await expect(pgMigrate(client, broken)).rejects.toThrow(/nowhere/);
    expect(await pgSchemaVersion(client)).toBe(2);
    const u = await client.query(`SELECT to_regclass('${name}.u') AS u`);
    expect(u.rows[0].u).toBeNull();
    client.release();
    await pool.end();
  });

  it('refuses a database written by a newer server', async () => {
    const name = schema();
    const first = new PostgresStore({ connectionString: databaseUrl!, schema: name });
    await first.connect();
    await first.close();
    await admin!.query(`INSERT INTO ${name}.schema_version (version, description, applied_at) VALUES (999, 'from the future', 0)`);
    await expect(new PostgresStore({ connectionString: databaseUrl!, schema: name }).connect()).rejects.toBeInstanceOf(PgSchemaTooNewError);
  });

  /** Two stores on one database, as two server instances see it, and a match 'm' at state 0. */
  async function twoInstancesWithMatch(): Promise<[PostgresStore, PostgresStore]> {
    const name = schema();
    const a = new PostgresStore({ connectionString: databaseUrl!, schema: name });
    const b = new PostgresStore({ connectionString: databaseUrl!, schema: name });
    await a.connect();
    await b.connect();
    await a.createMatch('m', { initialState: s(0), metadata: meta });
    return [a, b];
  }

  it('lets one of two instances win a race for the same move, many times over, and logs only the winners', async () => {
    const [a, b] = await twoInstancesWithMatch();
    const winners: string[] = [];
    for (let id = 1; id <= 30; id++) {
      const results = await Promise.allSettled([a.setState('m', s(id), [e(id - 1, `a${id}`)]), b.setState('m', s(id), [e(id - 1, `b${id}`)])]);
      const won = results.findIndex((r) => r.status === 'fulfilled');
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((results[1 - won] as PromiseRejectedResult).reason).toBeInstanceOf(StaleStateError);
      winners.push(`${won === 0 ? 'a' : 'b'}${id}`);
    }
    const { log, state } = await a.fetch('m', { log: true, state: true });
    expect(state._stateID).toBe(30);
    expect(log.map((l) => l.action.payload.type)).toEqual(winners);
    await a.close();
    await b.close();
  });

  it('reads the newest state when another instance moved since this one last saw the match', async () => {
    const [a, b] = await twoInstancesWithMatch();
    expect((await b.fetch('m', { state: true })).state._stateID).toBe(0);
    await a.setState('m', s(1), [e(0)]);
    await b.setState('m', s(2), [e(1)]);
    await a.setState('m', s(3), [e(2)]);
    expect((await b.fetch('m', { state: true })).state).toEqual(s(3));
    expect((await a.fetch('m', { state: true })).state).toEqual(s(3));
    await expect(b.setState('m', s(3), [e(2)])).rejects.toBeInstanceOf(StaleStateError);
    expect((await b.fetch('m', { state: true })).state._stateID).toBe(3);
    await a.close();
    await b.close();
  });

  it('keeps the log in the order of the deltalog within one move', async () => {
    const name = schema();
    const st = new PostgresStore({ connectionString: databaseUrl!, schema: name });
    await st.connect();
    await st.createMatch('m', { initialState: s(0), metadata: meta });
    const moves = Array.from({ length: 12 }, (_, i) => e(0, `step${i}`));
    await st.setState('m', s(1), moves);
    const { log } = await st.fetch('m', { log: true });
    expect(log.map((l) => l.action.payload.type)).toEqual(moves.map((_, i) => `step${i}`));
    await st.close();
  });
});
