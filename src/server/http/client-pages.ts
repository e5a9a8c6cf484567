/**
 * The built table client (dist/client), from the same port as the game server. Page routes
 * of the single-page app (/watch/CODE, /table/…) get index.html; /cards and /print are pages
 * of their own. A join link (/join/CODE) gets the page with the join form already in it
 * (join-en.html, join-nl.html: src/tools/early-join.ts) in the reader's language, and a
 * Content-Security-Policy that allows that page's own script by its hash. Until the client is
 * built, every page says so.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Middleware } from 'koa';
import serve from 'koa-static';
import { chooseLanguage } from '../../protocol/language.ts';
import { CONTENT_SECURITY_POLICY } from './guards.ts';

const PAGES: Record<string, string> = { '/cards': '/cards.html', '/print': '/print.html' };

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>School of Commons</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
<h1>School of Commons</h1>
<p>The game server is running, but the table client is not built yet.</p>
<p>Run <code>npm start</code> again once <code>src/client/index.html</code> exists (it builds the
client when needed), or build it yourself with <code>npx vite build</code>.</p>
</body></html>
`;

const JOIN_PAGE = /^\/join\/[^/]+\/?$/;

/** The language of a join link's page, chosen as the client chooses (the browser's remembered choice is not sent). */
const joinLanguage = (ctx: Context) => chooseLanguage(ctx.search, null, ctx.acceptsLanguages());

const scriptHashes = new Map<string, { mtimeMs: number; policy: string }>();

/** The page's Content-Security-Policy: the server's own, with each inline script of the page allowed by its hash. */
function policyFor(file: string): string {
  const mtimeMs = statSync(file).mtimeMs;
  const known = scriptHashes.get(file);
  if (known?.mtimeMs === mtimeMs) return known.policy;
  const hashes = [...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  const policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' '));
  scriptHashes.set(file, { mtimeMs, policy });
  return policy;
}

export function clientPages(dir: string, isServerPath: (path: string) => boolean): Middleware {
  const files = serve(dir, {
    index: 'index.html',
    // Hashed assets never change; pages must be asked for again so a new build shows up.
    // The build wrote .br and .gz copies of every text file (src/tools/precompress.ts); the
    // copy the browser accepts is sent, so the answer depends on Accept-Encoding.
    brotli: true,
    gzip: true,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || isServerPath(ctx.path)) return next();
    if (!existsSync(join(dir, 'index.html'))) {
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = NOT_BUILT;
      return;
    }
    ctx.vary('Accept-Encoding');
    await files(ctx, async () => {
      // Not a file: a page of the app, unless it looks like a missing file.
      let page = PAGES[ctx.path.replace(/\/+$/, '')];
      if (!page && /\.[a-z0-9]+$/i.test(ctx.path)) return;
      if (JOIN_PAGE.test(ctx.path)) {
        ctx.vary('Accept-Language');
        const joinPage = `/join-${joinLanguage(ctx)}.html`;
        if (existsSync(join(dir, joinPage))) {
          page = joinPage;
          ctx.set('Content-Security-Policy', policyFor(join(dir, joinPage)));
        }
      }
      const original = ctx.path;
      ctx.path = page && existsSync(join(dir, page)) ? page : '/index.html';
      await files(ctx, async () => undefined);
      ctx.path = original;
    });
  };
}
