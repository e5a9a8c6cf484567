/**
 * Two server processes on one PostgreSQL database and one Redis, as docs/deploy.md runs
 * them, with a real nginx (deploy/nginx.conf) in front:
 *
 * - the players of one table sit on different instances, each seat with a second device on
 *   the other one; moves come from either, and often from both at the same moment (two
 *   different moves on the same state): exactly one is applied, every client converges on
 *   it, and the log holds each move once;
 * - one instance is killed (SIGKILL) mid-game: its players' sockets reconnect through nginx to
 *   the other instance and the table plays on.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { moveArgs } from '../../../src/game/game.ts';
import { legalMoves, publicView, type Move } from '../../../src/rules/index.ts';
import type { GameState } from '../../../src/rules/state.ts';
import { PostgresStore } from '../../../src/server/storage/postgres.ts';
import { chooser } from '../../helpers/table.ts';
import { apiFor, gameClient, rawSocket, testDeck, until, type Api, type GameClient } from '../helpers/server.ts';
import { startInstance as startProcess, type Instance } from './instance.ts';
import { startNginx, type Nginx } from './nginx.ts';
import { databaseUrl, needs, redisUrl } from './services.ts';

const run = describe.skipIf(!databaseUrl || !redisUrl);

let admin: pg.Pool;
let dbName: string;
let store: PostgresStore;
let instances: Instance[] = [];
let nginx: Nginx | undefined;
const closers: (() => void)[] = [];

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The first instance sends its sockets moves as patches (DELTA_STATE), the second as whole states: clients of both must agree. */
async function startInstance(databaseURL: string, delta: boolean): Promise<Instance> {
  return startProcess({
    DELTA_STATE: String(delta),
    DATABASE_URL: databaseURL,
    REDIS_URL: redisUrl!,
    CLIENT_DIR: '/nonexistent-client',
    SOCKET_RATE: '1000/1',
    JOIN_RATE: '1000/60',
    CREATE_RATE: '1000/60',
    TRUST_PROXY: 'true',
  });
}

