/**
 * DNS rebinding: a foreign page whose name resolves to the facilitator's laptop sends its own
 * name as Host. The server answers only to its own names and addresses, PUBLIC_URL's host and
 * ALLOWED_HOSTS, for the API, the pages and the game socket.
 */
import { request } from 'node:http';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/server/config.ts';
import { hostName, hostPolicy } from '../../src/server/http/hosts.ts';
import { startServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ALLOWED_HOSTS: 'school.example, 10.9.8.7:8000', PUBLIC_URL: 'https://play.example' });
});
afterAll(() => server.close());

/** A request with a Host header of our choosing (fetch would not send it). */
function ask(method: string, path: string, host: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, headers: { host, ...(payload ? { 'content-type': 'application/json' } : {}), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* keep the text */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('the Host header', () => {
  it('a foreign name is refused with 421 and JSON, even as its own page’s origin', async () => {
    const before = (await server.api.get('/api/tables')).body.length;
    const answer = await ask('POST', '/api/tables', 'rebound.evil.example:8000', { scenario: 'standard', seats: 2 }, { origin: 'http://rebound.evil.example:8000' });
    expect(answer.status).toBe(421);
    expect(answer.body).toMatchObject({ error: 'badHost' });
    expect((await server.api.get('/api/tables')).body.length).toBe(before);
    expect((await ask('GET', '/api/content', 'rebound.evil.example')).status).toBe(421);
    expect((await ask('GET', '/', 'rebound.evil.example')).status).toBe(421);
  });

  it('the game socket refuses a foreign name', async () => {
    const answer = await ask('GET', '/socket.io/?EIO=4&transport=polling', 'rebound.evil.example');
    expect(answer.status).toBe(403);
    expect((await ask('GET', '/socket.io/?EIO=4&transport=polling', `127.0.0.1:${server.port}`)).status).toBe(200);
  });

  it('answers to this machine, PUBLIC_URL and ALLOWED_HOSTS', async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `[::1]:${server.port}`, hostname(), 'play.example', 'SCHOOL.example:8000', '10.9.8.7']) {
      expect((await ask('GET', '/api/tables', host)).status, host).toBe(200);
    }
  });

  it('reads names like a browser writes them', () => {
    expect(hostName('School.Example:8000')).toBe('school.example');
    expect(hostName('[::1]:80')).toBe('::1');
    expect(hostName('a b')).toBeUndefined();
    expect(hostPolicy({ allowedHosts: ['*'] }).allows('anything.example')).toBe(true);
    expect(hostPolicy({ allowedHosts: [] }).allows(undefined)).toBe(true);
    expect(hostPolicy({ allowedHosts: [] }).allows('anything.example')).toBe(false);
  });

  it('a bad ALLOWED_HOSTS stops the server with a sentence', () => {
    expect(() => readConfig({ ALLOWED_HOSTS: 'https://school.example/' })).toThrow(ConfigError);
    expect(() => readConfig({ ALLOWED_HOSTS: 'https://school.example/' })).toThrow(/ALLOWED_HOSTS lists host names/);
  });
});
