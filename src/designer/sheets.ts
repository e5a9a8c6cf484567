/**
 * Print-and-play: the cards laid out nine to an A4 page (3 × 3 at 63 × 88 mm). A card with
 * several copies is printed that many times (a table needs every copy), unless the designer
 * asks for one of each to proof-read.
 */
import type { CardEntry } from './cards.ts';

export const PER_PAGE = 9;

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
