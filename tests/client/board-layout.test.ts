/** The board tells the truth: in every layout the client draws, a path passes only the places it joins. */
import { describe, expect, it } from 'vitest';
import { BOARD_LAYOUTS, boardProblems, segmentMeetsBox } from '../../src/client/table/board-layout.ts';
import { loadContent } from '../../src/content/load.ts';

const content = loadContent(process.env.TEST_CONTENT_DIR || undefined);

describe('the board', () => {
  for (const [name, layout] of Object.entries(BOARD_LAYOUTS)) {
    it(`${name} layout: no path runs under or close by a place it does not join, no place covers another or leaves the board`, () => {
      expect(boardProblems(content, layout)).toEqual([]);
    });
  }

  it('the check sees a path through a place, and one that only passes close by', () => {
    const box = { left: 40, top: 40, right: 60, bottom: 60 };
    expect(segmentMeetsBox({ x: 0, y: 50 }, { x: 100, y: 50 }, box)).toBe(true);
    expect(segmentMeetsBox({ x: 0, y: 0 }, { x: 100, y: 100 }, box)).toBe(true);
    expect(segmentMeetsBox({ x: 0, y: 61 }, { x: 100, y: 61 }, box)).toBe(false);
    expect(segmentMeetsBox({ x: 0, y: 0 }, { x: 30, y: 30 }, box)).toBe(false);
    // The storehouse–circle path of the old board ran under the garden.
    const old = { ...content, places: { ...content.places, resources: { ...content.places.resources, x: 18, y: 30 }, organisation: { ...content.places.organisation, x: 62, y: 52 }, 'open-end': { ...content.places['open-end'], x: 40, y: 44 } } };
    expect(boardProblems(old, BOARD_LAYOUTS.table)).toContainEqual({ kind: 'pathNearPlace', places: ['organisation', 'resources', 'open-end'] });
  });
});
