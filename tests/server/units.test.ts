/** Small parts of the server: settings, names, codes, queues and the action filter. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/server/config.ts';
import { CODE_ALPHABET, newJoinCode, newMatchID, newSeed, normaliseJoinCode } from '../../src/server/ids.ts';
import { MatchQueues } from '../../src/server/match/queues.ts';
import { checkName } from '../../src/server/names.ts';
import { originPolicy } from '../../src/server/http/origins.ts';
import { playerAction, seatOf } from '../../src/server/transport/socket-limits.ts';

describe('configuration', () => {
  it('has defaults for one machine', () => {
    const c = readConfig({}, '/srv/app');
    expect(c).toMatchObject({ port: 8000, host: '0.0.0.0', dataDir: '/srv/app/data', origins: [], logLevel: 'info', botDelayMs: 1500, trustProxy: false, sqliteSynchronous: 'NORMAL' });
    expect(c.createRate).toEqual({ points: 30, seconds: 600 });
  });

  it('reads every setting from the environment', () => {
    const c = readConfig(
      { PORT: '9000', HOST: '127.0.0.1', DATA_DIR: '/var/soc', ORIGINS: 'https://a.example, http://localhost:5173/', PUBLIC_URL: 'https://school.example/x', LOG_LEVEL: 'WARN', BOT_DELAY_MS: '0', CREATE_RATE: '5/60', TRUST_PROXY: 'true', SQLITE_SYNCHRONOUS: 'full' },
      '/srv',
    );
    expect(c).toMatchObject({ port: 9000, host: '127.0.0.1', dataDir: '/var/soc', origins: ['https://a.example', 'http://localhost:5173'], publicUrl: 'https://school.example', logLevel: 'warn', botDelayMs: 0, trustProxy: true, sqliteSynchronous: 'FULL' });
    expect(c.createRate).toEqual({ points: 5, seconds: 60 });
  });

  it.each([
    [{ PORT: '80a' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ORIGINS: 'evil' }, 'ORIGINS'],
    [{ ORIGINS: 'ftp://x.example' }, 'ORIGINS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ CREATE_RATE: 'many' }, 'CREATE_RATE'],
    [{ CREATE_RATE: '0/10' }, 'CREATE_RATE'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ SQLITE_SYNCHRONOUS: 'OFF' }, 'SQLITE_SYNCHRONOUS'],
  ])('names the variable of a bad value: %j', (env, name) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(name);
  });
});

describe('display names', () => {
  it.each(['Ana', 'Zoë', 'Jan-Pieter', "O'Neil", 'José María', 'Ελένη', 'محمد', '李小龙', '🌱', 'Team 3 (east)'])('accepts %s', (name) => {
    expect(checkName(name)).toEqual({ ok: true, name });
  });
  it('trims and folds spaces', () => {
    expect(checkName('  Ana \t Bo ')).toEqual({ ok: true, name: 'Ana Bo' });
  });
  it.each(['', ' ', '<b>', 'a"b', 'x\u200By', 'a\nb'.replace('\n', '\u0007'), '...', 'x'.repeat(25), '{}'])('refuses %j', (name) => {
    expect(checkName(name).ok).toBe(false);
  });
});

describe('codes, IDs and seeds', () => {
  it('makes join codes of six unambiguous letters', () => {
    const codes = new Set(Array.from({ length: 500 }, newJoinCode));
    expect(codes.size).toBeGreaterThan(495);
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z]{6}$/);
    expect(CODE_ALPHABET).not.toMatch(/[ILO0-9]/);
  });
  it('reads codes as people type them', () => {
    expect(normaliseJoinCode('abc-def')).toBe('ABCDEF');
    expect(normaliseJoinCode(' ab cd ef ')).toBe('ABCDEF');
    expect(normaliseJoinCode('ABCDEI')).toBeUndefined();
    expect(normaliseJoinCode('ABCDE')).toBeUndefined();
    expect(normaliseJoinCode(42)).toBeUndefined();
  });
  it('draws distinct IDs and 128-bit seeds', () => {
    expect(newMatchID()).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(newSeed()).toMatch(/^[0-9a-f]{32}$/);
    expect(newSeed()).not.toBe(newSeed());
  });
});

describe('origins', () => {
  const policy = originPolicy(['https://listed.example']);
  it('allows requests without an Origin, from the same origin and from listed ones', () => {
    expect(policy.allows(undefined, 'localhost:8000')).toBe(true);
    expect(policy.allows('http://localhost:8000', 'localhost:8000')).toBe(true);
    expect(policy.allows('https://listed.example', 'localhost:8000')).toBe(true);
  });
  it('refuses other origins', () => {
    expect(policy.allows('http://evil.example', 'localhost:8000')).toBe(false);
    expect(policy.allows('http://localhost:8001', 'localhost:8000')).toBe(false);
    expect(policy.allows('null', 'localhost:8000')).toBe(false);
    expect(policy.allows('http://localhost:8000', undefined)).toBe(false);
  });
});

describe('per-match queues', () => {
  it('runs the tasks of a match one at a time, in order, and forgets idle matches', async () => {
    const q = new MatchQueues();
    const order: string[] = [];
    let openA!: () => void;
    const aMayEnd = new Promise<void>((r) => (openA = r));
    const task = (name: string, hold?: Promise<void>) => async () => {
      order.push(`${name} starts`);
      await hold;
      order.push(`${name} ends`);
      return name;
    };
    const all = Promise.all([q.run('m', task('a', aMayEnd)), q.run('m', task('b')), q.run('n', task('c'))]);
    expect(q.size).toBe(2);
    // While a holds match m, c (match n) runs to its end and b (match m) has not started:
    // a task queued behind c on n settles once c has.
    await q.run('n', async () => undefined);
    expect(order).toContain('c ends');
    expect(order).not.toContain('b starts');
    openA();
    expect(await all).toEqual(['a', 'b', 'c']);
    expect(order.indexOf('b starts')).toBeGreaterThan(order.indexOf('a ends'));
    await q.idle();
    expect(q.size).toBe(0);
  });
  it('keeps going after a task fails', async () => {
    const q = new MatchQueues();
    await expect(q.run('m', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await q.run('m', async () => 'yes')).toBe('yes');
    await q.idle();
    expect(q.size).toBe(0);
  });
});

describe('client actions', () => {
  const moves = new Set(['travel', 'care']);
  it('rebuilds moves and take-backs for the socket’s own seat, refusing anything more', () => {
    expect(playerAction({ type: 'MAKE_MOVE', payload: { type: 'travel', args: [{ to: 'making' }], playerID: '1', credentials: 'c' } }, '1', moves)).toEqual({
      type: 'MAKE_MOVE',
      payload: { type: 'travel', args: [{ to: 'making' }], playerID: '1' },
    });
    expect(playerAction({ type: 'MAKE_MOVE', payload: { type: 'travel', args: [{ to: 'making' }], playerID: '3', credentials: 'c' } }, '1', moves)?.payload.playerID).toBe('1');
    expect(playerAction({ type: 'MAKE_MOVE', payload: { type: 'travel', args: [{ to: 'making' }], playerID: '1', extra: 1 } }, '1', moves)).toBeUndefined();
    expect(playerAction({ type: 'MAKE_MOVE', payload: { type: 'care' } }, '0', moves)).toEqual({ type: 'MAKE_MOVE', payload: { type: 'care', args: [{}], playerID: '0' } });
    expect(playerAction({ type: 'UNDO', payload: { credentials: 'c' } }, '0', moves)).toEqual({ type: 'UNDO', payload: { type: null, args: null, playerID: '0' } });
  });
  it.each([
    null,
    'MAKE_MOVE',
    { type: 'MAKE_MOVE' },
    { type: 'MAKE_MOVE', payload: { type: 'fly' } },
    { type: 'MAKE_MOVE', payload: { type: 'travel', args: 'x' } },
    { type: 'MAKE_MOVE', payload: { type: 'travel', args: [1] } },
    { type: 'MAKE_MOVE', payload: { type: 'travel', args: [{}, {}] } },
    { type: 'MAKE_MOVE', payload: { type: 'constructor' } },
    { type: 'GAME_EVENT', payload: { type: 'endTurn' } },
    { type: 'UPDATE', state: {}, payload: {} },
    { type: 'SYNC', state: {}, payload: {} },
    { type: 'PATCH', payload: {} },
    { type: 'PLUGIN', payload: { type: 'random' } },
    { type: 'RESET', payload: {} },
  ])('refuses %j', (action) => {
    expect(playerAction(action, '0', moves)).toBeUndefined();
  });
  it('reads seats as boardgame.io names them', () => {
    expect(seatOf('0')).toBe('0');
    expect(seatOf('12')).toBe('12');
    expect(seatOf(null)).toBeNull();
    expect(seatOf(undefined)).toBeNull();
    for (const bad of ['01', '-1', 'x', 0, '100', '__proto__']) expect(seatOf(bad)).toBe('invalid');
  });
});
