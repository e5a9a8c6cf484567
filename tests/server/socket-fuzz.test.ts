/**
 * A fuzz test at the socket: several matches, seats, spectators and strangers send tens of
 * thousands of random, malformed and hostile messages (mixed with legal moves so the matches
 * move on), and a few hundred junk HTTP requests hit the API. Afterwards: the server still
 * answers, nothing answered 5xx, no message handler failed, every stored state keeps the rules'
 * invariants and every stored log replays to the stored state — and an honest table playing at
 * the same time kept its latency within a generous bound of its own quiet baseline.
 */
import fc from 'fast-check';
import type { LogEntry, State } from 'boardgame.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATTERN_IDS } from '../../src/content/schema.ts';
import { moveArgs } from '../../src/game/game.ts';
import { RECORD_FORMAT, replay } from '../../src/record/record.ts';
import { hashState, legalMoves, MOVE_TYPES, type Move } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { standingMoves } from '../../src/server/sessions/table-story.ts';
import { allCards, chooser } from '../helpers/table.ts';
import { gameClient, rawSocket, startServer, tableWith, testDeck, until, type GameClient, type TestServer } from './helpers/server.ts';

const MESSAGES = 50_000;
const BATCH = 400;

let server: TestServer;
beforeAll(async () => {
  // A high socket rate limit, so that the messages reach the handlers instead of the limiter.
  server = await startServer({ SOCKET_RATE: '100000/1', LOG_LEVEL: 'info' });
});
afterAll(() => server?.close());

async function stored(matchID: string): Promise<{ state: State<GameState>; log: LogEntry[] }> {
  const { state, log } = await server.store.fetch(matchID, { state: true, log: true });
  return { state: state as State<GameState>, log: log ?? [] };
}

