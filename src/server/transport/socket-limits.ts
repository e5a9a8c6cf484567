/**
 * Checks on what a socket sends, before anything reaches the game: the shape of each message
 * and how many a socket may send per second.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.ts';
import type { PlayerAction } from '../match/master.ts';

const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SEAT = /^(?:0|[1-9][0-9]?)$/;

export function isMatchID(value: unknown): value is string {
  return typeof value === 'string' && MATCH_ID.test(value);
}

/** A seat as boardgame.io names it ("0", "1", …), or null/undefined for a spectator. */
export function seatOf(value: unknown): string | null | 'invalid' {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && SEAT.test(value) ? value : 'invalid';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rebuilds a client's action from the parts the game needs, for the given seat, or returns
 * undefined. Only moves and take-backs pass; everything else boardgame.io's client protocol
 * could carry (UPDATE, SYNC, PATCH, RESET, PLUGIN, GAME_EVENT) is refused.
 */
export function playerAction(raw: unknown, seat: string, moveNames: ReadonlySet<string>): PlayerAction | undefined {
  if (!isPlainObject(raw) || !isPlainObject(raw.payload)) return undefined;
  const { type, payload } = raw;
  if (type === 'MAKE_MOVE') {
    if (typeof payload.type !== 'string' || !moveNames.has(payload.type)) return undefined;
    const args = payload.args === undefined || payload.args === null ? [] : payload.args;
    if (!Array.isArray(args) || args.length > 1 || (args.length === 1 && !isPlainObject(args[0]))) return undefined;
    return { type: 'MAKE_MOVE', payload: { type: payload.type, args, playerID: seat } };
  }
  if (type === 'UNDO' || type === 'REDO') return { type, payload: { type: null, args: null, playerID: seat } };
  return undefined;
}

/** Token buckets per socket: at most `points` messages per `seconds`. */
export function socketRateLimiter(limit: RateLimit) {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.seconds });
  return async (socketID: string): Promise<boolean> => {
    try {
      await limiter.consume(socketID);
      return true;
    } catch {
      return false;
    }
  };
}
