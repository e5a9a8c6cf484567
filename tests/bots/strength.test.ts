/** The heuristic bot plays well: it wins far more often than uniform random play, on the same tables. */
import { describe, expect, it } from 'vitest';
import { BOTS } from '../../src/bots/index.ts';
import { playGame } from '../../src/sim/play-game.ts';
import { content } from '../helpers/table.ts';

function winRate(bot: keyof typeof BOTS, scenario: string, players: number, games: number): number {
  let won = 0;
  for (let i = 0; i < games; i++) {
    const end = playGame(content(), { scenario, players, seed: `strength-${i}` }, BOTS[bot]);
    if (end.outcome!.result === 'won') won++;
  }
  return won / games;
}

describe('the heuristic bot beats random play by a wide margin', () => {
  it('on the standard scenario with 4 players', () => {
    const heuristic = winRate('heuristic', 'standard', 4, 200);
    const random = winRate('random', 'standard', 4, 200);
    expect(random).toBeLessThanOrEqual(0.05);
    expect(heuristic - random).toBeGreaterThan(0.3);
  });

  it('on the intro scenario with 2 players', () => {
    const heuristic = winRate('heuristic', 'intro', 2, 150);
    const random = winRate('random', 'intro', 2, 150);
    expect(heuristic - random).toBeGreaterThan(0.4);
  });
});
