/** SIGTERM's work, in-process: moves in flight are finished and stored before the store closes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { moveArgs } from '../../src/game/game.ts';
import { legalMoves } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { SqliteStore } from '../../src/server/storage/sqlite.ts';
import type { MatchStore } from '../../src/server/storage/store.ts';
import { rawSocket, startServer, tableWith, testDeck } from './helpers/server.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** A gate for a store's writes: they wait until the test opens it, so a shutdown meets a move half done. */
function writeGate() {
  let open!: () => void;
  let arrived!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  /** Resolves when a write is waiting at the gate. */
  const waiting = new Promise<void>((resolve) => (arrived = resolve));
  const wrap = (store: SqliteStore): MatchStore =>
    new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'setState') {
          return async (...args: Parameters<SqliteStore['setState']>) => {
            arrived();
            await opened;
            return target.setState(...args);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return { wrap, waiting, open };
}

describe('shutting down', () => {
  it('finishes the move in flight, refuses new ones, then closes the store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'soc-shutdown-'));
    const gate = writeGate();
    const server = await startServer({}, { dataDir, wrapStore: gate.wrap });
    const t = await tableWith(server, ['Ana', 'Bo']);
    const ana = rawSocket(server.url);
    const bo = rawSocket(server.url);
    await Promise.all([ana.connected(), bo.connected()]);
    ana.socket.emit('sync', t.matchID, '0', t.seats[0].credentials, 2);
    bo.socket.emit('sync', t.matchID, '1', t.seats[1].credentials, 2);
    const [[, sync]] = (await Promise.all([ana.next('sync'), bo.next('sync')])) as [[string, { state: State }], unknown];
    const full = (await server.store.fetch(t.matchID, { state: true })).state;
    const move = legalMoves(testDeck().content, full.G as GameState, 0).find((m) => m.type !== 'endTurn')!;
    ana.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: '0', credentials: t.seats[0].credentials } }, sync.state._stateID, t.matchID, '0');
    // Ana's move is being stored when the shutdown begins.
    await gate.waiting;
    const done = server.app.shutdown();
    // A move that arrives while shutting down is refused (Bo's socket: Ana's waits for her move).
    bo.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'care', args: [{}], playerID: '1', credentials: t.seats[1].credentials } }, sync.state._stateID, t.matchID, '1');
    expect(await bo.next('refused')).toEqual([t.matchID, { what: 'update', reason: 'shuttingDown' }]);
    gate.open();
    await done;
    ana.close();
    bo.close();
    const reopened = new SqliteStore({ file: join(dataDir, 'test.db') });
    await reopened.connect();
    const { state, log } = await reopened.fetch(t.matchID, { state: true, log: true });
    expect(state._stateID).toBe(sync.state._stateID + 1);
    expect(log.filter((e) => e.action.type === 'MAKE_MOVE')).toHaveLength(1);
    await reopened.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
