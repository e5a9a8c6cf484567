/**
 * Moves are checked against their exact schema at the socket: every move the rules offer
 * passes, and a legal move carrying junk, wrong types, long strings, nesting or extra fields
 * is refused with badAction before the rules and before storage. A message nested deeper than
 * a game message closes the socket before anything parses it.
 */
import fc from 'fast-check';
import type { State } from 'boardgame.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveArgs } from '../../src/game/game.ts';
import { legalMoves, MOVE_TYPES } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { moveArguments } from '../../src/server/transport/move-schemas.ts';
import { MAX_MESSAGE_DEPTH, nestingDepth, playerAction } from '../../src/server/transport/socket-limits.ts';
import { chooser, table } from '../helpers/table.ts';
import { seatedSocket, startServer, testDeck, type TestServer } from './helpers/server.ts';

const names = new Set<string>(MOVE_TYPES);

describe('the move schemas', () => {
  it('accept every move the rules offer, through whole games', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer(), (players, seed) => {
        const t = table({ players, seed: String(seed) });
        const pick = chooser(seed);
        for (let i = 0; i < 300 && !t.state.outcome; i++) {
          const options = t.current().moves();
          for (const move of options) expect(moveArguments(move.type, moveArgs(move)), JSON.stringify(move)).toEqual(moveArgs(move));
          t.current().play(options[pick(options.length)]);
        }
      }),
      { numRuns: 6 },
    );
  });

  it.each([
    ['travel', { to: 'making', junk: 'x'.repeat(5000) }],
    ['travel', { to: 'nowhere' }],
    ['travel', { to: ['making'] }],
    ['travel', {}],
    ['share', { card: 'crowdfunding#1', to: '1' }],
    ['share', { card: 'crowdfunding#1', to: 1.5 }],
    ['share', { card: 'x'.repeat(500) + '#1', to: 1 }],
    ['study', { from: { deck: true } }],
    ['care', { a: 1 }],
    ['reflect', { note: 'n'.repeat(100_000) }],
    ['reflect', { note: 7 }],
    ['apply', { case: 'Repair Café' }],
    ['constructor', {}],
    ['toString', {}],
  ])('refuses %s %j', (type, args) => {
    expect(moveArguments(type, JSON.parse(JSON.stringify(args)))).toBeUndefined();
  });

  it('refuses a __proto__ field', () => {
    expect(moveArguments('care', JSON.parse('{"__proto__": {"polluted": true}}'))).toBeUndefined();
  });

  it('refuses an action with fields boardgame.io’s client never sends', () => {
    const ok = { type: 'MAKE_MOVE', payload: { type: 'care', args: [{}], playerID: '0', credentials: 'c' } };
    expect(playerAction(ok, '0', names)).toEqual({ type: 'MAKE_MOVE', payload: { type: 'care', args: [{}], playerID: '0' } });
    expect(playerAction({ ...ok, junk: 1 }, '0', names)).toBeUndefined();
    expect(playerAction({ ...ok, payload: { ...ok.payload, junk: 1 } }, '0', names)).toBeUndefined();
    expect(playerAction({ ...ok, payload: { ...ok.payload, credentials: 'c'.repeat(10_000) } }, '0', names)).toBeUndefined();
    expect(playerAction({ type: 'UNDO', payload: { type: null, args: [{ a: 1 }], playerID: '0' } }, '0', names)).toBeUndefined();
  });

  it('measures nesting without recursion, strings not counted', () => {
    expect(nestingDepth('[1,{"a":[2]}]')).toBe(3);
    expect(nestingDepth('["[[[[\\"[[[", {}]')).toBe(2);
    expect(nestingDepth('['.repeat(200_000))).toBe(200_000);
  });
});

describe('at the socket', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function seated() {
    const { t, p, seat, state } = await seatedSocket(server);
    const move = legalMoves(testDeck().content, state.G as GameState, seat).find((m) => m.type === 'travel')!;
    const send = (args: unknown, extra: Record<string, unknown> = {}) =>
      p.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move.type, args: [args], playerID: String(seat), credentials: t.seats[seat].credentials, ...extra } }, state._stateID, t.matchID, String(seat));
    return { t, p, move, send, stateID: state._stateID };
  }

  it('a legal move carrying junk is refused and nothing is stored', async () => {
    const { t, p, move, send, stateID } = await seated();
    send({ ...moveArgs(move), junk: 'x'.repeat(8000) });
    expect(((await p.next('refused')) as [string, { reason: string }])[1].reason).toBe('badAction');
    const stored = await server.store.fetch(t.matchID, { state: true, log: true });
    expect((stored.state as State)._stateID).toBe(stateID);
    expect(stored.log).toEqual([]);
    // The same move, exact, is taken, and stored exactly so.
    send(moveArgs(move));
    await p.next('patch');
    const after = await server.store.fetch(t.matchID, { log: true });
    expect(after.log!.map((e) => e.action.payload.args)).toEqual([[moveArgs(move)]]);
    p.close();
  });

  it('a message nested deeper than a game message closes the socket; the server goes on', async () => {
    const { t, p, move } = await seated();
    const closed = p.next('disconnect', 5000);
    // Written as socket.io's own packet text: the client's encoder would itself overflow.
    const deep = '['.repeat(5000) + JSON.stringify(moveArgs(move)) + ']'.repeat(5000);
    (p.socket.io.engine as unknown as { send(text: string): void }).send(`42/${'school-of-commons'},["update",{"type":"MAKE_MOVE","payload":{"type":"travel","args":[${deep}]}},0,"${t.matchID}","0"]`);
    await closed;
    expect(MAX_MESSAGE_DEPTH).toBeLessThan(5000);
    expect((await server.store.fetch(t.matchID, { log: true })).log).toEqual([]);
    const table = await server.api.get(`/api/tables/${t.code}`);
    expect(table.status).toBe(200);
  });
});
