/**
 * Print-and-play: the cards laid out nine to an A4 page (3 × 3 at 63 × 88 mm). A card with
 * several copies is printed that many times (a table needs every copy), unless the designer
 * asks for one of each to proof-read.
 */
import type { CardEntry } from './cards.ts';

const PER_PAGE = 9;

/** A4 and the card, in millimetres; the grid is centred and the margins hold the cut marks. */
export const SHEET = { width: 210, height: 297, card: { width: 63, height: 88 }, columns: 3, rows: 3 } as const;
export const MARGIN = {
  x: (SHEET.width - SHEET.columns * SHEET.card.width) / 2,
  y: (SHEET.height - SHEET.rows * SHEET.card.height) / 2,
} as const;

export interface PrintedCard {
  card: CardEntry;
  /** 1-based copy number, so keys stay unique. */
  copy: number;
}

export function printedCards(cards: readonly CardEntry[], copies: 'each' | 'one'): PrintedCard[] {
  const out: PrintedCard[] = [];
  for (const card of cards) {
    const n = copies === 'each' ? card.copies : 1;
    for (let copy = 1; copy <= n; copy++) out.push({ card, copy });
  }
  return out;
}

export function pages<T>(items: readonly T[], perPage = PER_PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) out.push(items.slice(i, i + perPage));
  return out;
}

/** Where the cut marks go: the card edges, shared by neighbouring cards (no gaps to cut twice). */
export function cutLines(): { xs: number[]; ys: number[] } {
  const xs = Array.from({ length: SHEET.columns + 1 }, (_, i) => MARGIN.x + i * SHEET.card.width);
  const ys = Array.from({ length: SHEET.rows + 1 }, (_, i) => MARGIN.y + i * SHEET.card.height);
  return { xs, ys };
}

// ---------------------------------------------------------------------------------------
// Print-shop layouts: bleed, crop marks, one card per page, a Tabletop Simulator sheet.

/**
 * - `sheet`: cards on A4, as many as fit (nine without bleed, sharing their cuts);
 * - `card`: one card per page, the page the card plus its bleed (what print services take);
 * - `tts`: a Tabletop Simulator deck sheet, 10 × 7 cards edge to edge, the last slot the
 *   card back TTS shows for hidden cards.
 */
export type PrintLayout = 'sheet' | 'card' | 'tts';
export const PRINT_LAYOUTS: readonly PrintLayout[] = ['sheet', 'card', 'tts'];

export interface PrintOptions {
  layout: PrintLayout;
  /** Millimetres of background printed past the cut on every side (0–6); 3 is the usual ask. */
  bleed: number;
  /** Crop marks at the cut lines, in the margin outside the bleed. */
  marks: boolean;
}

export const DEFAULT_PRINT: PrintOptions = { layout: 'sheet', bleed: 0, marks: true };
export const MAX_BLEED = 6;
const TTS_GRID = { columns: 10, rows: 7 } as const;

/** Room for a crop mark outside the bleed: a 1 mm gap and a 5 mm line. */
const MARK_GAP = 1;
const MARK_LENGTH = 5;
const MARK_ROOM = MARK_GAP + MARK_LENGTH + 1;

export interface Geometry {
  page: { width: number; height: number };
  columns: number;
  rows: number;
  /** Cards on a page (TTS: one slot fewer, for the hidden-card back). */
  perPage: number;
  /** A card with its bleed. */
  slot: { width: number; height: number };
  /** The top left of the first slot. */
  origin: { x: number; y: number };
  /** Where the cuts are: the trim lines of every column and row. */
  cuts: { xs: number[]; ys: number[] };
  /** Crop marks as lines [x1, y1, x2, y2], all in the margins, never across a card. */
  marks: [number, number, number, number][];
  bleed: number;
}

