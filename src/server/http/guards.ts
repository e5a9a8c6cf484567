/**
 * Middleware every request passes: error answers in the API's shape, a request log line,
 * security headers, CORS limited to the allowed origins, and 503 while shutting down.
 */
import type { Middleware } from 'koa';
import type { Logger } from '../logger.ts';
import { ApiError } from './errors.ts';
import type { OriginPolicy } from './origins.ts';

export function errors(logger: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err instanceof ApiError) {
        ctx.status = err.status;
        ctx.body = { ...err.details, error: err.code, message: err.message };
        return;
      }
      // Koa's own client errors (a malicious path, a bad header) keep their 4xx status.
      const status = (err as { status?: number }).status;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        ctx.status = status;
        ctx.body = { error: status === 404 ? 'notFound' : 'badRequest', message: 'This request cannot be answered.' };
        return;
      }
      logger.error({ err, method: ctx.method, path: ctx.path }, 'request failed');
      ctx.status = 500;
      ctx.body = { error: 'internal', message: 'Something went wrong on the server. Please try again.' };
    }
  };
}

/** One line per request: method, path, status, time. Never headers, query strings or bodies. */
export function requestLog(logger: Logger): Middleware {
  return async (ctx, next) => {
    const started = performance.now();
    await next();
    logger.debug({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}

// The client is a Vite build: scripts and styles from our own origin, React's inline style
// attributes, and the socket back to this server. No 'unsafe-eval': nothing in the pages
// compiles code (the deck checker's validators are compiled at build time).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join('; ');

export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    // Join codes are in page URLs: never hand them to another site.
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('X-Frame-Options', 'SAMEORIGIN');
    ctx.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
    await next();
  };
}

/**
 * CORS for the API: a listed origin may call it and read the answers; a page on any other
 * origin (not the server's own) is refused outright, so even a "simple" cross-site POST
 * changes nothing.
 */
export function cors(policy: OriginPolicy, isApi: (path: string) => boolean): Middleware {
  return async (ctx, next) => {
    const origin = ctx.get('origin') || undefined;
    ctx.vary('Origin');
    if (origin === undefined || !isApi(ctx.path)) return next();
    if (!policy.allows(origin, ctx.get('host'))) {
      throw new ApiError(403, 'badOrigin', 'This server does not take requests from pages on other sites.');
    }
    if (policy.isListed(origin)) {
      ctx.set('Access-Control-Allow-Origin', origin);
      if (ctx.method === 'OPTIONS') {
        ctx.set('Access-Control-Allow-Methods', 'GET, POST');
        ctx.set('Access-Control-Allow-Headers', 'Content-Type, Authorization');
        ctx.set('Access-Control-Max-Age', '600');
        ctx.status = 204;
        return;
      }
    }
    await next();
  };
}

export function refuseWhileDraining(isDraining: () => boolean): Middleware {
  return async (ctx, next) => {
    if (isDraining()) {
      ctx.set('Connection', 'close');
      throw new ApiError(503, 'shuttingDown', 'The server is restarting. Please try again in a moment.');
    }
    await next();
  };
}
