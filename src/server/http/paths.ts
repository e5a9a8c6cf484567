/**
 * One form of every request path, made once, before any guard or router looks at it. The
 * routers match case-insensitively and decode percent-escapes, while a guard compares
 * prefixes: without one normalisation `POST /API/tables` or `/%61pi/tables` passed the
 * origin guard and still reached the route. Here percent-escapes of plain characters are
 * decoded, repeated slashes folded, and the server's own first segments (api, healthz,
 * metrics, socket.io) lower-cased; `ctx.path` is then that form for everything after.
 */
import type { Middleware } from 'koa';
import { ApiError } from './errors.ts';

const SERVER_SEGMENTS = ['api', 'healthz', 'metrics', 'socket.io'];

/** RFC 3986's unreserved characters: escaping them changes nothing, so they are decoded. */
function decodeUnreserved(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : escape.toUpperCase();
  });
}

export function canonicalPath(path: string): string {
  const folded = decodeUnreserved(path).replace(/\/{2,}/g, '/');
  const [, first = '', rest = ''] = /^\/([^/]*)(.*)$/s.exec(folded) ?? [];
  const lower = first.toLowerCase();
  return SERVER_SEGMENTS.includes(lower) ? `/${lower}${rest}` : folded;
}

/** Paths the server answers itself (in canonical form); every other GET is a page of the client. */
export function isServerPath(path: string): boolean {
  return path === '/healthz' || path === '/metrics' || path === '/api' || path.startsWith('/api/') || path === '/socket.io' || path.startsWith('/socket.io/');
}

/** Puts the canonical form in ctx.path (the query string stays as it was). */
export function canonicalPaths(): Middleware {
  return async (ctx, next) => {
    const canonical = canonicalPath(ctx.path);
    if (canonical !== ctx.path) ctx.path = canonical;
    await next();
  };
}

/** After the routers: a server path no route answered gets the API's JSON 404, never text. */
export function serverPathsNotFound(): Middleware {
  return async (ctx, next) => {
    if (!isServerPath(ctx.path)) return next();
    throw new ApiError(404, 'notFound', 'There is no such API route.');
  };
}
