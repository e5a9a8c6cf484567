/**
 * Attack probes (docs/server.md, "Security"). Each probe is aimed at plain boardgame.io
 * 0.50.2 first and must find its hole there — proof that the probe can fail — and then at
 * this project's server, where it must find nothing.
 */
import { randomBytes } from 'node:crypto';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { moveArgs } from '../../src/game/game.ts';
import { legalMoves } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { credentialsMatch, digestCredentials } from '../../src/server/credentials.ts';
import { rawSocket, testDeck, until } from './helpers/server.ts';
import { ourTarget, plainTarget, type Seat, type Target } from './helpers/targets.ts';

let ours: Awaited<ReturnType<typeof ourTarget>>;
let plain: Target;
beforeAll(async () => {
  [ours, plain] = await Promise.all([ourTarget({ ORIGINS: 'http://allowed.example', DELTA_STATE: 'false' }), plainTarget()]);
});
afterAll(async () => {
  await Promise.all([ours?.close(), plain?.close()]);
});

/** A socket synced to a match as a seat (or as a spectator with seat null). */
async function seated(t: Target, matchID: string, seat: Seat | null) {
  const s = rawSocket(t.url);
  await s.connected();
  s.socket.emit('sync', matchID, seat?.playerID ?? null, seat?.credentials, 2);
  const [, sync] = (await s.next('sync')) as [string, { state: State }];
  return { ...s, state: sync.state };
}

/** A legal move for the seat whose turn it is, from the server's full state. */
async function legalMove(t: Target, matchID: string) {
  const state = (await t.storedState(matchID))!;
  const seat = state.ctx.currentPlayer;
  const move = legalMoves(testDeck().content, state.G as GameState, Number(seat)).find((m) => m.type !== 'endTurn')!;
  return { seat, stateID: state._stateID, action: (credentials?: string) => ({ type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: seat, credentials } }) };
}

type Probe = (t: Target) => Promise<boolean>;

/** Runs a probe on plain boardgame.io (must find the hole) and on ours (must not). */
async function holeOnlyInPlain(probe: Probe): Promise<void> {
  expect(await probe(plain), 'the probe finds the hole in plain boardgame.io 0.50.2').toBe(true);
  expect(await probe(ours), 'the probe finds nothing in this server').toBe(false);
}

