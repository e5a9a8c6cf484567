/**
 * The live deck preview behind `npm run deck:dev -- DIR`: serves the built client (the
 * workbench page /deck-dev.html, the card gallery and the hot-seat table) with the deck of one
 * folder, watches the folder and tells open pages about every save with server-sent events.
 *
 * Every save is checked on the same path as deck:check and the lobby server
 * (checkDeckFolder). A deck without errors becomes the deck served as GET /api/content; a save
 * with errors only changes the problem list, so the last good deck stays playable while the
 * designer mends the file.
 */
import { watch, type FSWatcher, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import type { Problem } from '../content/check.ts';
import { checkDeckFolder, readDeckFolder } from '../content/load.ts';
import { CONTENT_SECURITY_POLICY } from '../server/http/guards.ts';
import { deckContent } from './designer-pages.ts';

/** What the workbench page shows: the state of the folder now and of the deck being played. */
export interface DeckDevState {
  /** The deck folder, as the designer gave it. */
  dir: string;
  /** Counts every check of the folder (each save). */
  revision: number;
  /** Counts the good decks served: the gallery and table reload when it changes. */
  goodRevision: number;
  /** The folder as saved now: no errors. */
  ok: boolean;
  /** The problems of the folder as saved now, file:line:column. */
  problems: Problem[];
  /** When the folder was last checked and when the served deck last changed (ISO times). */
  checkedAt: string;
  goodAt: string | null;
}

export interface DeckDev {
  url: string;
  server: Server;
  state(): DeckDevState;
  /** Checks the folder now (the watcher calls this after each save). */
  recheck(): DeckDevState;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.png': 'image/png' };

/** Editors save in bursts (a temporary file, a rename, a touch): check once they are done. */
const SETTLE_MS = 120;

export async function startDeckDev(options: { dir: string; shownDir?: string; clientDir: string; port?: number; host?: string }): Promise<DeckDev> {
  const dir = resolve(options.dir);
  const clientDir = resolve(options.clientDir);
  let state: DeckDevState;
  let good: string | null = null;
  const listeners = new Set<ServerResponse>();

  const recheck = (): DeckDevState => {
    const { problems, ok } = checkDeckFolder(dir);
    const now = new Date().toISOString();
    const previous = state;
    let goodRevision = previous?.goodRevision ?? 0;
    let goodAt = previous?.goodAt ?? null;
    if (ok) {
      const next = deckContent(readDeckFolder(dir).files, problems);
      if (next !== good) {
        good = next;
        goodRevision++;
        goodAt = now;
      }
    }
    state = { dir: options.shownDir ?? dir, revision: (previous?.revision ?? 0) + 1, goodRevision, ok, problems, checkedAt: now, goodAt };
    const event = `event: deck\ndata: ${JSON.stringify(state)}\n\n`;
    for (const res of listeners) res.write(event);
    return state;
  };
  state = recheck();

  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, () => {
      clearTimeout(timer);
      timer = setTimeout(recheck, SETTLE_MS);
    });
  } catch {
    // A folder that does not exist yet: the state already says so; nothing to watch.
  }

  const serveFile = (res: ServerResponse, path: string) => {
    const file = resolve(clientDir, `.${path}`);
    if (!file.startsWith(clientDir + '/')) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' }).end(body);
    } catch {
      // The table client routes its own pages (/hotseat/…): they are index.html.
      if (extname(path) === '') return serveFile(res, '/index.html');
      res.writeHead(404).end();
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/api/content') {
      // Always the last good deck, so the table and gallery keep working through a broken save.
      if (good === null) return void res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'the deck has errors and there is no earlier good deck to show' }));
      return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(good);
    }
    if (path === '/api/deck-dev') return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(state));
    if (path === '/api/deck-dev/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`event: deck\ndata: ${JSON.stringify(state)}\n\n`);
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (path === '/' ) {
      res.writeHead(302, { location: '/deck-dev.html' }).end();
      return;
    }
    serveFile(res, path);
  };

  const server = createServer(handle);
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${address.port}`,
    server,
    state: () => state,
    recheck,
    close: () =>
      new Promise<void>((done) => {
        clearTimeout(timer);
        watcher?.close();
        for (const res of listeners) res.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
