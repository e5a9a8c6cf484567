/**
 * One session served by two instances on one PostgreSQL database and one Redis, as
 * docs/deploy.md runs them: what the facilitator does through one instance reaches a
 * dashboard stream open on the other, and a participant's call for help sent to the second
 * reaches the facilitator's stream on the first. Behind a real nginx (deploy/nginx.conf), the
 * facilitator's dashboard and its live stream work through the proxy while the participants'
 * actions land on either instance.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../src/protocol/sessions.ts';
import { createApp, type App } from '../../../src/server/app.ts';
import { connectCluster } from '../../../src/server/cluster/cluster.ts';
import { readConfig } from '../../../src/server/config.ts';
import { createLogger } from '../../../src/server/logger.ts';
import { PostgresStore } from '../../../src/server/storage/postgres.ts';
import { startNginx } from '../cluster/nginx.ts';
import { databaseUrl, freshSchema, needs, redisUrl } from '../cluster/services.ts';
import { apiFor, testDeck, type Api } from '../helpers/server.ts';

const run = describe.skipIf(!databaseUrl || !redisUrl);
const schema = freshSchema('sessions');
const dataDir = mkdtempSync(join(tmpdir(), 'soc-sessions-2-'));
const instances: { app: App; api: Api; url: string }[] = [];

async function instance() {
  const config = readConfig({ DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'none'), BOT_DELAY_MS: '0', LOG_LEVEL: 'warn' });
  const logger = createLogger('warn');
  const store = new PostgresStore({ connectionString: databaseUrl!, schema });
  await store.connect();
  const cluster = await connectCluster(redisUrl!, logger);
  const { content, files } = testDeck();
  const app = createApp({ config, content, contentFiles: files, store, logger, cluster });
  const address = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  const made = { app, api: apiFor(url), url };
  instances.push(made);
  return made;
}

/**
 * Opens a session stream; `opened` resolves with its first event (sent once the stream hears
 * every later change), `found` with the first event that satisfies `wanted`.
 */
function streamUntil<T>(url: string, key: string, wanted: (data: T) => boolean, ms = 10_000): { opened: Promise<void>; found: Promise<T> } {
  let opened!: () => void;
  const first = new Promise<void>((r) => (opened = r));
  return { opened: first, found: read(url, key, wanted, ms, opened) };
}

async function read<T>(url: string, key: string, wanted: (data: T) => boolean, ms: number, opened: () => void): Promise<T> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    const res = await fetch(url, { headers: { authorization: `Bearer ${key}` }, signal: abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const line = buffer.slice(0, end).split('\n').find((l) => l.startsWith('data: '));
        buffer = buffer.slice(end + 2);
        if (!line) continue;
        const data = JSON.parse(line.slice(6)) as T;
        opened();
        if (wanted(data)) return data;
      }
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

run(`a session across two instances${needs('postgres', 'redis')}`, () => {
  beforeAll(async () => {
    await instance();
    await instance();
  });
  afterAll(async () => {
    for (const i of instances) await i.app.shutdown();
    const admin = new pg.Pool({ connectionString: databaseUrl!, max: 1 });
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('streams what happens on one instance to the dashboard and participants on the other', async () => {
    const [a, b] = instances;
    const created = await a.api.post('/api/sessions', { title: 'Two', seatsPerTable: 2, tables: 2 });
    expect(created.status).toBe(201);
    const { sessionID, code, facilitatorKey } = created.body;
    const ana = (await b.api.post(`/api/sessions/join/${code}`, { name: 'Ana' })).body;
    await b.api.post(`/api/sessions/join/${code}`, { name: 'Bo' });
    const auth = { authorization: `Bearer ${facilitatorKey}` };
    expect((await b.api.post(`/api/sessions/${sessionID}/start`, {}, auth)).status).toBe(200);

    // The dashboard stream on B hears a pause made through A.
    const paused = streamUntil<Dashboard>(`${b.url}/api/sessions/${sessionID}/events`, facilitatorKey, (d) => d.tables.every((t) => t.paused));
    await paused.opened;
    expect((await a.api.post(`/api/sessions/${sessionID}/pause`, {}, auth)).status).toBe(200);
    expect((await paused.found).status).toBe('running');

    // Ana's call for help, sent to B, reaches the facilitator's stream on A.
    const help = streamUntil<Dashboard>(`${a.url}/api/sessions/${sessionID}/events`, facilitatorKey, (d) => d.tables[0].help !== null);
    await help.opened;
    expect((await b.api.post(`/api/sessions/${sessionID}/me/help`, { text: 'Stuck' }, { authorization: `Bearer ${ana.participantKey}` })).status).toBe(200);
    expect((await help.found).tables[0].help).toMatchObject({ by: 'Ana', text: 'Stuck' });

    // The participant stream on A hears the broadcast sent through B.
    const heard = streamUntil<{ broadcast: { text: string } | null }>(`${a.url}/api/sessions/${sessionID}/me/events`, ana.participantKey, (v) => v.broadcast?.text === 'Back to the plenary');
    await heard.opened;
    await b.api.post(`/api/sessions/${sessionID}/broadcast`, { text: 'Back to the plenary' }, auth);
    expect((await heard.found).broadcast!.text).toBe('Back to the plenary');
  }, 60_000);

  it('runs through nginx: created and watched through the proxy, with people on both instances', async () => {
    const [a, b] = instances;
    const nginx = await startNginx(instances.map((i) => Number(new URL(i.url).port)));
    try {
      const proxy = apiFor(nginx.url);
      const created = await proxy.post('/api/sessions', { title: 'Proxied', seatsPerTable: 2, tables: 2 });
      expect(created.status).toBe(201);
      const { sessionID, code, facilitatorKey } = created.body;
      const auth = { authorization: `Bearer ${facilitatorKey}` };
      // The stream goes through nginx (no buffering: each event arrives as it is sent).
      const everyone = streamUntil<Dashboard>(`${nginx.url}/api/sessions/${sessionID}/events`, facilitatorKey, (d) => d.participants.length === 4);
      await everyone.opened;
      for (const [i, name] of ['Ana', 'Bo', 'Chen', 'Dee'].entries()) {
        expect((await [a, b][i % 2].api.post(`/api/sessions/join/${code}`, { name })).status).toBe(200);
      }
      expect((await everyone.found).participants.map((p) => p.name).sort()).toEqual(['Ana', 'Bo', 'Chen', 'Dee']);
      const started = streamUntil<Dashboard>(`${nginx.url}/api/sessions/${sessionID}/events`, facilitatorKey, (d) => d.status === 'running');
      await started.opened;
      expect((await proxy.post(`/api/sessions/${sessionID}/start`, {}, auth)).status).toBe(200);
      const running = await started.found;
      expect(running.tables.map((t) => t.seats.filter((s) => s.name).length)).toEqual([2, 2]);
      const dashboard = await proxy.get(`/api/sessions/${sessionID}`, auth);
      expect(dashboard.body.tables.map((t: { code: string }) => t.code)).toEqual(running.tables.map((t) => t.code));
      expect(nginx.errors()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
    } finally {
      await nginx.stop();
    }
  }, 60_000);
});