describe('security probes', () => {
  it('(a) a player cannot overwrite the state with a forged UPDATE', async () => {
    await holeOnlyInPlain(async (t) => {
      const { matchID, seats } = await t.createMatch(2);
      const p = await seated(t, matchID, seats[0]);
      const stored = (await t.storedState(matchID))!;
      const forged = { ...stored, G: { ...(stored.G as object), forged: true }, _stateID: stored._stateID + 1 };
      p.socket.emit('update', { type: 'UPDATE', state: forged, deltalog: [], payload: { credentials: seats[0].credentials } }, stored._stateID, matchID, '0');
      await p.roundTrip();
      p.close();
      return (((await t.storedState(matchID))!.G as { forged?: boolean }).forged ?? false) === true;
    });
  });

  it('(a) a player cannot send game events (endTurn) past the moves', async () => {
    await holeOnlyInPlain(async (t) => {
      const { matchID, seats } = await t.createMatch(2);
      const p = await seated(t, matchID, seats[0]);
      const before = (await t.storedState(matchID))!;
      p.socket.emit('update', { type: 'GAME_EVENT', payload: { type: 'endTurn', args: [], playerID: '0', credentials: seats[0].credentials } }, before._stateID, matchID, '0');
      await p.roundTrip();
      p.close();
      const after = (await t.storedState(matchID))!;
      return after._stateID !== before._stateID || after.ctx.currentPlayer !== before.ctx.currentPlayer;
    });
  });

  it('(a) other client actions (SYNC, RESET, PATCH, PLUGIN) change nothing either', async () => {
    const { matchID, seats } = await ours.createMatch(2);
    const p = await seated(ours, matchID, seats[0]);
    const before = (await ours.storedState(matchID))!;
    const credentials = seats[0].credentials;
    const forged = { ...before, G: { forged: true } };
    for (const action of [
      { type: 'SYNC', state: forged, payload: { credentials } },
      { type: 'RESET', state: forged, payload: { credentials } },
      { type: 'PATCH', prevStateID: before._stateID, stateID: before._stateID + 1, patch: [{ op: 'add', path: '/G/forged', value: true }], payload: { credentials } },
      { type: 'PLUGIN', payload: { type: 'random', args: [], playerID: '0', credentials } },
      { type: 'MAKE_MOVE', payload: { type: 'notAMove', args: [], playerID: '0', credentials } },
      { type: 'MAKE_MOVE', payload: { type: 'care', args: 'x', playerID: '0', credentials } },
    ]) {
      p.socket.emit('update', action, before._stateID, matchID, '0');
      const [, refusal] = (await p.next('refused')) as [string, { reason: string }];
      expect(refusal.reason, action.type).toBe('badAction');
    }
    expect(await ours.storedState(matchID)).toEqual(before);
    p.close();
  });

  it('(a) a seat can only move as itself, in its own match', async () => {
    const { matchID, seats } = await ours.createMatch(2);
    const other = await ours.createMatch(2);
    const p = await seated(ours, matchID, seats[1]);
    const move = await legalMove(ours, matchID);
    expect(move.seat).toBe('0');
    // Seat 1 claims to be seat 0 in the update, then tries the other match.
    p.socket.emit('update', move.action(seats[1].credentials), move.stateID, matchID, '0');
    expect(((await p.next('refused')) as [string, { reason: string }])[1].reason).toBe('notBound');
    p.socket.emit('update', move.action(other.seats[0].credentials), move.stateID, other.matchID, '0');
    expect(((await p.next('refused')) as [string, { reason: string }])[1].reason).toBe('notBound');
    // In its own seat, a move off turn is refused by the game.
    const off = { type: 'MAKE_MOVE', payload: { type: 'care', args: [{}], playerID: '0', credentials: seats[1].credentials } };
    p.socket.emit('update', off, move.stateID, matchID, '1');
    expect(((await p.next('refused')) as [string, { reason: string }])[1].reason).toBe('notYourTurn');
    expect((await ours.storedState(matchID))!._stateID).toBe(move.stateID);
    p.close();
  });

  it('(b) no initial state, match seed, PRNG state or deck order reaches any client', async () => {
    await holeOnlyInPlain(async (t) => {
      const { matchID, seats } = await t.createMatch(2);
      const player = await seated(t, matchID, seats[0]);
      const watcher = await seated(t, matchID, null);
      const move = await legalMove(t, matchID);
      player.socket.emit('update', move.action(seats[0].credentials), move.stateID, matchID, '0');
      await until('the move to reach the spectator', () => watcher.received.some((r) => r.event === 'update'), 3000).catch(() => undefined);
      const full = (await t.storedState(matchID))!;
      const seed = (full.plugins.random?.data as { seed?: string } | undefined)?.seed;
      const deck = (full.G as GameState).knowledge.deck;
      player.close();
      watcher.close();
      const sent = JSON.stringify([...player.received, ...watcher.received]);
      return (
        sent.includes('"initialState":{') ||
        sent.includes('prngstate') ||
        sent.includes('"secret"') ||
        (seed !== undefined && sent.includes(String(seed))) ||
        sent.includes(JSON.stringify(deck))
      );
    });
  });

  it('(c) match seeds come from node:crypto on the server, not from the clock or the client', async () => {
    await holeOnlyInPlain(async (t) => {
      const { matchID } = await t.createMatch(2, 0);
      const seed = String(((await t.storedState(matchID))!.plugins.random.data as { seed: string }).seed);
      const createdAt = (await t.storedMetadata(matchID))!.createdAt;
      const asTime = parseInt(seed, 36);
      return Math.abs(asTime - createdAt) < 60_000 || seed.length < 32;
    });
    // A seed in the request is never read.
    const created = await ours.api.post('/api/tables', { scenario: 'standard', seats: 2, seed: 'chosen', setupData: { seed: 'chosen' } });
    const seed = ((await ours.storedState(created.body.matchID))!.plugins.random.data as { seed: string }).seed;
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
  });

  it('(d) a sync for an unknown match creates nothing', async () => {
    await holeOnlyInPlain(async (t) => {
      const ghost = `ghost${randomBytes(6).toString('hex')}`;
      const s = rawSocket(t.url);
      await s.connected();
      s.socket.emit('sync', ghost, '0', undefined, 6);
      await s.roundTrip();
      s.close();
      return (await t.storedState(ghost)) !== undefined;
    });
    const s = rawSocket(ours.url);
    await s.connected();
    s.socket.emit('sync', 'ghost', null, undefined, 2);
    expect(((await s.next('refused')) as [string, { reason: string }])[1].reason).toBe('unknownMatch');
    s.close();
  });

  it('(e) messages for unknown match IDs leave no per-match structures behind', async () => {
    await holeOnlyInPlain(async (t) => {
      const before = t.perMatchStructures();
      const s = rawSocket(t.url);
      await s.connected();
      for (let i = 0; i < 30; i++) {
        s.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'care', args: [], playerID: '0' } }, 0, `nobody${i}`, '0');
      }
      await s.roundTrip();
      const grown = t.perMatchStructures() - before;
      s.close();
      return grown >= 20;
    });
  });

  it('(e) made-up socket.io namespaces are refused and leave nothing behind', async () => {
    const before = ours.server.app.transport.namespaceCount;
    for (let i = 0; i < 5; i++) {
      const s = io(`${ours.url}/made-up-${i}`, { transports: ['websocket'], forceNew: true, reconnection: false });
      await new Promise<void>((resolve) => {
        s.once('connect_error', () => resolve());
        s.once('connect', () => resolve());
      });
      expect(s.connected).toBe(false);
      s.close();
    }
    expect(ours.server.app.transport.namespaceCount).toBe(before);
  });

  it('(f) pages on foreign origins cannot open a game socket', async () => {
    await holeOnlyInPlain(async (t) => {
      const s = rawSocket(t.url, { origin: 'http://evil.example' });
      const connected = await s.connected().then(
        () => true,
        () => false,
      );
      s.close();
      return connected;
    });
    // Our own origin and listed origins may.
    for (const origin of [ours.url, 'http://allowed.example']) {
      const s = rawSocket(ours.url, { origin });
      await s.connected();
      s.close();
    }
  });

  it('(f) the HTTP API answers foreign origins with neither data nor CORS headers', async () => {
    const foreign = await ours.api.get('/api/tables', { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const post = await ours.api.post('/api/tables', { scenario: 'standard', seats: 2 }, { origin: 'http://evil.example' });
    expect(post.status).toBe(403);
    const listed = await ours.api.get('/api/tables', { origin: 'http://allowed.example' });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
    const same = await ours.api.get('/api/tables', { origin: ours.url });
    expect(same.status).toBe(200);
    const preflight = await fetch(`${ours.url}/api/tables`, { method: 'OPTIONS', headers: { origin: 'http://allowed.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('(g) oversized request bodies are refused', async () => {
    await holeOnlyInPlain(async (t) => {
      const res = await t.createRequest({ scenario: 'standard', seats: 2, numPlayers: 2, setupData: { scenario: 'standard' }, padding: 'x'.repeat(200_000) });
      return res.status < 400;
    });
    const res = await ours.api.post('/api/tables', { padding: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('bodyTooLarge');
  });

  it('(g) oversized socket messages close the socket', async () => {
    await holeOnlyInPlain(async (t) => {
      const { matchID, seats } = await t.createMatch(2);
      const p = await seated(t, matchID, seats[0]);
      p.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'care', args: [{ padding: 'x'.repeat(200_000) }], playerID: '0', credentials: seats[0].credentials } }, 0, matchID, '0');
      // The server either closes the socket (the round trip fails at once) or answers it after the big message.
      await p.roundTrip().catch(() => undefined);
      const stillOpen = p.socket.connected;
      p.close();
      return stillOpen;
    });
  });

  it('(h) match creation is rate limited per address', async () => {
    const tooMany = async (t: Target) => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await t.createRequest()).status);
      return statuses.every((s) => s < 400);
    };
    expect(await tooMany(plain)).toBe(true);
    const limited = await ourTarget({ CREATE_RATE: '5/600' });
    try {
      expect(await tooMany(limited)).toBe(false);
      const refused = await limited.createRequest();
      expect(refused.status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('(h) joining is rate limited per address, with Retry-After', async () => {
    const target = await ourTarget({ JOIN_RATE: '3/60' });
    try {
      const created = await target.api.post('/api/tables', { scenario: 'standard', seats: 6 });
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await target.api.post(`/api/tables/${created.body.code}/join`, { name: `P${i}` }));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers[3].body.error).toBe('tooManyRequests');
      expect(Number(answers[3].headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
  });

  it('(i) credentials are stored only as a digest', async () => {
    await holeOnlyInPlain(async (t) => {
      const { matchID, seats } = await t.createMatch(2);
      return (await t.storedMetadata(matchID))!.players[0].credentials === seats[0].credentials;
    });
  });

  it('(i) every seat needs credentials, even at a table nobody joined', async () => {
    await holeOnlyInPlain(async (t) => {
      const { matchID } = await t.createMatch(2, 0);
      const s = rawSocket(t.url);
      await s.connected();
      s.socket.emit('sync', matchID, '0', undefined, 2);
      await s.roundTrip();
      const move = await legalMove(t, matchID);
      s.socket.emit('update', move.action(undefined), move.stateID, matchID, '0');
      await s.roundTrip();
      s.close();
      return (await t.storedState(matchID))!._stateID > move.stateID;
    });
  });

  it('(i) credentials are never echoed, listed, broadcast or logged', async () => {
    const { matchID, seats } = await ours.createMatch(3, 2);
    const code = (await ours.storedMetadata(matchID) as unknown as { code: string }).code;
    const p = await seated(ours, matchID, seats[0]);
    const watcher = await seated(ours, matchID, null);
    const move = await legalMove(ours, matchID);
    p.socket.emit('update', move.action(seats[0].credentials), move.stateID, matchID, '0');
    await watcher.next('update');
    // Wrong credentials, in every place they can be sent.
    const wrong = 'WRONG-' + seats[1].credentials;
    const w = rawSocket(ours.url);
    await w.connected();
    w.socket.emit('sync', matchID, '1', wrong, 3);
    await w.next('refused');
    const badLeave = await ours.api.post(`/api/tables/${code}/leave`, { playerID: '1', credentials: wrong });
    await ours.api.post(`/api/tables/${code}/leave`, { playerID: '1', credentials: seats[1].credentials });
    const listed = JSON.stringify([(await ours.api.get('/api/tables')).body, (await ours.api.get(`/api/tables/${code}`)).body, badLeave.body]);
    const sent = JSON.stringify([p.received, watcher.received, w.received]);
    const logs = ours.server.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [seats[0].credentials, seats[1].credentials, wrong]) {
      expect(listed).not.toContain(secret);
      expect(sent).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    expect(listed).not.toContain('"credentials"');
    expect(sent).not.toContain('"credentials"');
    expect(sent).not.toContain('sha256:');
    p.close();
    watcher.close();
    w.close();
  });

  it('(i) credentials are compared as fixed-length digests', () => {
    const stored = digestCredentials('right');
    expect(credentialsMatch(stored, 'right')).toBe(true);
    for (const offered of ['wrong', '', 'right ', undefined, null, 42, { toString: () => 'right' }, 'x'.repeat(1000)]) {
      expect(credentialsMatch(stored, offered)).toBe(false);
    }
    expect(credentialsMatch(undefined, 'right')).toBe(false);
    expect(credentialsMatch('right', 'right')).toBe(false);
  });
});
