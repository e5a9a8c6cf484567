/** Print layouts: where the cards, cuts and crop marks go for a sheet, one card per page and a TTS sheet. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geometry, printOptions, SHEET, type PrintOptions } from '../../src/designer/sheets.ts';

const { width, height } = SHEET.card;

describe('print layouts', () => {
  it('keeps the classic sheet without bleed: nine cards on A4 sharing their cuts', () => {
    const g = geometry({ layout: 'sheet', bleed: 0, marks: true });
    expect(g).toMatchObject({ page: { width: 210, height: 297 }, perPage: 9, slot: { width, height }, cuts: { xs: [10.5, 73.5, 136.5, 199.5], ys: [16.5, 104.5, 192.5, 280.5] } });
  });

  it('turns A4 when that holds more cards with bleed: eight at 3 mm, each with its own cuts', () => {
    const g = geometry({ layout: 'sheet', bleed: 3, marks: true });
    expect(g).toMatchObject({ page: { width: 297, height: 210 }, columns: 4, rows: 2, perPage: 8, slot: { width: 69, height: 94 } });
    expect(g.cuts.xs).toHaveLength(8);
    expect(g.cuts.xs[1] - g.cuts.xs[0]).toBe(width);
    expect(g.cuts.xs[2] - g.cuts.xs[1]).toBe(6); // two bleeds between neighbours
  });

  it('puts every slot on the page and every crop mark in the margin, for any bleed', () => {
    fc.assert(
      fc.property(fc.constantFrom<PrintOptions['layout']>('sheet', 'card'), fc.integer({ min: 0, max: 6 }), fc.boolean(), (layout, bleed, marks) => {
        const g = geometry({ layout, bleed, marks });
        expect(g.perPage).toBeGreaterThan(0);
        const right = g.origin.x + g.columns * g.slot.width;
        const bottom = g.origin.y + g.rows * g.slot.height;
        expect(right).toBeLessThanOrEqual(g.page.width + 1e-9);
        expect(bottom).toBeLessThanOrEqual(g.page.height + 1e-9);
        for (const [x1, y1, x2, y2] of g.marks) {
          for (const [x, y] of [[x1, y1], [x2, y2]]) {
            expect(x >= 0 && x <= g.page.width && y >= 0 && y <= g.page.height).toBe(true);
            const insideGrid = x > g.origin.x && x < right && y > g.origin.y && y < bottom;
            expect(insideGrid).toBe(false);
          }
        }
        expect(g.marks.length > 0).toBe(marks);
      }),
    );
  });

  it('makes the page of a single card the card, its bleed and room for the marks', () => {
    expect(geometry({ layout: 'card', bleed: 3, marks: false }).page).toEqual({ width: 69, height: 94 });
    expect(geometry({ layout: 'card', bleed: 3, marks: true }).page).toEqual({ width: 83, height: 108 });
  });

  it('lays a Tabletop Simulator sheet out 10 × 7, edge to edge, 69 cards and the hidden back', () => {
    expect(geometry({ layout: 'tts', bleed: 0, marks: false })).toMatchObject({ page: { width: 630, height: 616 }, columns: 10, rows: 7, perPage: 69, marks: [] });
  });

  it('reads the options from the page address, ignoring what makes no sense', () => {
    expect(printOptions(new URLSearchParams(''))).toEqual({ layout: 'sheet', bleed: 0, marks: true });
    expect(printOptions(new URLSearchParams('layout=card&bleed=3'))).toEqual({ layout: 'card', bleed: 3, marks: false });
    expect(printOptions(new URLSearchParams('layout=tts&bleed=3&marks=1'))).toEqual({ layout: 'tts', bleed: 0, marks: false });
    expect(printOptions(new URLSearchParams('layout=poster&bleed=99'))).toEqual({ layout: 'sheet', bleed: 6, marks: true });
  });
});
