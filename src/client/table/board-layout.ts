/**
 * Where the board's places and paths are drawn. A place is a box of a fixed share of the
 * board's width and height, centred on its x/y (percent), so the picture is the same at every
 * size; only the board's shape and the type change between layouts. `pathsClear` is how the
 * tests hold the board to the truth: no path runs under, or close by, a place it does not join.
 */
import type { Content } from '../../content/content.ts';
import type { PatternId } from '../../content/schema.ts';

export interface BoardLayout {
  /** Width over height of the board. */
  aspect: number;
  /** A place's box, in percent of the board's width and height. */
  placeWidth: number;
  placeHeight: number;
}

/** Every layout the client draws the board in. */
export const BOARD_LAYOUTS = {
  /** The table on a laptop or tablet, and a phone's board (which may be zoomed: same shape). */
  table: { aspect: 16 / 10, placeWidth: 17, placeHeight: 21 },
  /** The projector view: a wider board beside the cases. */
  projector: { aspect: 16 / 9, placeWidth: 16, placeHeight: 22 },
} as const satisfies Record<string, BoardLayout>;

export type BoardLayoutName = keyof typeof BOARD_LAYOUTS;

/** How far (percent of each side) a path must stay from a place it does not join. */
const PATH_CLEARANCE = 2;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function placeBox(content: Content, place: PatternId, layout: BoardLayout, grow = 0): Box {
  const { x, y } = content.places[place];
  const w = layout.placeWidth / 2 + grow;
  const h = layout.placeHeight / 2 + grow;
  return { left: x - w, top: y - h, right: x + w, bottom: y + h };
}

/** The board's paths, each once. */
export function boardEdges(content: Content): [PatternId, PatternId][] {
  const edges: [PatternId, PatternId][] = [];
  for (const p of content.patterns) for (const q of content.places[p.id].neighbours) if (p.id < q) edges.push([p.id, q]);
  return edges;
}

/** Whether the segment from a to b crosses the box (Liang–Barsky clipping). */
export function segmentMeetsBox(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

function boxesMeet(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export interface BoardProblem {
  kind: 'pathNearPlace' | 'placesOverlap' | 'offBoard';
  places: PatternId[];
}

/** Everything that would make the board lie in a layout: a path by a place it does not join, places on top of each other, a place cut off. */
export function boardProblems(content: Content, layout: BoardLayout): BoardProblem[] {
  const problems: BoardProblem[] = [];
  const ids = content.patterns.map((p) => p.id);
  for (const [a, b] of boardEdges(content)) {
    for (const other of ids) {
      if (other === a || other === b) continue;
      if (segmentMeetsBox(content.places[a], content.places[b], placeBox(content, other, layout, PATH_CLEARANCE))) problems.push({ kind: 'pathNearPlace', places: [a, b, other] });
    }
  }
  for (let i = 0; i < ids.length; i++) {
    const box = placeBox(content, ids[i], layout);
    if (box.left < 0 || box.top < 0 || box.right > 100 || box.bottom > 100) problems.push({ kind: 'offBoard', places: [ids[i]] });
    for (let j = i + 1; j < ids.length; j++) {
      if (boxesMeet(placeBox(content, ids[i], layout, PATH_CLEARANCE / 2), placeBox(content, ids[j], layout, PATH_CLEARANCE / 2))) problems.push({ kind: 'placesOverlap', places: [ids[i], ids[j]] });
    }
  }
  return problems;
}
