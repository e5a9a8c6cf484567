/**
 * The designer pages (/cards, /print) built and served outside the lobby server: for deck:pdf
 * and for browser tests. Builds only the pages asked for, so it works apart from the table
 * client, and serves the deck as GET /api/content with the lobby server's answer shape.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Problem } from '../content/check.ts';
import { CONTENT_SECURITY_POLICY } from '../server/http/guards.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH to use another. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Flags for Chromium as root in a container, with nothing reaching out to the network.
 * playwright adds --headless and a fresh profile (user data dir) of its own. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function buildDesignerPages(outDir: string, pages: ('cards' | 'print' | 'deck-dev' | 'index')[]): Promise<void> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { precompiledValidators } = await import('./standalone-validators.ts');
  const root = join(ROOT, 'src/client');
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [react(), precompiledValidators()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: Object.fromEntries(pages.map((p) => [p, join(root, `${p}.html`)])) },
    },
  });
}

/** The body of GET /api/content for a deck read as file name → text. */
export function deckContent(files: Record<string, string>, problems: Problem[]): string {
  const parsed: Record<string, unknown> = {};
  // A file that is not JSON is sent as its text; the page checks it and shows the problem.
  for (const [name, text] of Object.entries(files)) {
    try {
      parsed[name] = JSON.parse(text);
    } catch {
      parsed[name] = text;
    }
  }
  return JSON.stringify({ files: parsed, problems });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves built pages and a deck on 127.0.0.1 on a free port. */
export function serveDesignerPages(built: string, content: string): Promise<{ server: Server; url: string }> {
  return new Promise((done, reject) => {
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/api/content') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(content);
        return;
      }
      const file = resolve(built, `.${path}`);
      if (!file.startsWith(built + '/')) return void res.writeHead(403).end();
      try {
        const body = readFileSync(file);
        // The lobby server's policy, so that what breaks under it breaks here too.
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('no port'));
      done({ server, url: `http://127.0.0.1:${address.port}` });
    });
  });
}
