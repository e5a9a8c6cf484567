/**
 * A JSON Patch (RFC 6902) from one view of a match to the next, for DELTA_STATE.
 *
 * boardgame.io's own deltaState uses rfc6902's createPatch, which diffs arrays with an edit
 * distance (quadratic in their length): on this game's states that took several milliseconds
 * per receiver per move and cut the server's throughput twentyfold. A move changes a few
 * values in place, appends to a list or drops its last items, so this diff walks both values
 * once: equal subtrees give nothing, objects are compared key by key, arrays index by index
 * (then `add` at the end or `remove` from the end), anything else is a `replace`. The patch is
 * sometimes longer than the shortest one (an item taken from the middle of a list replaces
 * every item after it), never wrong: applying it to `from` gives `to` exactly.
 */
export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A path segment as RFC 6901 writes it. */
const segment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The operations that turn `from` into `to` (both plain JSON values; undefined members count as absent). */
export function diff(from: unknown, to: unknown): PatchOperation[] {
  const ops: PatchOperation[] = [];
  walk(from, to, '', ops);
  return ops;
}

/** Whether two JSON values are equal. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    let count = 0;
    for (const key in a) {
      if (a[key] === undefined) continue;
      count++;
      if (!same(a[key], b[key])) return false;
    }
    for (const key in b) if (b[key] !== undefined) count--;
    return count === 0;
  }
  return false;
}

function walk(from: unknown, to: unknown, path: string, ops: PatchOperation[]): void {
  if (from === to) return;
  if (Array.isArray(from) && Array.isArray(to)) {
    const common = Math.min(from.length, to.length);
    for (let i = 0; i < common; i++) walk(from[i], to[i], `${path}/${i}`, ops);
    for (let i = common; i < to.length; i++) ops.push({ op: 'add', path: `${path}/${i}`, value: to[i] as Json });
    // From the end, so each index still names the item meant.
    for (let i = from.length - 1; i >= common; i--) ops.push({ op: 'remove', path: `${path}/${i}` });
    return;
  }
  if (isObject(from) && isObject(to)) {
    for (const key in from) {
      if (from[key] !== undefined && to[key] === undefined) ops.push({ op: 'remove', path: `${path}/${segment(key)}` });
    }
    for (const key in to) {
      const next = to[key];
      if (next === undefined) continue;
      const before = from[key];
      if (before === undefined) ops.push({ op: 'add', path: `${path}/${segment(key)}`, value: next as Json });
      else walk(before, next, `${path}/${segment(key)}`, ops);
    }
    return;
  }
  if (!same(from, to)) ops.push({ op: 'replace', path, value: to as Json });
}
