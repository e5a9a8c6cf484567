/**
 * The board: one place per pattern, neighbours listed both ways (travel goes both ways, and
 * the rules measure distances on the graph), and every place reachable from every other.
 */
import { listing, quoted, Reporter, type CheckedFiles } from './deck-model.ts';
import { PATTERN_IDS, type PatternId } from './schema.ts';

export function checkBoard({ raw }: CheckedFiles, r: Reporter): void {
  const places = raw.board?.places;
  if (!places) return;
  const index = new Map<PatternId, number>();
  places.forEach((p, i) => {
    const seen = index.get(p.pattern);
    if (seen !== undefined) {
      r.error('board', `/places/${i}/pattern`, 'duplicate-id', `the board has two places for "${p.pattern}" (the other is at line ${r.line('board', `/places/${seen}`)}); each pattern has exactly one place`);
    } else {
      index.set(p.pattern, i);
    }
  });
  const missing = PATTERN_IDS.filter((id) => !index.has(id));
  if (missing.length > 0) {
    r.error('board', '/places', 'missing-place', `the board has no place for ${listing(quoted(missing))}: each of the eight patterns needs one`);
  }

  places.forEach((p, i) => {
    p.neighbours.forEach((n, j) => {
      const at = `/places/${i}/neighbours/${j}`;
      if (n === p.pattern) {
        r.error('board', at, 'bad-neighbour', `place "${p.pattern}" lists itself as a neighbour`);
        return;
      }
      const other = index.get(n);
      if (other === undefined) return; // reported as a missing place
      if (!places[other].neighbours.includes(p.pattern)) {
        r.error(
          'board',
          at,
          'asymmetric-board',
          `place "${p.pattern}" lists "${n}" as a neighbour, but place "${n}" (line ${r.line('board', `/places/${other}`)}) does not list "${p.pattern}": neighbours go both ways, add "${p.pattern}" to the neighbours of "${n}"`,
        );
      }
    });
  });

  // Reachability over the edges as written (both directions, so one asymmetric edge is
  // reported once, above, and does not also split the board).
  if (places.length === 0) return;
  const start = places[0].pattern;
  const reached = new Set<PatternId>([start]);
  const queue: PatternId[] = [start];
  while (queue.length > 0) {
    const here = queue.shift()!;
    for (const p of places) {
      const linked = p.pattern === here ? p.neighbours : p.neighbours.includes(here) ? [p.pattern] : [];
      for (const next of linked) {
        if (index.has(next) && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
  }
  const cut = places.map((p, i) => [p.pattern, i] as const).filter(([p]) => !reached.has(p));
  if (cut.length > 0) {
    r.error(
      'board',
      `/places/${cut[0][1]}/neighbours`,
      'disconnected-board',
      `the board falls apart: ${listing(quoted(cut.map(([p]) => p)))} cannot be reached from "${start}"; connect them with a neighbour`,
    );
  }

  const spots = new Map<string, string>();
  places.forEach((p, i) => {
    const spot = `${p.x},${p.y}`;
    const other = spots.get(spot);
    if (other) r.warning('board', `/places/${i}/x`, 'overlapping-places', `places "${other}" and "${p.pattern}" stand on the same spot of the board (${p.x}, ${p.y})`);
    else spots.set(spot, p.pattern);
  });
}
