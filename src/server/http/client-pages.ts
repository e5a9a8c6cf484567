/**
 * The built table client (dist/client), from the same port as the game server. Page routes
 * of the single-page app (/join/CODE, /watch/CODE, /table/…) get index.html; /cards and
 * /print are pages of their own. Until the client is built, every page says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Middleware } from 'koa';
import serve from 'koa-static';

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
      const page = PAGES[ctx.path.replace(/\/+$/, '')];
      if (!page && /\.[a-z0-9]+$/i.test(ctx.path)) return;
      const original = ctx.path;
      ctx.path = page && existsSync(join(dir, page)) ? page : '/index.html';
      await files(ctx, async () => undefined);
      ctx.path = original;
    });
  };
}
