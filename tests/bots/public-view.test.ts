/**
 * Bots read only what every player sees: given the public view (what a browser holds in a
 * hot-seat or online game) they choose exactly what they choose given the full state.
 */
import { describe, expect, it } from 'vitest';
import { BOTS, seededRandom, type Picker } from '../../src/bots/index.ts';
import { publicView } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { playGame } from '../../src/sim/play-game.ts';
import { content } from '../helpers/table.ts';

describe('bots on the public view', () => {
  for (const [name, bot] of Object.entries(BOTS)) {
    it(`${name}: the same move from the public view as from the full state, move after move`, () => {
      let compared = 0;
      for (const [scenario, players] of [['standard', 4], ['intro', 2], ['bootcamp', 6]] as const) {
        const checking: Picker<GameState> = (c, state, seat, random) => {
          const tie = String(random());
          const full = bot(c, state, seat, seededRandom(tie));
          const seen = bot(c, publicView(state), seat, seededRandom(tie));
          expect(seen).toEqual(full);
          compared++;
          return full;
        };
        playGame(content(), { scenario, players, seed: `view-${name}-${players}` }, checking);
      }
      expect(compared).toBeGreaterThan(100);
    });
  }
});