/** Plays one legal move for whoever is to move at the honest table; resolves with its latency. */
async function honestMove(clients: GameClient[], pick: (n: number) => number): Promise<number> {
  // Whoever may act now: the player to move, or a seat in a stage (a discard, a reflection).
  const seats = clients.map((_, i) => i);
  const seat = seats.find((i) => legalMoves(testDeck().content, clients[i].getState()!.G as GameState, i).length > 0);
  if (seat === undefined) throw new Error('the honest table has no legal move');
  const client = clients[seat];
  const view = client.getState()!;
  const all = legalMoves(testDeck().content, view.G as GameState, seat);
  const options = all.filter((m) => m.type !== 'endTurn');
  const list = options.length > 0 && pick(4) !== 0 ? options : all;
  const move = list[pick(list.length)];
  const before = view._stateID;
  const started = performance.now();
  (client.moves as Record<string, (a: unknown) => void>)[move.type](moveArgs(move));
  await until(`honest ${move.type} acknowledged`, () => clients.every((c) => c.getState()!._stateID > before), 20_000);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function deeplyNested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

describe('the socket under a fuzzer', () => {
  it('survives 50,000 random, malformed and hostile messages with every invariant and log intact', async () => {
    const pick = chooser(20261130);
    const junk = fc.sample(fc.anything({ maxDepth: 4, maxKeys: 6 }), { numRuns: 3000, seed: 7 });
    // socket.io's client refuses its own reserved names before sending; the rest go out.
    const reserved = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);
    const strings = fc.sample(fc.string({ maxLength: 40 }), { numRuns: 500, seed: 8 }).filter((s) => !reserved.has(s));
    const any = <T>(xs: readonly T[]): T => xs[pick(xs.length)];

    // Three fuzzed tables of two seats; one honest table of two real clients.
    const tables = [await tableWith(server, ['A', 'B']), await tableWith(server, ['C', 'D']), await tableWith(server, ['E', 'F'])];
    // Random play loses now and then: a finished honest table is replaced by a new one.
    const honestTables: string[] = [];
    let honestClients: GameClient[] = [];
    const honestPlay = async (): Promise<number> => {
      if (honestClients.length === 0 || honestClients[0].getState()!.ctx.gameover) {
        for (const c of honestClients) c.stop();
        const honest = await tableWith(server, ['Honest', 'Fair']);
        honestTables.push(honest.matchID);
        honestClients = honest.seats.map((s) => gameClient(server.url, honest.matchID, s.playerID, s.credentials));
        await until('honest table synced', () => honestClients.every((c) => c.getState()));
      }
      return honestMove(honestClients, pick);
    };
    const baseline: number[] = [];
    for (let i = 0; i < 8; i++) baseline.push(await honestPlay());

    // Fuzzing sockets: each table's two seats, a spectator and a stranger; replaced when closed.
    type Fuzzer = { table: (typeof tables)[number]; seat: number | null; sock: ReturnType<typeof rawSocket> };
    const open = async (table: Fuzzer['table'], seat: number | null): Promise<Fuzzer> => {
      const sock = rawSocket(server.url);
      await sock.connected();
      sock.socket.emit('sync', table.matchID, seat === null ? null : String(seat), seat === null ? undefined : table.seats[seat].credentials, 2);
      return { table, seat, sock };
    };
    const fuzzers: Fuzzer[] = [];
    for (const t of tables) for (const seat of [0, 1, null, null]) fuzzers.push(await open(t, seat));

    const matchIDs = [...tables.map((t) => t.matchID), 'nope', 'x'.repeat(300), '', '../../etc'];
    const eventNames = ['update', 'update', 'update', 'sync', 'sync', 'chat', 'leave', '__proto__', 'constructor', any(strings)];
    const action = (type: unknown, args: unknown, playerID: unknown, credentials: unknown) => ({ type: 'MAKE_MOVE', payload: { type, args, playerID, credentials } });

    /** One message: a mutated legal move, a random move, a forged action, junk, or a nest. */
    const message = (f: Fuzzer, legal: { move: Move; stateID: number; seat: number } | null): [string, ...unknown[]] => {
      const t = f.table;
      const creds = f.seat === null ? any([undefined, 'guess', t.seats[0].credentials.slice(0, 5)]) : t.seats[f.seat].credentials;
      const roll = pick(20);
      if (legal && roll < 3) {
        // The legal move, sometimes exactly right, sometimes bent.
        const args = moveArgs(legal.move) as Record<string, unknown>;
        const variants = [
          args,
          { ...args, junk: 'x'.repeat(pick(3000)) },
          { ...args, [any(['to', 'card', 'cards', 'seat', 'pattern', 'case'])]: any(junk) },
          any(junk),
        ];
        return ['update', action(legal.move.type, [any(variants)], String(legal.seat), t.seats[legal.seat].credentials), legal.stateID + any([0, 0, 0, -1, 1, 1e9]), t.matchID, String(legal.seat)];
      }
      if (roll < 8) return ['update', action(any([...MOVE_TYPES, any(strings), any(junk)]), [any(junk)], any(['0', '1', '7', any(junk)]), creds), pick(50), any(matchIDs), any(['0', '1', null, any(junk)])];
      if (roll < 10) return ['update', { type: any(['UPDATE', 'GAME_EVENT', 'UNDO', 'REDO', 'SYNC', 'RESET', any(strings)]), payload: any(junk), state: any(junk) }, pick(50), t.matchID, any(['0', '1'])];
      if (roll < 12) return ['sync', any(matchIDs), any(['0', '1', null, any(junk)]), any([creds, any(junk)]), any([2, 0, -1, 1e9, any(junk)])];
      if (roll === 12 && pick(10) === 0) return ['update', deeplyNested(any([40, 500, 4000])), 0, t.matchID, '0'];
      if (roll === 13 && pick(20) === 0) return ['update', action('care', [{ padding: 'x'.repeat(40_000) }], '0', creds), 0, t.matchID, '0'];
      return [any(eventNames), ...Array.from({ length: pick(5) }, () => any(junk))];
    };

    const during: number[] = [];
    let sent = 0;
    while (sent < MESSAGES) {
      // This round's legal move per table, from the stored state (so the matches move on).
      const legals = new Map<string, { move: Move; stateID: number; seat: number } | null>();
      for (const t of tables) {
        const { state } = await stored(t.matchID);
        const seat = Number(state.ctx.currentPlayer);
        const moves = state.ctx.gameover ? [] : legalMoves(testDeck().content, state.G, seat);
        legals.set(t.matchID, moves.length > 0 ? { move: any(moves), stateID: state._stateID, seat } : null);
      }
      for (let i = 0; i < BATCH && sent < MESSAGES; i++, sent++) {
        const index = pick(fuzzers.length);
        let f = fuzzers[index];
        if (!f.sock.socket.connected) {
          f.sock.close();
          f = fuzzers[index] = await open(f.table, f.seat);
        }
        const [event, ...args] = message(f, legals.get(f.table.matchID) ?? null);
        f.sock.socket.emit(event, ...args);
      }
      during.push(await honestPlay());
    }

    // A few hundred junk HTTP requests: never a 5xx, always a JSON error shape on failure.
    const paths = ['/api/tables', `/api/tables/${tables[0].code}/join`, '/api/sessions', '/api/sessions/join/ZZZZ', '/API/tables/', '/api/%', '/api/tables/%2e%2e', `/api/matches/${tables[0].matchID}/turn`];
    for (let i = 0; i < 300; i++) {
      const path = any(paths);
      const post = pick(2) === 0;
      const res = await fetch(server.url + path, post ? { method: 'POST', headers: { 'content-type': any(['application/json', 'text/plain']) }, body: pick(2) ? JSON.stringify(any(junk)) ?? 'null' : any(strings) } : {});
      expect(res.status, `${post ? 'POST' : 'GET'} ${path}`).toBeLessThan(500);
      if (res.status >= 400 && path.toLowerCase().startsWith('/api')) expect(Object.keys(await res.json())).toEqual(expect.arrayContaining(['error']));
    }

    // The messages reached the handlers (and were refused there for a reason), not a void.
    const metrics = await (await fetch(server.url + '/metrics')).text();
    const handled = [...metrics.matchAll(/^soc_(?:refused_messages|moves)_total\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(handled).toBeGreaterThan(MESSAGES / 2);

    for (const f of fuzzers) f.sock.close();
    for (const c of honestClients) c.stop();

    // The server still answers and no handler failed.
    expect((await server.api.get('/healthz')).status).toBe(200);
    expect(server.logs()).not.toContain('socket message failed');

    // Every match: invariants hold and the stored log replays to the stored state.
    let movesStored = 0;
    for (const matchID of [...tables.map((t) => t.matchID), ...honestTables]) {
      const { state, log } = await stored(matchID);
      const G = state.G;
      for (const p of PATTERN_IDS) expect(G.pressure[p]).toBeGreaterThanOrEqual(0);
      expect(G.trust).toBeGreaterThanOrEqual(0);
      expect(G.crisis).toBeGreaterThanOrEqual(0);
      const cards = allCards(G);
      expect(new Set(cards).size).toBe(cards.length);
      // The log holds only canonical moves: no field a move's schema does not name.
      for (const entry of log) expect(JSON.stringify(entry)).not.toContain('junk');
      const moves = standingMoves(log);
      movesStored += moves.length;
      const replayed = replay(testDeck().content, { format: RECORD_FORMAT, scenario: G.scenario, players: state.ctx.numPlayers, seed: G.secret.seed, moves });
      expect(hashState(replayed), `replay of ${matchID}`).toBe(hashState(G));
    }
    // The legal moves among the junk were played: the fuzzed matches moved on.
    expect(movesStored).toBeGreaterThan(during.length + baseline.length);

    // The honest table kept its latency: a generous bound that a stalled server would break.
    expect(median(during)).toBeLessThan(median(baseline) * 20 + 1000);
  });
});
