/**
 * What a bot is: the server's picker signature. Given the table and a source of chance, it
 * chooses one legal move for the seat to act, or undefined when there is none. Pure: no
 * Node or React imports, so the same bots fill seats on the server and in hot-seat play.
 */
import type { Content } from '../content/content.ts';
import type { Move, MoveType } from '../rules/moves-types.ts';
import type { Seat } from '../rules/state.ts';
import type { PublicFacts } from '../rules/view.ts';

/**
 * Limits a designer puts on a bot to measure what an action is worth (the simulator's
 * `--without teach`): the bot plays as well as it can without ever choosing these actions.
 */
export interface BotLimits {
  without?: ReadonlySet<MoveType>;
}

/**
 * A bot: a move for `seat` from what every player sees. Bots are Picker (any PublicFacts: the
 * full state or a view); the simulator plays with Picker<GameState>, which every bot also is.
 */
export type Picker<S extends PublicFacts = PublicFacts> = (content: Content, state: S, seat: Seat, random: () => number, limits?: BotLimits) => Move | undefined;

/** Actions a simulation may leave out: those that choose what to do with a turn (not ending it, discarding or reflecting). */
export const ABLATABLE: readonly MoveType[] = ['travel', 'study', 'share', 'teach', 'apply', 'coCreate', 'care', 'spendTrust'];

/**
 * A deterministic source of chance for a bot from a seed (mulberry32 over a string hash).
 * Separate from the match's own random state, so a bot's choices never disturb the deck.
 */
export function seededRandom(seed: string | number): () => number {
  const text = String(seed);
  let a = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x85ebca6b) ^ (a >>> 13);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, chosen with `random` (items must not be empty). */
export function pickOne<T>(items: readonly T[], random: () => number): T {
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}
