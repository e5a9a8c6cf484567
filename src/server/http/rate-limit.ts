/**
 * Rate limits per client address (rate-limiter-flexible, in memory): table creation and
 * seat joining, so one address cannot fill the store with tables or try codes by the
 * thousand. Answers 429 with Retry-After.
 */
import type { Middleware } from 'koa';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.ts';
import type { Metrics } from '../metrics.ts';
import { ApiError } from './errors.ts';

export function rateLimit(name: string, limit: RateLimit, metrics: Metrics): Middleware {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds });
  return async (ctx, next) => {
    try {
      await limiter.consume(ctx.ip || 'unknown');
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      metrics.rateLimited.inc({ limit: name });
      ctx.set('Retry-After', String(Math.max(1, Math.ceil(err.msBeforeNext / 1000))));
      throw new ApiError(429, 'tooManyRequests', 'Too many requests from this address. Please wait a moment and try again.');
    }
    await next();
  };
}
