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

/**
 * What no route answered, in the API's JSON form: a server path with no route (404, never the
 * client's page), and a path asked with a method it does not take (405, with an Allow header
 * naming those it does, set by the routers' method check, router.allowedMethods) or one the
 * server does not know (501). Placed before the routers and their method check, it looks once
 * they have run.
 */
export function unansweredRequests(): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.body != null) return;
    if (ctx.status === 405) throw new ApiError(405, 'methodNotAllowed', 'This address does not take that method.');
    if (ctx.status === 501) throw new ApiError(501, 'notImplemented', 'This server does not know that method.');
    if (ctx.status === 404 && isServerPath(ctx.path)) throw new ApiError(404, 'notFound', 'There is no such API route.');
  };
}
