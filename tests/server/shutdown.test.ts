/** SIGTERM's work, in-process: moves in flight are finished and stored before the store closes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { moveArgs } from '../../src/game/game.ts';
import { legalMoves } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { SqliteStore } from '../../src/server/storage/sqlite.ts';
import type { MatchStore } from '../../src/server/storage/store.ts';
import { pause, rawSocket, startServer, tableWith, testDeck } from './helpers/server.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** A store whose writes take a while, so a shutdown meets a move half done. */
function slowWrites(store: SqliteStore, ms: number): MatchStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'setState') {
        return async (...args: Parameters<SqliteStore['setState']>) => {
          await pause(ms);
          return target.setState(...args);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('shutting down', () => {
  it('finishes the move in flight, refuses new ones, then closes the store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'soc-shutdown-'));
    const server = await startServer({}, { dataDir, wrapStore: (s) => slowWrites(s, 300) });
    const t = await tableWith(server, ['Ana', 'Bo']);
    const player = rawSocket(server.url);
    await player.connected();
    player.socket.emit('sync', t.matchID, '0', t.seats[0].credentials, 2);
    const [, sync] = (await player.next('sync')) as [string, { state: State }];
    const full = (await server.store.fetch(t.matchID, { state: true })).state;
    const move = legalMoves(testDeck().content, full.G as GameState, 0).find((m) => m.type !== 'endTurn')!;
    player.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: '0', credentials: t.seats[0].credentials } }, sync.state._stateID, t.matchID, '0');
    await pause(50);
    const done = server.app.shutdown();
    // A second move arrives while shutting down: refused.
    player.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'care', args: [{}], playerID: '0', credentials: t.seats[0].credentials } }, sync.state._stateID + 1, t.matchID, '0');
    await done;
    player.close();
    const reopened = new SqliteStore({ file: join(dataDir, 'test.db') });
    await reopened.connect();
    const { state, log } = await reopened.fetch(t.matchID, { state: true, log: true });
    expect(state._stateID).toBe(sync.state._stateID + 1);
    expect(log.filter((e) => e.action.type === 'MAKE_MOVE')).toHaveLength(1);
    await reopened.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
