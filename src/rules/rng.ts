/**
 * The match's only source of chance: sfc32 seeded from the match seed. Its state lives in
 * GameState.secret, so a match replays exactly from (content, scenario, players, seed, moves)
 * and a player never sees what comes next.
 */
import type { GameState } from './state.ts';

/** Four 32-bit words from a seed string (a murmur-style string hash, run four times). */
export function seedState(seed: string): [number, number, number, number] {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  return [next(), next(), next(), next()];
}

/** A float in [0, 1), advancing the match's random state. */
function random(state: GameState): number {
  const s = state.secret.rng;
  let a = s[0], b = s[1], c = s[2], d = s[3];
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  s[0] = a; s[1] = b; s[2] = c; s[3] = d;
  return (t >>> 0) / 4294967296;
}

/** An integer in [0, n). */
export function randomInt(state: GameState, n: number): number {
  return Math.floor(random(state) * n);
}

/** Shuffles in place (Fisher–Yates) and returns the same array. */
export function shuffle<T>(state: GameState, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(state, i + 1);
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}
