/** The balance tool's own-initiative target: every measured size within ±5 points of deck cases. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/run.ts';
import { checkOwnCases, MAX_OWN_CASE_GAP } from '../../src/tools/balance-targets.ts';

describe('the own-initiative target', () => {
  it('compares own initiatives with deck cases at each measured size, and skips the sizes not measured', async () => {
    const run = (ownCases?: 'random') => simulate({ scenario: 'standard', players: 2, games: 40, bot: 'heuristic', seed: 'own-target', workers: 0, ...(ownCases ? { ownCases } : {}) });
    const [deck, own] = [await run(), await run('random')];
    const checks = checkOwnCases(
      (scenario, players, bot) => (scenario === 'standard' && players === 2 && bot === 'heuristic' ? deck : undefined),
      (scenario, players) => (scenario === 'standard' && players === 2 ? own : undefined),
      [{ id: 'standard', difficulty: 'standard', players: { min: 1, max: 6 } }],
    );
    expect(checks).toHaveLength(1);
    expect(checks[0].what).toBe('standard, 2 players: own initiatives within ±5 points of deck cases');
    expect(checks[0].ok).toBe(Math.abs(own.winRate - deck.winRate) <= MAX_OWN_CASE_GAP);
    expect(checks[0].measured).toContain(`${(deck.winRate * 100).toFixed(1)} % → ${(own.winRate * 100).toFixed(1)} %`);
  }, 120_000);
});
