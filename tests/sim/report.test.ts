/**
 * The report's numbers are the games' numbers: a small run is played again here game by
 * game, counted by hand, and compared with what the simulator reports.
 */
import { describe, expect, it } from 'vitest';
import { BOTS } from '../../src/bots/index.ts';
import type { PatternId } from '../../src/content/schema.ts';
import { playGame } from '../../src/sim/play-game.ts';
import { gameSeed, simulate } from '../../src/sim/run.ts';
import { wilson } from '../../src/sim/wilson.ts';
import { content } from '../helpers/table.ts';

describe('the simulator report', () => {
  it('counts wins, losses, causes, lengths, actions, roles and pressure as the games went', async () => {
    const run = { scenario: 'intro', players: 3, games: 12, bot: 'heuristic' as const, seed: 'by-hand' };
    const report = await simulate({ ...run, workers: 1 });

    let won = 0;
    const causes: Record<string, number> = {};
    const lengths: number[] = [];
    let studies = 0;
    let moves = 0;
    let turns = 0;
    let discards = 0;
    let breakdowns = 0;
    let reflections = 0;
    const roleGames = new Map<string, number>();
    const roleWins = new Map<string, number>();
    let firstRoundPressure = 0;
    for (let i = 0; i < run.games; i++) {
      let pressureAtRoundEnd: number | undefined;
      const end = playGame(content(), { scenario: run.scenario, players: run.players, seed: gameSeed(run.seed, i) }, BOTS.heuristic, (s) => {
        if (pressureAtRoundEnd === undefined && s.turn.round === 2) {
          pressureAtRoundEnd = Object.values(s.pressure).reduce((a, b) => a + b, 0);
        }
      });
      const total = (p: Record<PatternId, number>) => Object.values(p).reduce((a, b) => a + b, 0);
      firstRoundPressure += pressureAtRoundEnd ?? total(end.pressure);
      if (end.outcome!.result === 'won') won++;
      else causes[end.outcome!.reason] = (causes[end.outcome!.reason] ?? 0) + 1;
      lengths.push(end.turn.round);
      studies += end.stats.actions.study ?? 0;
      turns += end.turn.number;
      discards += end.stats.actions.discard ?? 0;
      breakdowns += end.stats.breakdowns.length;
      reflections += end.stats.actions.reflect ?? 0;
      moves += Object.values(end.stats.actions).reduce((a, b) => a + b, 0);
      for (const p of end.players) {
        roleGames.set(p.role, (roleGames.get(p.role) ?? 0) + 1);
        if (end.outcome!.result === 'won') roleWins.set(p.role, (roleWins.get(p.role) ?? 0) + 1);
      }
    }

    expect(report.games).toBe(12);
    expect(report.wins).toBe(won);
    expect(report.losses).toBe(12 - won);
    expect(report.winRate).toBeCloseTo(won / 12, 6);
    expect(report.lossCauses).toEqual(causes);
    expect(report.rounds.mean).toBeCloseTo(lengths.reduce((a, b) => a + b, 0) / 12, 6);
    expect(report.rounds.min).toBe(Math.min(...lengths));
    expect(report.rounds.max).toBe(Math.max(...lengths));
    expect(Object.values(report.rounds.histogram).reduce((a, b) => a + b, 0)).toBe(12);
    expect(report.actions.counts.study).toBe(studies);
    expect(report.actions.total).toBe(moves);
    expect(report.actionsPerGame.study).toBeCloseTo(studies / 12, 6);
    expect(report.turns.mean).toBeCloseTo(turns / 12, 6);
    expect(report.discards.perGame).toBeCloseTo(discards / 12, 6);
    expect(report.discards.perTurn).toBeCloseTo(discards / turns, 6);
    expect(report.breakdowns.perGame).toBeCloseTo(breakdowns / 12, 6);
    expect(report.reflections.perGame).toBeCloseTo(reflections / 12, 6);
    expect(report.without).toEqual([]);
    for (const r of report.byRole) {
      expect(r.games).toBe(roleGames.get(r.id));
      expect(r.wins).toBe(roleWins.get(r.id) ?? 0);
    }
    expect(report.byRole.reduce((a, r) => a + r.games, 0)).toBe(12 * 3);
    expect(report.overTime[0].games).toBe(12);
    expect(report.overTime[0].meanPressure).toBeCloseTo(firstRoundPressure / 12, 6);
    const interval = wilson(won, 12);
    expect(report.winInterval.low).toBeCloseTo(interval.low, 6);
    expect(report.winInterval.high).toBeCloseTo(interval.high, 6);
  });

  it('plays without an action when told (--without): the bots never choose it, with either bot', async () => {
    for (const bot of ['heuristic', 'random'] as const) {
      const report = await simulate({ scenario: 'standard', players: 3, games: 6, bot, seed: 'ablation', workers: 1, without: ['teach', 'share'] });
      expect(report.without).toEqual(['share', 'teach']);
      expect(report.actionsPerGame.teach ?? 0).toBe(0);
      expect(report.actionsPerGame.share ?? 0).toBe(0);
      expect(report.actionsPerGame.study).toBeGreaterThan(0);
    }
    await expect(simulate({ scenario: 'standard', players: 3, games: 1, bot: 'heuristic', seed: 'x', workers: 1, without: ['endTurn'] })).rejects.toThrow(/--without/);
  });

  it('gives the Wilson interval of a textbook example', () => {
    // 5 of 10: 0.2366–0.7634 (Wilson 1927; Newcombe 1998, table I).
    const { low, high } = wilson(5, 10);
    expect(low).toBeCloseTo(0.2366, 4);
    expect(high).toBeCloseTo(0.7634, 4);
    expect(wilson(0, 100).low).toBe(0);
    expect(wilson(0, 100).high).toBeCloseTo(0.037, 3);
  });
});
