/**
 * The notice book's daily digests on both databases: only daily subscriptions whose seat has
 * the turn are waiting; of several instances claiming one digest at once exactly one gets it;
 * a day later it is due again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeBook } from '../../../src/server/notices/book.ts';
import { PostgresStore } from '../../../src/server/storage/postgres.ts';
import { sideTablesOf } from '../../../src/server/storage/side-tables.ts';
import { SqliteStore } from '../../../src/server/storage/sqlite.ts';
import type { MatchStore } from '../../../src/server/storage/store.ts';

const DAY = 24 * 3_600_000;

async function digestsOn(stores: MatchStore[]) {
  const books = stores.map((s) => new NoticeBook(sideTablesOf(s)));
  const side = sideTablesOf(stores[0]);
  const matchID = `digest-${Math.random().toString(36).slice(2)}`;
  await stores[0].createMatch(matchID, { initialState: { G: {}, ctx: { turn: 1, currentPlayer: '0' }, _stateID: 0 } as never, metadata: { gameName: 'g', players: {}, createdAt: 0, updatedAt: 0 } });
  const link = `http://example.org/table/${matchID}#seat=1.x`;
  const daily = await books[0].add(matchID, 1, 'email', 'bo@example.org', link, 'daily', 0);
  await books[0].add(matchID, 1, 'email', 'bo.turns@example.org', link, 'turn', 0);
  await books[0].add(matchID, 0, 'email', 'ana@example.org', link.replace('seat=1', 'seat=0'), 'daily', 0);
  const t = 10 * DAY;
  // Seat 0 has the turn: Ana's digest waits, Bo's does not.
  await side.run('INSERT INTO turns (match_id, turn, seat, started_at, due_at, lease_until) VALUES (?, 1, ?, ?, NULL, 0)', [matchID, '0', t - 5]);
  expect((await books[1].waitingDigests(t, DAY)).filter((w) => w.matchID === matchID).map((w) => w.address)).toEqual(['ana@example.org']);
  await side.run('UPDATE turns SET turn = 2, seat = ?, started_at = ? WHERE match_id = ?', ['1', t - 1, matchID]);
  const waiting = (await books[1].waitingDigests(t, DAY)).filter((w) => w.matchID === matchID);
  expect(waiting.map((w) => [w.token, w.address, w.seat, w.cadence, w.startedAt])).toEqual([[daily, 'bo@example.org', 1, 'daily', t - 1]]);
  // Four claims at once over both connections: one wins.
  const won = await Promise.all(books.flatMap((b) => [b.claimDigest(daily!, t, DAY), b.claimDigest(daily!, t, DAY)]));
  expect(won.filter(Boolean)).toHaveLength(1);
  expect((await books[0].waitingDigests(t + DAY - 1, DAY)).filter((w) => w.matchID === matchID)).toEqual([]);
  expect((await books[0].waitingDigests(t + DAY, DAY)).filter((w) => w.matchID === matchID)).toHaveLength(1);
}

describe('daily digests in the notice book', () => {
  it('on SQLite (two connections to one file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soc-digest-'));
    const stores = [new SqliteStore({ file: join(dir, 'x.db') }), new SqliteStore({ file: join(dir, 'x.db') })];
    for (const s of stores) await s.connect();
    try {
      await digestsOn(stores);
    } finally {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)('on PostgreSQL (two pools)', async () => {
    const schema = `digest_${Math.random().toString(36).slice(2, 10)}`;
    const stores = [0, 1].map(() => new PostgresStore({ connectionString: process.env.TEST_DATABASE_URL!, schema }));
    await stores[0].connect();
    await stores[1].connect();
    try {
      await digestsOn(stores);
    } finally {
      await stores[0].postgresPool().query(`DROP SCHEMA ${schema} CASCADE`);
      for (const s of stores) await s.close();
    }
  });
});