function cutsOf(columns: number, rows: number, origin: { x: number; y: number }, bleed: number): { xs: number[]; ys: number[] } {
  const { width, height } = SHEET.card;
  const xs = new Set<number>();
  const ys = new Set<number>();
  // Without bleed neighbours share a cut; with it each card has its own two.
  for (let c = 0; c < columns; c++) {
    const left = origin.x + c * (width + 2 * bleed) + bleed;
    xs.add(round(left));
    xs.add(round(left + width));
  }
  for (let r = 0; r < rows; r++) {
    const top = origin.y + r * (height + 2 * bleed) + bleed;
    ys.add(round(top));
    ys.add(round(top + height));
  }
  return { xs: [...xs].sort((a, b) => a - b), ys: [...ys].sort((a, b) => a - b) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function marksOf(cuts: { xs: number[]; ys: number[] }, grid: { left: number; top: number; right: number; bottom: number }): Geometry['marks'] {
  const out: Geometry['marks'] = [];
  for (const x of cuts.xs) {
    out.push([x, grid.top - MARK_GAP - MARK_LENGTH, x, grid.top - MARK_GAP]);
    out.push([x, grid.bottom + MARK_GAP, x, grid.bottom + MARK_GAP + MARK_LENGTH]);
  }
  for (const y of cuts.ys) {
    out.push([grid.left - MARK_GAP - MARK_LENGTH, y, grid.left - MARK_GAP, y]);
    out.push([grid.right + MARK_GAP, y, grid.right + MARK_GAP + MARK_LENGTH, y]);
  }
  return out;
}

/** Where everything goes on a page for a layout, in millimetres. */
export function geometry(o: PrintOptions): Geometry {
  const { width, height } = SHEET.card;
  if (o.layout === 'tts') {
    const { columns, rows } = TTS_GRID;
    const cuts = cutsOf(columns, rows, { x: 0, y: 0 }, 0);
    return { page: { width: columns * width, height: rows * height }, columns, rows, perPage: columns * rows - 1, slot: { width, height }, origin: { x: 0, y: 0 }, cuts, marks: [], bleed: 0 };
  }
  const bleed = o.bleed;
  const slot = { width: width + 2 * bleed, height: height + 2 * bleed };
  const margin = o.marks ? MARK_ROOM : 0;
  if (o.layout === 'card') {
    const page = { width: slot.width + 2 * margin, height: slot.height + 2 * margin };
    const origin = { x: margin, y: margin };
    const cuts = cutsOf(1, 1, origin, bleed);
    const marks = o.marks ? marksOf(cuts, { left: margin, top: margin, right: margin + slot.width, bottom: margin + slot.height }) : [];
    return { page, columns: 1, rows: 1, perPage: 1, slot, origin, cuts, marks, bleed };
  }
  if (bleed === 0) {
    // The classic sheet: 3 × 3 on A4, centred, neighbours sharing their cuts.
    const cuts = cutLines();
    const grid = { left: MARGIN.x, top: MARGIN.y, right: MARGIN.x + 3 * width, bottom: MARGIN.y + 3 * height };
    return { page: { width: SHEET.width, height: SHEET.height }, columns: 3, rows: 3, perPage: 9, slot, origin: { x: MARGIN.x, y: MARGIN.y }, cuts, marks: o.marks ? marksOf(cuts, grid) : [], bleed };
  }
  // With bleed on A4, upright or turned, whichever holds more cards (with marks: 8 at 3 mm).
  const room = Math.max(margin, 5);
  const fit = (w: number, h: number) => ({ w, h, columns: Math.floor((w - 2 * room) / slot.width), rows: Math.floor((h - 2 * room) / slot.height) });
  const options = [fit(SHEET.width, SHEET.height), fit(SHEET.height, SHEET.width)];
  const best = options.reduce((a, b) => (b.columns * b.rows > a.columns * a.rows ? b : a));
  const origin = { x: round((best.w - best.columns * slot.width) / 2), y: round((best.h - best.rows * slot.height) / 2) };
  const cuts = cutsOf(best.columns, best.rows, origin, bleed);
  const grid = { left: origin.x, top: origin.y, right: origin.x + best.columns * slot.width, bottom: origin.y + best.rows * slot.height };
  return { page: { width: best.w, height: best.h }, columns: best.columns, rows: best.rows, perPage: best.columns * best.rows, slot, origin, cuts, marks: o.marks ? marksOf(cuts, grid) : [], bleed };
}

/** The print options in a page address: ?layout=card&bleed=3&marks=1 (anything odd: the default). */
export function printOptions(query: URLSearchParams): PrintOptions {
  const layout = PRINT_LAYOUTS.find((l) => l === query.get('layout')) ?? DEFAULT_PRINT.layout;
  const bleed = Number(query.get('bleed') ?? 0);
  const marks = query.get('marks');
  return {
    layout,
    bleed: layout === 'tts' || !Number.isFinite(bleed) ? 0 : Math.min(Math.max(bleed, 0), MAX_BLEED),
    // Marks by default on the sheet (as it always had), off on single cards and TTS sheets.
    marks: layout === 'tts' ? false : marks === null ? layout === 'sheet' : marks === '1',
  };
}
