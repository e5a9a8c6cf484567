/**
 * Checks on what a socket sends, before anything reaches the game: the shape of each message
 * and how many a socket may send per second.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.ts';
import { Decoder, Encoder } from 'socket.io-parser';
import type { PlayerAction } from '../match/master.ts';
import { moveArguments } from './move-schemas.ts';

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

const ACTION_KEYS = new Set(['type', 'payload']);
const PAYLOAD_KEYS = new Set(['type', 'args', 'playerID', 'credentials']);
const only = (value: Record<string, unknown>, keys: ReadonlySet<string>) => Object.keys(value).every((k) => keys.has(k));

/**
 * Rebuilds a client's action for the given seat, or returns undefined. Only moves and
 * take-backs pass, in exactly the shape boardgame.io's client sends them (no other field),
 * with the move's argument exactly as its schema says (move-schemas.ts); everything else
 * boardgame.io's client protocol could carry (UPDATE, SYNC, PATCH, RESET, PLUGIN, GAME_EVENT)
 * is refused.
 */
export function playerAction(raw: unknown, seat: string, moveNames: ReadonlySet<string>): PlayerAction | undefined {
  if (!isPlainObject(raw) || !isPlainObject(raw.payload) || !only(raw, ACTION_KEYS) || !only(raw.payload, PAYLOAD_KEYS)) return undefined;
  const { type, payload } = raw;
  const credentials = payload.credentials;
  if (credentials !== undefined && credentials !== null && (typeof credentials !== 'string' || credentials.length > 128)) return undefined;
  // payload.playerID is not read: the socket's bound seat is the only seat it moves for.
  if (type === 'MAKE_MOVE') {
    if (typeof payload.type !== 'string' || !moveNames.has(payload.type)) return undefined;
    const given = payload.args === undefined || payload.args === null ? [] : payload.args;
    if (!Array.isArray(given) || given.length > 1) return undefined;
    const args = moveArguments(payload.type, given.length === 0 ? {} : given[0]);
    if (!args) return undefined;
    return { type: 'MAKE_MOVE', payload: { type: payload.type, args: [args], playerID: seat } };
  }
  if (type === 'UNDO' || type === 'REDO') {
    if ((payload.type !== undefined && payload.type !== null) || (payload.args !== undefined && payload.args !== null)) return undefined;
    return { type, payload: { type: null, args: null, playerID: seat } };
  }
  return undefined;
}

/**
 * How deeply a JSON text nests objects and lists, found by counting brackets outside strings
 * (no recursion: a text nested ten thousand levels deep is measured, not parsed).
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/**
 * The deepest a socket message may nest. A game message needs 5 (["update", action, …] holds
 * the action, its payload, the argument list and the move); a forged state a hostile client
 * sends is refused as an action, so it may be a little deeper. JSON.stringify overflows the
 * stack at a few thousand levels: far above this.
 */
export const MAX_MESSAGE_DEPTH = 32;

/**
 * socket.io's parser with a depth check before its JSON.parse: a message nested deeper than
 * MAX_MESSAGE_DEPTH closes the socket before anything (parsing, logging, storing, sending)
 * can recurse through it. The size limit is socket.io's maxHttpBufferSize, applied earlier.
 */
export const depthLimitedParser = {
  Encoder,
  Decoder: class DepthLimitedDecoder extends Decoder {
    override add(message: unknown): void {
      if (typeof message === 'string' && nestingDepth(message) > MAX_MESSAGE_DEPTH) throw new Error('a socket message nested too deep');
      super.add(message);
    }
  },
};

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
