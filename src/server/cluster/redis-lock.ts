/**
 * The per-match lock between instances: a Redis key `soc:lock:<matchID>` set with NX (only
 * if nobody holds it) and PX (it expires by itself if its holder dies), holding a random
 * token, so that only the holder can delete it (a Lua compare-and-delete). A move takes a few
 * milliseconds, far below the expiry; should one ever outlive it, the store's compare-and-set
 * on `_stateID` still refuses the second writer.
 *
 * Waiting is a short poll with growing pauses (1 ms up to 20 ms): contention is two or three
 * players of one table clicking at once, never a crowd.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { MatchLock } from '../match/lock.ts';

export interface RedisLockOptions {
  /** How long a held lock lives if its holder never lets go (a killed instance). */
  ttlMs?: number;
  /** How long to wait for a busy match before giving up. */
  waitMs?: number;
  prefix?: string;
}

class MatchBusyError extends Error {
  constructor(matchID: string, waitMs: number) {
    super(`match ${matchID} stayed locked by another instance for ${waitMs} ms`);
    this.name = 'MatchBusyError';
  }
}

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RedisMatchLock implements MatchLock {
  private readonly ttlMs: number;
  private readonly waitMs: number;
  private readonly prefix: string;
  /** Times a lock had to be waited for (for tests and metrics: contention really happens). */
  waits = 0;

  constructor(
    private readonly redis: Redis,
    options: RedisLockOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.waitMs = options.waitMs ?? 15_000;
    this.prefix = options.prefix ?? 'soc:';
  }

  async hold<T>(matchID: string, task: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}lock:${matchID}`;
    const token = randomBytes(12).toString('base64url');
    const deadline = Date.now() + this.waitMs;
    let delay = 1;
    while ((await this.redis.set(key, token, 'PX', this.ttlMs, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new MatchBusyError(matchID, this.waitMs);
      if (delay === 1) this.waits++;
      await pause(delay);
      delay = Math.min(delay * 2, 20);
    }
    try {
      return await task();
    } finally {
      await this.redis.eval(RELEASE, 1, key, token);
    }
  }
}
