/**
 * The contract every match store must keep (src/server/storage/store.ts), as a suite that
 * runs against any implementation:
 *
 *   storeContract('sqlite', async () => ({ store, reopen, cleanup }));
 *
 * `reopen` (optional) closes the store and opens a new one on the same data, to check that
 * what was written survives.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEntry, State } from 'boardgame.io';
import { CodeTakenError, MatchExistsError, StaleStateError, UnknownMatchError, type MatchStore, type TableMetadata } from '../../../src/server/storage/store.ts';

export interface StoreUnderTest {
  store: MatchStore;
  reopen?: () => Promise<MatchStore>;
  cleanup: () => Promise<void>;
}

function state(stateID: number, G: Record<string, unknown> = {}): State {
  return {
    G: { step: stateID, ...G },
    ctx: { numPlayers: 2, playOrder: ['0', '1'], playOrderPos: 0, activePlayers: null, currentPlayer: '0', turn: 1, phase: 'default' },
    plugins: { random: { data: { seed: 'secret-seed', prngstate: { c: 1, s0: 0.1, s1: 0.2, s2: 0.3 } } } },
    _undo: [],
    _redo: [],
    _stateID: stateID,
  } as unknown as State;
}

function metadata(extra: Partial<TableMetadata> = {}): TableMetadata {
  return {
    gameName: 'school-of-commons',
    players: { 0: { id: 0 }, 1: { id: 1 } },
    setupData: { scenario: 'standard' },
    unlisted: false,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...extra,
  };
}

function entry(stateID: number, move: string): LogEntry {
  return { action: { type: 'MAKE_MOVE', payload: { type: move, args: [{}], playerID: '0' } }, _stateID: stateID, turn: 1, phase: 'default' } as LogEntry;
}

export function storeContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`match store contract: ${name}`, () => {
    let t: StoreUnderTest;
    let store: MatchStore;
    beforeEach(async () => {
      t = await open();
      store = t.store;
      await store.connect();
    });
    afterEach(async () => {
      await t.cleanup();
    });

    it('creates a match and fetches exactly the fields asked for', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata({ code: 'ABCDEF' }) });
      const all = await store.fetch('m1', { state: true, metadata: true, log: true, initialState: true });
      expect(all.state._stateID).toBe(0);
      expect(all.initialState).toEqual(state(0));
      expect((all.metadata as TableMetadata).code).toBe('ABCDEF');
      expect(all.metadata.setupData).toEqual({ scenario: 'standard' });
      expect(all.log).toEqual([]);
      const some = await store.fetch('m1', { metadata: true });
      expect(Object.keys(some)).toEqual(['metadata']);
    });

    it('answers an unknown match with no fields and creates nothing', async () => {
      const none = await store.fetch('nope', { state: true, metadata: true, log: true, initialState: true });
      expect(none.state).toBeUndefined();
      expect(none.metadata).toBeUndefined();
      expect(none.initialState).toBeUndefined();
      expect(await store.listMatches()).toEqual([]);
    });

    it('never overwrites a match: a second create with the same ID is refused', async () => {
      await store.createMatch('m1', { initialState: state(0, { first: true }), metadata: metadata() });
      await expect(store.createMatch('m1', { initialState: state(0, { first: false }), metadata: metadata() })).rejects.toBeInstanceOf(MatchExistsError);
      expect((await store.fetch('m1', { state: true })).state.G).toMatchObject({ first: true });
    });

    it('keeps join codes unique and finds a match by its code', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata({ code: 'ABCDEF' }) });
      await expect(store.createMatch('m2', { initialState: state(0), metadata: metadata({ code: 'ABCDEF' }) })).rejects.toBeInstanceOf(CodeTakenError);
      expect(await store.matchIDForCode('ABCDEF')).toBe('m1');
      expect(await store.matchIDForCode('ZZZZZZ')).toBeUndefined();
      expect(await store.listMatches()).toEqual(['m1']);
    });

    it('moves the state forward and appends each deltalog to the log, in order', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata() });
      await store.setState('m1', state(1), [entry(0, 'travel')]);
      await store.setState('m1', state(2), [entry(1, 'care'), entry(1, 'endTurn')]);
      await store.setState('m1', state(3));
      const { state: s, log, initialState } = await store.fetch('m1', { state: true, log: true, initialState: true });
      expect(s._stateID).toBe(3);
      expect(log.map((e) => e.action.payload.type)).toEqual(['travel', 'care', 'endTurn']);
      expect(initialState._stateID).toBe(0);
    });

    it('does not store the deltalog inside the state', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata() });
      await store.setState('m1', { ...state(1), deltalog: [entry(0, 'travel')] } as State, [entry(0, 'travel')]);
      const { state: s } = await store.fetch('m1', { state: true });
      expect(s).not.toHaveProperty('deltalog');
    });

    it('refuses a stale write (compare-and-set on _stateID) and keeps state and log as they were', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata() });
      await store.setState('m1', state(1, { by: 'first' }), [entry(0, 'travel')]);
      // A second writer computed its state from _stateID 0 too.
      await expect(store.setState('m1', state(1, { by: 'second' }), [entry(0, 'care')])).rejects.toBeInstanceOf(StaleStateError);
      await expect(store.setState('m1', state(0, { by: 'older' }))).rejects.toBeInstanceOf(StaleStateError);
      const { state: s, log } = await store.fetch('m1', { state: true, log: true });
      expect(s.G).toMatchObject({ by: 'first' });
      expect(log.map((e) => e.action.payload.type)).toEqual(['travel']);
    });

    it('lets exactly one of two racing writers from the same state win', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata() });
      const results = await Promise.allSettled([store.setState('m1', state(1, { by: 'a' }), [entry(0, 'a')]), store.setState('m1', state(1, { by: 'b' }), [entry(0, 'b')])]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toBeInstanceOf(StaleStateError);
      expect((await store.fetch('m1', { log: true })).log).toHaveLength(1);
    });

    it('creates nothing when writing to an unknown match', async () => {
      await expect(store.setState('ghost', state(1), [entry(0, 'travel')])).rejects.toBeInstanceOf(UnknownMatchError);
      await expect(store.setMetadata('ghost', metadata())).rejects.toBeInstanceOf(UnknownMatchError);
      expect(await store.listMatches()).toEqual([]);
      expect((await store.fetch('ghost', { metadata: true, log: true })).metadata).toBeUndefined();
    });

    it('updates metadata, including a new code, without touching the state', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata({ code: 'ABCDEF' }) });
      await store.setState('m1', state(1));
      const m = (await store.fetch('m1', { metadata: true })).metadata as TableMetadata;
      m.players[0] = { id: 0, name: 'Ana', credentials: 'sha256:00', isConnected: true };
      m.code = 'GHJKMN';
      m.updatedAt = 5_000;
      await store.setMetadata('m1', m);
      const after = (await store.fetch('m1', { metadata: true, state: true })) as { metadata: TableMetadata; state: State };
      expect(after.metadata.players[0]).toEqual({ id: 0, name: 'Ana', credentials: 'sha256:00', isConnected: true });
      expect(after.state._stateID).toBe(1);
      expect(await store.matchIDForCode('GHJKMN')).toBe('m1');
      expect(await store.matchIDForCode('ABCDEF')).toBeUndefined();
    });

    it('keeps updatedAt moving when moves are stored', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata() });
      await store.setState('m1', state(1));
      const { metadata: m } = await store.fetch('m1', { metadata: true });
      expect(m.updatedAt).toBeGreaterThan(1_000);
    });

    it('lists matches by game, game over and time of the last update', async () => {
      await store.createMatch('a', { initialState: state(0), metadata: metadata({ createdAt: 10, updatedAt: 10 }) });
      await store.createMatch('b', { initialState: state(0), metadata: metadata({ createdAt: 20, updatedAt: 20 }) });
      await store.createMatch('c', { initialState: state(0), metadata: metadata({ gameName: 'other', createdAt: 30, updatedAt: 30 }) });
      const over = (await store.fetch('b', { metadata: true })).metadata;
      await store.setMetadata('b', { ...over, gameover: { result: 'won' }, updatedAt: 20 });
      expect(new Set(await store.listMatches())).toEqual(new Set(['a', 'b', 'c']));
      expect(new Set(await store.listMatches({ gameName: 'school-of-commons' }))).toEqual(new Set(['a', 'b']));
      expect(await store.listMatches({ gameName: 'school-of-commons', where: { isGameover: true } })).toEqual(['b']);
      expect(await store.listMatches({ gameName: 'school-of-commons', where: { isGameover: false } })).toEqual(['a']);
      expect(new Set(await store.listMatches({ where: { updatedBefore: 25 } }))).toEqual(new Set(['a', 'b']));
      expect(await store.listMatches({ where: { updatedAfter: 25 } })).toEqual(['c']);
    });

    it('lists tables with their metadata, and states when asked, newest first, in one answer', async () => {
      await store.createMatch('a', { initialState: state(0), metadata: metadata({ code: 'AAAA', createdAt: 10, updatedAt: 10 }) });
      await store.createMatch('b', { initialState: state(0), metadata: metadata({ code: 'BBBB', createdAt: 20, updatedAt: 20 }) });
      await store.createMatch('s', { initialState: state(0), metadata: metadata({ unlisted: true, session: { id: 'x', table: 0 }, createdAt: 30, updatedAt: 30 }) });
      await store.createMatch('o', { initialState: state(0), metadata: metadata({ gameover: { result: 'lost' }, createdAt: 40, updatedAt: 40 }) });
      // A move makes a the most recently updated match, and its listing carries the moved state.
      await store.setState('a', state(1, { moved: true }), [entry(0, 'care')]);
      const open = await store.listTables({ gameName: 'school-of-commons', where: { isGameover: false, unlisted: false } });
      expect(open.map((t) => t.matchID)).toEqual(['a', 'b']);
      expect(open[1].metadata).toMatchObject({ code: 'BBBB', players: { 0: { id: 0 }, 1: { id: 1 } }, createdAt: 20 });
      expect(open[0].metadata.updatedAt).toBeGreaterThan(10);
      expect('state' in open[0]).toBe(false);
      const first = await store.listTables({ where: { isGameover: false, unlisted: false }, limit: 1 });
      expect(first.map((t) => t.matchID)).toEqual(['a']);
      const withStates = await store.listTables({ where: { isGameover: false }, withState: true });
      expect(new Set(withStates.map((t) => t.matchID))).toEqual(new Set(['a', 'b', 's']));
      const a = withStates.find((t) => t.matchID === 'a')!;
      expect(a.state._stateID).toBe(1);
      expect(a.state.G).toEqual({ step: 1, moved: true });
      expect(withStates.find((t) => t.matchID === 's')!.metadata.session).toEqual({ id: 'x', table: 0 });
      expect((await store.listTables({ where: { isGameover: true } })).map((t) => t.matchID)).toEqual(['o']);
    });

    it('wipes a match with its log and its code', async () => {
      await store.createMatch('m1', { initialState: state(0), metadata: metadata({ code: 'ABCDEF' }) });
      await store.setState('m1', state(1), [entry(0, 'travel')]);
      await store.wipe('m1');
      expect((await store.fetch('m1', { state: true, log: true })).state).toBeUndefined();
      expect(await store.matchIDForCode('ABCDEF')).toBeUndefined();
      await store.createMatch('m1', { initialState: state(0), metadata: metadata() });
      expect((await store.fetch('m1', { log: true })).log).toEqual([]);
    });

    it('answers a ping while connected', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('keeps everything written when closed and opened again', async () => {
      if (!t.reopen) return;
      await store.createMatch('m1', { initialState: state(0), metadata: metadata({ code: 'ABCDEF' }) });
      for (let i = 1; i <= 20; i++) await store.setState('m1', state(i), [entry(i - 1, `move${i}`)]);
      store = await t.reopen();
      await store.connect();
      const { state: s, log, metadata: m } = await store.fetch('m1', { state: true, log: true, metadata: true });
      expect(s._stateID).toBe(20);
      expect(log).toHaveLength(20);
      expect(log[19].action.payload.type).toBe('move20');
      expect((m as TableMetadata).code).toBe('ABCDEF');
      await expect(store.setState('m1', state(20))).rejects.toBeInstanceOf(StaleStateError);
    });
  });
}
