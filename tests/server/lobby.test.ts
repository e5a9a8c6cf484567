/**
 * The Lobby API as docs/api.md describes it, the operational endpoints, and the client pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_FILE_NAMES } from '../../src/content/schema.ts';
import { CODE_ALPHABET } from '../../src/server/ids.ts';
import type { TableMetadata } from '../../src/server/storage/store.ts';
import { compressFiles } from '../../src/tools/precompress.ts';
import { roomAddresses } from '../../src/server/addresses.ts';
import { startServer, tableWith, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ PUBLIC_URL: 'https://school.example' });
});
afterAll(async () => {
  await server.close();
});

describe('operations', () => {
  it('GET /healthz answers ok with the kind of storage', async () => {
    const res = await server.api.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, storage: 'sqlite' });
  });

  it('GET /metrics has process metrics and the game server metrics', async () => {
    await tableWith(server, ['Ana']);
    const res = await server.api.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    for (const name of ['process_cpu_seconds_total', 'nodejs_heap_size_used_bytes', 'soc_matches_created_total', 'soc_matches_active', 'soc_moves_total', 'soc_move_duration_seconds_bucket', 'soc_connected_clients', 'soc_joins_total']) {
      expect(res.body, name).toContain(name);
    }
    expect(res.body).toMatch(/soc_matches_created_total [1-9]/);
    expect(res.body).toMatch(/soc_joins_total\{result="joined"\} [1-9]/);
  });

  it('/healthz and /metrics are only read: other methods get 405 and what they take, GET and HEAD still answer', async () => {
    for (const path of ['/healthz', '/metrics']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const res = await fetch(server.url + path, { method });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD');
        expect(await res.json()).toMatchObject({ error: 'methodNotAllowed' });
      }
      const options = await fetch(server.url + path, { method: 'OPTIONS' });
      expect([options.status, options.headers.get('allow')]).toEqual([204, 'GET, HEAD']);
      expect((await fetch(server.url + path, { method: 'HEAD' })).status).toBe(200);
      expect((await fetch(server.url + path)).status).toBe(200);
    }
  });

  it('GET /api/content answers every content file and the problems list', async () => {
    const res = await server.api.get('/api/content');
    expect(Object.keys(res.body.files).sort()).toEqual(CONTENT_FILE_NAMES.map((n) => `${n}.json`).sort());
    expect(res.body.files['scenarios.json'].scenarios.length).toBeGreaterThan(0);
    expect(Array.isArray(res.body.problems)).toBe(true);
  });

  it('GET /api/content comes compressed as the browser asks, and not again to a browser that has it', async () => {
    const raw = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
        get(`${server.url}/api/content`, { headers }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (d: Buffer) => parts.push(d));
          res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
        }).on('error', fail);
      });
    const plain = await raw({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const deck = JSON.parse(plain.body.toString('utf8'));
    const br = await raw({ 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(deck);
    const gz = await raw({ 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(deck);
    const again = await raw({ 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('sends security headers and answers unknown API routes with a JSON 404', async () => {
    const res = await server.api.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('notFound');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('creating tables', () => {
  it('answers a join code, a join link and a spectator link', async () => {
    const res = await server.api.post('/api/tables', { scenario: 'intro', seats: 4 });
    expect(res.status).toBe(201);
    const { matchID, code, joinUrl, spectatorUrl } = res.body;
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(joinUrl).toBe(`https://school.example/join/${code}`);
    expect(spectatorUrl).toBe(`https://school.example/watch/${code}`);
    const table = (await server.api.get(`/api/tables/${code}`)).body;
    expect(table).toMatchObject({ code, matchID, scenario: 'intro', over: false });
    expect(table.seats).toHaveLength(4);
    expect(typeof table.createdAt).toBe('number');
    // The same record by the match's ID, for a seat link that carries no code.
    expect((await server.api.get(`/api/matches/${matchID}/table`)).body).toEqual(table);
  });

  it('says a match it does not have is no table, by its ID', async () => {
    for (const id of ['abcdefghijklmnop', 'not a match id']) {
      const res = await server.api.get(`/api/matches/${encodeURIComponent(id)}/table`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('unknownMatch');
    }
  });

  it.each([
    [{ scenario: 'nope', seats: 2 }, 400, 'unknownScenario'],
    [{ scenario: 'standard', seats: 0 }, 400, 'badSeats'],
    [{ scenario: 'standard', seats: 7 }, 400, 'badSeats'],
    [{ scenario: 'standard', seats: '2' }, 400, 'badSeats'],
    [{ scenario: 'standard', seats: 2.5 }, 400, 'badSeats'],
    [{ scenario: 'standard', seats: 2, bots: [2] }, 400, 'badBots'],
    [{ scenario: 'standard', seats: 2, bots: [0, 0] }, 400, 'badBots'],
    [{ scenario: 'standard', seats: 2, bots: 'all' }, 400, 'badBots'],
    [[1, 2], 400, 'badJson'],
    ['{"scenario":', 400, 'badJson'],
  ])('refuses %j with %i %s', async (body, status, error) => {
    const res = await server.api.post('/api/tables', body);
    expect(res.status).toBe(status);
    expect(res.body.error).toBe(error);
    expect(typeof res.body.message).toBe('string');
  });

  it('deals the roles and cases the table chose, seat by seat', async () => {
    const res = await server.api.post('/api/tables', { scenario: 'standard', seats: 2, roles: ['maker', 'connector'], cases: ['time-bank', 'repair-cafe'] });
    expect(res.status).toBe(201);
    const { state } = (await server.store.fetch(res.body.matchID, { state: true })) as { state: { G: { players: { role: string }[]; cases: { id: string }[] } } };
    expect(state.G.players.map((p) => p.role)).toEqual(['maker', 'connector']);
    expect(state.G.cases.map((c) => c.id)).toEqual(['time-bank', 'repair-cafe']);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(`${server.url}/api/tables`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'scenario=standard' });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toBe('notJson');
  });

  it('lists the tables opened as listed, without finished ones', async () => {
    const open = await tableWith(server, ['Ana', 'Bo'], { listed: true });
    const over = await tableWith(server, ['Cy'], { listed: true });
    const m = (await server.store.fetch(over.matchID, { metadata: true })).metadata as TableMetadata;
    await server.store.setMetadata(over.matchID, { ...m, gameover: { result: 'won' } });
    const list = (await server.api.get('/api/tables')).body as { code: string; over: boolean }[];
    expect(list.map((t) => t.code)).toContain(open.code);
    expect(list.map((t) => t.code)).not.toContain(over.code);
    expect(list.every((t) => t.over === false)).toBe(true);
  });
});

describe('joining', () => {
  it('seats players in order, or in the seat they ask for, with their names', async () => {
    const created = (await server.api.post('/api/tables', { scenario: 'standard', seats: 3 })).body;
    const a = await server.api.post(`/api/tables/${created.code}/join`, { name: '  Zoë   van Dijk ' });
    const c = await server.api.post(`/api/tables/${created.code.toLowerCase()}/join`, { name: '李小龙', seat: 2 });
    const b = await server.api.post(`/api/tables/${created.code.slice(0, 3)}-${created.code.slice(3)}/join`, { name: '👩🏽‍🏫 Lin' });
    expect([a.body.playerID, b.body.playerID, c.body.playerID]).toEqual(['0', '1', '2']);
    expect(a.body.matchID).toBe(created.matchID);
    expect(a.body.credentials).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const table = (await server.api.get(`/api/tables/${created.code}`)).body;
    expect(table.seats.map((s: { name: string }) => s.name)).toEqual(['Zoë van Dijk', '👩🏽‍🏫 Lin', '李小龙']);
    // Each join answers the table as it is after it, as the lookup would: the waiting room opens without asking again.
    expect(a.body.table.seats.map((s: { name: string | null }) => s.name)).toEqual(['Zoë van Dijk', null, null]);
    expect(b.body.table).toEqual(table);
    const full = await server.api.post(`/api/tables/${created.code}/join`, { name: 'Dee' });
    expect(full.status).toBe(409);
    expect(full.body.error).toBe('tableFull');
  });

  it.each([
    [{ name: '' }, 'badName'],
    [{ name: '   ' }, 'badName'],
    [{}, 'badName'],
    [{ name: 42 }, 'badName'],
    [{ name: 'x'.repeat(25) }, 'badName'],
    [{ name: '<script>alert(1)</script>' }, 'badName'],
    [{ name: 'Ana\u0000' }, 'badName'],
    [{ name: 'Ana\u202E' }, 'badName'],
    [{ name: '---' }, 'badName'],
    [{ name: 'Ana', seat: 9 }, 'badSeat'],
    [{ name: 'Ana', seat: '1' }, 'badSeat'],
  ])('refuses %j with 400 %s', async (body, error) => {
    const created = (await server.api.post('/api/tables', { scenario: 'standard', seats: 2 })).body;
    const res = await server.api.post(`/api/tables/${created.code}/join`, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(error);
  });

  it('says when a seat is taken, a code is wrong and a match is over', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    await server.api.post(`/api/tables/${t.code}/leave`, { playerID: '1', credentials: t.seats[1].credentials });
    const taken = await server.api.post(`/api/tables/${t.code}/join`, { name: 'Cy', seat: 0 });
    expect([taken.status, taken.body.error]).toEqual([409, 'seatTaken']);
    for (const code of ['ZZZZZZ', 'ABC', 'I0O1L!', '../../etc']) {
      const wrong = await server.api.post(`/api/tables/${encodeURIComponent(code)}/join`, { name: 'Cy' });
      expect([wrong.status, wrong.body.error], code).toEqual([404, 'unknownCode']);
    }
    expect((await server.api.get('/api/tables/ZZZZZZ')).status).toBe(404);
    const m = (await server.store.fetch(t.matchID, { metadata: true })).metadata as TableMetadata;
    await server.store.setMetadata(t.matchID, { ...m, gameover: { result: 'lost', reason: 'crisis' } });
    const over = await server.api.post(`/api/tables/${t.code}/join`, { name: 'Cy' });
    expect([over.status, over.body.error]).toEqual([410, 'matchOver']);
  });

  it('gives each seat to exactly one of many players joining at once', async () => {
    const created = (await server.api.post('/api/tables', { scenario: 'standard', seats: 4 })).body;
    const answers = await Promise.all(Array.from({ length: 7 }, (_, i) => server.api.post(`/api/tables/${created.code}/join`, { name: `P${i}` })));
    const seated = answers.filter((a) => a.status === 200).map((a) => a.body.playerID);
    expect(seated.sort()).toEqual(['0', '1', '2', '3']);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error === 'tableFull')).toBe(true);
  });
});

const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const place${i} = 'the storehouse, the circle, the garden';`).join('\n');

describe('client pages', () => {
  let pages: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soc-client-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>table</title>');
    writeFileSync(join(dir, 'cards.html'), '<!doctype html><title>cards</title>');
    writeFileSync(join(dir, 'print.html'), '<!doctype html><title>print</title>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'big-5678.js'), BIG_SCRIPT);
    compressFiles(dir);
    pages = await startServer({ CLIENT_DIR: dir });
  });
  afterAll(async () => {
    await pages.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/', 'table'],
    ['/join/ABCDEF', 'table'],
    ['/watch/ABCDEF', 'table'],
    ['/table/xyz/0', 'table'],
    ['/cards', 'cards'],
    ['/print/', 'print'],
  ])('serves %s as the %s page', async (path, title) => {
    const res = await fetch(pages.url + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain(`<title>${title}</title>`);
  });

  it('serves hashed assets for a year and answers missing files with 404', async () => {
    const asset = await fetch(`${pages.url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${pages.url}/assets/missing.js`)).status).toBe(404);
    const escape = await fetch(`${pages.url}/..%2f..%2fpackage.json`);
    expect([400, 403, 404]).toContain(escape.status);
    expect(await escape.text()).not.toContain('school-of-commons');
  });

  it('sends the compressed copy the browser accepts (brotli, else gzip), cached for a year, varying by Accept-Encoding', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const res = await fetch(`${pages.url}/assets/big-5678.js`, { headers: { 'accept-encoding': accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(res.headers.get('cache-control')).toContain('immutable');
      expect(res.headers.get('content-type')).toContain('javascript');
      expect(await res.text()).toBe(BIG_SCRIPT);
    }
  });

  it('gives a host who opened localhost invite links with this machine\'s network address (without PUBLIC_URL)', async () => {
    const res = await fetch(`${pages.url}/api/tables`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'intro', seats: 2 }) });
    const created = await res.json();
    const port = Number(new URL(pages.url).port);
    const expected = roomAddresses(port)[0] ?? pages.url;
    expect(created.joinUrl).toBe(`${expected}/join/${created.code}`);
    const table = await (await fetch(`${pages.url}/api/tables/${created.code}`)).json();
    expect(table.joinUrl).toBe(`${expected}/join/${created.code}`);
    expect(table.spectatorUrl).toBe(`${expected}/watch/${created.code}`);
  });

  it('says the client is not built when it is not', async () => {
    const res = await fetch(`${server.url}/join/ABCDEF`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('not built yet');
  });
});