run(`two instances behind nginx on PostgreSQL and Redis${needs('postgres', 'redis')}`, () => {
  beforeAll(async () => {
    admin = new pg.Pool({ connectionString: databaseUrl!, max: 1 });
    dbName = `soc_cluster_${randomBytes(5).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = withDatabase(databaseUrl!, dbName);
    store = new PostgresStore({ connectionString: url, poolSize: 2 });
    await store.connect();
    instances = await Promise.all([startInstance(url, true), startInstance(url, false)]);
    nginx = await startNginx(instances.map((i) => i.port));
  }, 180_000);

  afterAll(async () => {
    for (const close of closers) {
      try {
        close();
      } catch {
        // closed already, by the test itself
      }
    }
    await nginx?.stop();
    await Promise.all(instances.map((i) => i.stop()));
    await store?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  });

  async function stored(matchID: string): Promise<State> {
    return (await store.fetch(matchID, { state: true })).state;
  }

  /** Two different legal moves (when there are two) for whoever is to move. */
  async function twoMoves(matchID: string, pick: (n: number) => number): Promise<{ seat: string; stateID: number; first: Move; second: Move }> {
    const state = await stored(matchID);
    const seat = state.ctx.currentPlayer;
    const all = legalMoves(testDeck().content, state.G as GameState, Number(seat));
    const actions = all.filter((m) => m.type !== 'endTurn');
    const options = actions.length > 0 && pick(5) !== 0 ? actions : all;
    const i = pick(options.length);
    const j = options.length > 1 ? (i + 1 + pick(options.length - 1)) % options.length : i;
    return { seat, stateID: state._stateID, first: options[i], second: options[j] };
  }

  function send(client: GameClient, move: Move): void {
    (client.moves as Record<string, (args: unknown) => void>)[move.type](moveArgs(move));
  }

  const stateOf = (c: GameClient) => c.getState()?._stateID ?? -1;

  async function table(api: Api, joinVia: Api[]): Promise<{ matchID: string; code: string; seats: { playerID: string; credentials: string }[] }> {
    const created = await api.post('/api/tables', { scenario: 'standard', seats: 4 });
    expect(created.status).toBe(201);
    const seats = [];
    for (let i = 0; i < 4; i++) {
      const joined = await joinVia[i % joinVia.length].post(`/api/tables/${created.body.code}/join`, { name: `P${i}` });
      expect(joined.status).toBe(200);
      seats.push({ playerID: joined.body.playerID as string, credentials: joined.body.credentials as string });
    }
    return { matchID: created.body.matchID, code: created.body.code, seats };
  }

  async function movesCounted(url: string): Promise<Record<string, number>> {
    const text = await (await fetch(`${url}/metrics`)).text();
    const counts: Record<string, number> = {};
    for (const m of text.matchAll(/^soc_moves_total\{result="(\w+)"\} (\d+)/gm)) counts[m[1]] = Number(m[2]);
    return counts;
  }

  /** Player sockets connected to an instance (its metrics). */
  async function playersOn(url: string): Promise<number> {
    const text = await (await fetch(`${url}/metrics`)).text();
    return Number(/^soc_connected_clients\{role="player"\} (\d+)/m.exec(text)?.[1] ?? 0);
  }

  function expectConverged(clients: GameClient[], server: State): void {
    const view = JSON.parse(JSON.stringify(publicView(server.G as GameState)));
    for (const c of clients) {
      expect(c.getState()!._stateID).toBe(server._stateID);
      expect(c.getState()!.G).toEqual(view);
    }
  }

  /** The store's log: each applied move once, in the order of the states it moved on from. */
  async function expectEachMoveOnce(matchID: string, moves: number): Promise<void> {
    const { log, state } = await store.fetch(matchID, { log: true, state: true });
    const ids = log.filter((e) => e.action.type === 'MAKE_MOVE').map((e) => e._stateID);
    expect(ids).toHaveLength(moves);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(state._stateID).toBe(moves);
  }

  it('plays one table across both instances, moves racing from both: one applied, all converge, none lost', async () => {
    const [a, b] = instances;
    const t = await table(apiFor(a.url), [apiFor(a.url), apiFor(b.url)]);
    const home = (seat: number) => (seat % 2 === 0 ? a.url : b.url);
    const away = (seat: number) => (seat % 2 === 0 ? b.url : a.url);
    // Each seat plays on one instance and has a second device on the other.
    const players = t.seats.map((s, i) => gameClient(home(i), t.matchID, s.playerID, s.credentials));
    const twins = t.seats.map((_, i) => rawSocket(away(i)));
    const spectators = [gameClient(a.url, t.matchID), gameClient(b.url, t.matchID)];
    closers.push(() => [...players, ...spectators].forEach((c) => c.stop()), () => twins.forEach((s) => s.close()));
    await Promise.all(twins.map((s) => s.connected()));
    await Promise.all(
      twins.map((s, i) => {
        const synced = s.next('sync');
        s.socket.emit('sync', t.matchID, t.seats[i].playerID, t.seats[i].credentials, 4);
        return synced;
      }),
    );
    const everyone = [...players, ...spectators];
    await until('every client synced', () => everyone.every((c) => c.getState() !== null));
    const before = await Promise.all([movesCounted(a.url), movesCounted(b.url)]);

    const pick = chooser(11);
    const rounds = 30;
    let races = 0;
    for (let round = 0; round < rounds; round++) {
      const { seat, stateID, first, second } = await twoMoves(t.matchID, pick);
      const s = Number(seat);
      // A third of the moves from the seat's own instance, a third from its second device on
      // the other instance, a third from both at the same instant (two different moves on
      // the same state): each instance surely applies moves, and many races are run.
      const way = round % 3;
      if (way !== 1) send(players[s], first);
      if (way !== 0) twins[s].socket.emit('update', { type: 'MAKE_MOVE', payload: { type: second.type, args: [moveArgs(second)], playerID: seat, credentials: t.seats[s].credentials } }, stateID, t.matchID, seat);
      if (way === 2) races++;
      await until(`round ${round + 1} reaching everyone`, () => everyone.every((c) => stateOf(c) > stateID), 10_000);
      const now = await stored(t.matchID);
      expect(now._stateID).toBe(stateID + 1);
      // The loser's client is told (stale) and given the winner's state.
      await until(`round ${round + 1} settled`, () => everyone.every((c) => stateOf(c) === now._stateID), 10_000);
      if (now.ctx.gameover !== undefined) break;
    }

    const final = await stored(t.matchID);
    expectConverged(everyone, final);
    await expectEachMoveOnce(t.matchID, final._stateID);
    // Both instances took part: each applied moves, and the losing copy of each race was refused.
    const after = await Promise.all([movesCounted(a.url), movesCounted(b.url)]);
    const delta = (k: string, i: number) => (after[i][k] ?? 0) - (before[i][k] ?? 0);
    expect(delta('accepted', 0) + delta('accepted', 1)).toBe(final._stateID);
    expect(delta('accepted', 0)).toBeGreaterThan(0);
    expect(delta('accepted', 1)).toBeGreaterThan(0);
    expect(delta('stale', 0) + delta('stale', 1) + delta('refused', 0) + delta('refused', 1)).toBe(races);
    expect(races).toBeGreaterThanOrEqual(8);
    // A sends its sockets each move as a patch of their view (DELTA_STATE), diffed against the
    // state it heard before, whichever instance applied the move; B sends whole states: every
    // client still agrees.
    twins.forEach((twin, i) => {
      const events = new Set(twin.received.map((r) => r.event));
      if (away(i) === a.url) expect(events.has('patch')).toBe(true);
      else expect(events.has('update') && !events.has('patch')).toBe(true);
    });
    [...players, ...spectators].forEach((c) => c.stop());
    twins.forEach((s) => s.close());
    await until('every seat left both instances', async () => (await Promise.all(instances.map((i) => playersOn(i.url)))).every((n) => n === 0));
  }, 120_000);

  it('a player who leaves through one instance loses the sockets open on the other', async () => {
    const [a, b] = instances;
    const t = await table(apiFor(a.url), [apiFor(a.url)]);
    const bo = rawSocket(b.url);
    closers.push(() => bo.close());
    await bo.connected();
    bo.socket.emit('sync', t.matchID, '1', t.seats[1].credentials, 4);
    await bo.next('sync');
    const disconnected = bo.next('disconnect');
    const left = await apiFor(a.url).post(`/api/tables/${t.code}/leave`, { playerID: '1', credentials: t.seats[1].credentials });
    expect(left.body).toEqual({ ok: true });
    await disconnected;
  });

  it('goes on when an instance is killed: its players reconnect through nginx to the other', async () => {
    const viaNginx = apiFor(nginx!.url);
    const t = await table(viaNginx, [viaNginx]);
    const players = t.seats.map((s) => gameClient(nginx!.url, t.matchID, s.playerID, s.credentials, { reconnect: true }));
    closers.push(() => players.forEach((c) => c.stop()));
    // A page served through nginx: its Origin is nginx's address, which the instance must accept.
    const page = rawSocket(nginx!.url, { origin: nginx!.url });
    closers.push(() => page.close());
    await page.connected();
    const pageSync = page.next('sync');
    page.socket.emit('sync', t.matchID, null, undefined, 4);
    await pageSync;
    await until('players synced', () => players.every((c) => c.getState() !== null));

    const pick = chooser(5);
    const play = async (moves: number, watchers: GameClient[]) => {
      for (let i = 0; i < moves; i++) {
        const { seat, stateID, first } = await twoMoves(t.matchID, pick);
        send(players[Number(seat)], first);
        await until(`move reaching everyone`, () => watchers.every((c) => stateOf(c) > stateID), 10_000);
        if ((await stored(t.matchID)).ctx.gameover !== undefined) return;
      }
    };
    await play(6, players);

    // nginx keeps one client address on one instance: find it by its connected players.
    const counts = await Promise.all(instances.map((i) => playersOn(i.url)));
    const victim = counts[0] >= counts[1] ? 0 : 1;
    const survivor = instances[1 - victim];
    expect(counts).toEqual(victim === 0 ? [4, 0] : [0, 4]);
    const watcher = gameClient(survivor.url, t.matchID);
    closers.push(() => watcher.stop());
    await until('watcher synced', () => watcher.getState() !== null);

    instances[victim].child.kill('SIGKILL');
    expect(await instances[victim].exited).toBe('SIGKILL');
    await expect(fetch(`${instances[victim].url}/healthz`)).rejects.toThrow();
    await until('players back, on the other instance', async () => (await playersOn(survivor.url)) === 4, 20_000);

    const stateBefore = (await stored(t.matchID))._stateID;
    await play(8, [...players, watcher]);
    const final = await stored(t.matchID);
    expect(final._stateID).toBeGreaterThan(stateBefore);
    await until('all converged', () => [...players, watcher].every((c) => stateOf(c) === final._stateID));
    expectConverged([...players, watcher], final);
    await expectEachMoveOnce(t.matchID, final._stateID);
    // The API through nginx still answers, from the survivor.
    expect((await viaNginx.get(`/api/tables/${t.code}`)).status).toBe(200);
    expect((await viaNginx.get('/healthz')).body).toEqual({ ok: true, storage: 'postgres' });
  }, 120_000);
});
