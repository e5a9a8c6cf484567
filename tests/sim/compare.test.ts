/** balance --compare: a change beyond the noise is flagged, noise is not, and a deck against itself changes nothing. */
import { describe, expect, it } from 'vitest';
import { compareReports, formatComparison } from '../../src/sim/compare.ts';
import type { Report } from '../../src/sim/report.ts';
import { simulate } from '../../src/sim/run.ts';

/** A report of `games` games with `wins` wins, the rest lost to the crisis, lasting `rounds` (game i: rounds[i % len]). */
function report(games: number, wins: number, rounds: number[]): Report {
  const histogram: Record<string, number> = {};
  for (let i = 0; i < games; i++) histogram[rounds[i % rounds.length]] = (histogram[rounds[i % rounds.length]] ?? 0) + 1;
  const mean = Object.entries(histogram).reduce((s, [k, n]) => s + Number(k) * n, 0) / games;
  return { scenario: 'standard', players: 4, games, wins, losses: games - wins, lossCauses: games > wins ? { crisis: games - wins } : {}, rounds: { mean, histogram } } as unknown as Report;
}

describe('comparing two decks', () => {
  it('flags a win rate that moved beyond the noise, and not one within it', () => {
    expect(compareReports(report(200, 180, [20]), report(200, 100, [20])).winRate.flagged).toBe(true);
    expect(compareReports(report(200, 100, [20]), report(200, 108, [20])).winRate.flagged).toBe(false);
  });

  it('flags a game length that moved beyond its spread', () => {
    expect(compareReports(report(200, 100, [18, 20, 22]), report(200, 100, [14, 16, 18])).rounds.flagged).toBe(true);
    expect(compareReports(report(200, 100, [10, 20, 30]), report(200, 100, [11, 21, 30])).rounds.flagged).toBe(false);
  });

  it('compares loss causes found on either side', () => {
    const c = compareReports(report(100, 100, [20]), report(100, 60, [20]));
    expect(Object.keys(c.lossCauses)).toEqual(['crisis']);
    expect(c.lossCauses.crisis).toMatchObject({ base: 0, next: 0.4, flagged: true });
    expect(formatComparison(c).join('\n')).toMatch(/lost: crisis .*→ 40\.0% .*◀/);
  });

  it('finds no change when a deck plays against itself on the same seeds', async () => {
    const run = { scenario: 'intro', players: 3, games: 16, bot: 'heuristic' as const, seed: 'compare', workers: 1 };
    const c = compareReports(await simulate(run), await simulate(run));
    expect(c.winRate.base).toBe(c.winRate.next);
    expect(c.rounds.base).toBe(c.rounds.next);
    expect([c.winRate, c.rounds, ...Object.values(c.lossCauses)].some((d) => d.flagged)).toBe(false);
  }, 120_000);
});
