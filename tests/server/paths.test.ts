/**
 * Guards and routers see one form of a path: a foreign page cannot walk around the origin
 * guard with capitals, a trailing slash, doubled slashes or percent-escapes, and every path
 * under /api answers the API's JSON error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalPath } from '../../src/server/http/paths.ts';
import { startServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const FOREIGN = { origin: 'https://evil.example' };

describe('one form of a path', () => {
  it('decodes plain characters, folds slashes and lower-cases the server’s own first segment only', () => {
    expect(canonicalPath('/API/tables')).toBe('/api/tables');
    expect(canonicalPath('/%61pi/tables')).toBe('/api/tables');
    expect(canonicalPath('/%41PI/Tables/ABCDEF/join')).toBe('/api/Tables/ABCDEF/join');
    expect(canonicalPath('//api//tables/')).toBe('/api/tables/');
    expect(canonicalPath('/Socket.IO/x')).toBe('/socket.io/x');
    expect(canonicalPath('/api/a%2Fb')).toBe('/api/a%2Fb');
    expect(canonicalPath('/join/ABCDEF')).toBe('/join/ABCDEF');
  });
});

describe('the origin guard covers every spelling of an API path', () => {
  const creates = ['/API/tables', '/Api/Tables', '/api/tables/', '/%61pi/tables', '/%41PI/TABLES', '//api/tables', '/api//tables', '/api/%74ables'];
  for (const path of creates) {
    it(`POST ${path} from a foreign page creates nothing`, async () => {
      const before = (await server.api.get('/api/tables')).body.length;
      const answer = await server.api.post(path, { scenario: 'standard', seats: 2 }, FOREIGN);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: 'badOrigin' });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect((await server.api.get('/api/tables')).body.length).toBe(before);
    });
  }

  it('a mixed-case join path from a foreign page issues no credentials', async () => {
    const created = await server.api.post('/api/tables', { scenario: 'standard', seats: 2 });
    for (const path of [`/API/TABLES/${created.body.code}/JOIN`, `/api/tables/${created.body.code}/join/`, `/%61pi/tables/${created.body.code}/join`]) {
      const answer = await server.api.post(path, { name: 'Eve' }, FOREIGN);
      expect(answer.status, path).toBe(403);
      expect(JSON.stringify(answer.body)).not.toContain('credentials');
    }
    const table = (await server.api.get(`/api/tables/${created.body.code}`)).body;
    expect(table.seats.every((s: { name: string | null }) => s.name === null)).toBe(true);
  });

  it('the same spellings from the server’s own page reach the same route', async () => {
    const answer = await server.api.post('/API/tables/', { scenario: 'standard', seats: 2 });
    expect(answer.status).toBe(201);
  });
});

describe('every path under /api answers JSON', () => {
  const paths: [method: 'GET' | 'POST' | 'DELETE' | 'PUT', path: string, status: number][] = [
    ['GET', '/api', 404],
    ['GET', '/api/', 404],
    ['GET', '/API', 404],
    ['GET', '/api/nothing/here', 404],
    ['GET', '/api/%zz', 404],
    // Paths that exist, asked with a method they do not take: 405, whichever router has them.
    ['DELETE', '/api/tables', 405],
    ['PUT', '/api/content', 405],
    ['DELETE', '/api/tables/ABCDEF', 405],
    ['PUT', '/api/matches/abcdefabcdefabcd/turn', 405],
    ['DELETE', '/api/sessions', 405],
    ['POST', '/healthz', 405],
    ['DELETE', '/Metrics', 405],
    ['GET', '/socket.io', 404],
  ];
  for (const [method, path, status] of paths) {
    it(`${method} ${path}: ${status} with { error, message }`, async () => {
      const res = await fetch(server.url + path, { method });
      expect(res.status).toBe(status);
      // A 405 says what the address does take.
      if (status === 405) expect(res.headers.get('allow')).toMatch(/GET|POST/);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await res.json()) as { error: string; message: string };
      expect(typeof body.error).toBe('string');
      expect(body.message.length).toBeGreaterThan(5);
    });
  }
});
