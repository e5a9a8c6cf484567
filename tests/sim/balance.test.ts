/**
 * docs/balance.md is reproducible: an independent run with another seed agrees with the
 * documented standard 4-player row within the intervals, and the table covers every
 * scenario and player count of the deck.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/run.ts';
import { bandFor, topChoice, type Difficulty } from '../../src/tools/balance-targets.ts';
import { content } from '../helpers/table.ts';

const doc = readFileSync('docs/balance.md', 'utf8');

/** The documented heuristic win rate and interval (as fractions) for a scenario and player count. */
function documented(scenario: string, players: number): { rate: number; low: number; high: number } {
  const section = doc.split('\n## ').find((s) => s.includes(`(\`${scenario}\``));
  if (!section) throw new Error(`docs/balance.md has no section for ${scenario}`);
  const row = section.split('\n').find((l) => l.startsWith(`| ${players} |`));
  if (!row) throw new Error(`docs/balance.md has no ${players}-player row for ${scenario}`);
  // The first rate with an interval in the row is the heuristic bots' (the band column before it has none).
  const m = row.match(/\| ([\d.]+) % \(([\d.]+) %–([\d.]+) %\)/);
  if (!m) throw new Error(`unreadable row: ${row}`);
  return { rate: Number(m[1]) / 100, low: Number(m[2]) / 100, high: Number(m[3]) / 100 };
}

describe('docs/balance.md', () => {
  it('has a row for every scenario and player count of the deck', () => {
    for (const s of content().scenarios.values()) {
      for (let p = s.players.min; p <= s.players.max; p++) expect(() => documented(s.id, p)).not.toThrow();
    }
  });

  it('standard, 4 players: another seed gives a win rate consistent with the documented interval, inside the target', async () => {
    const row = documented('standard', 4);
    expect(row.rate).toBeGreaterThanOrEqual(0.4);
    expect(row.rate).toBeLessThanOrEqual(0.65);
    const report = await simulate({ scenario: 'standard', players: 4, games: 300, bot: 'heuristic', seed: 'independent', workers: 1 });
    // Two measurements of one rate: their 95 % intervals overlap.
    expect(report.winInterval.high).toBeGreaterThanOrEqual(row.low);
    expect(report.winInterval.low).toBeLessThanOrEqual(row.high);
    // A game fits a workshop slot (issue 11): at most 60 turns at four players, and still a game.
    expect(report.turns.mean).toBeLessThanOrEqual(60);
    expect(report.rounds.mean).toBeGreaterThanOrEqual(8);
    expect(topChoice(report)[1]).toBeLessThanOrEqual(0.5);
  });

  it('every scenario at every table size lies in its difficulty band (solo practice in its own)', () => {
    for (const s of content().scenarios.values()) {
      for (let p = s.players.min; p <= s.players.max; p++) {
        const band = bandFor(s.difficulty as Difficulty, p);
        const row = documented(s.id, p);
        expect(row.rate, `${s.id} at ${p}`).toBeGreaterThanOrEqual(band.low);
        expect(row.rate, `${s.id} at ${p}`).toBeLessThanOrEqual(band.high);
      }
    }
  });

  it('a table of two and a table of six: another seed agrees with the documented rows (the per-size settings are what is played)', async () => {
    for (const players of [2, 6]) {
      const row = documented('standard', players);
      const report = await simulate({ scenario: 'standard', players, games: 200, bot: 'heuristic', seed: 'independent', workers: 2 });
      expect(report.winInterval.high, `${players} players`).toBeGreaterThanOrEqual(row.low);
      expect(report.winInterval.low, `${players} players`).toBeLessThanOrEqual(row.high);
    }
  });

  it('teaching is the exchange the table misses most (standard, 4 players, the ablation table)', () => {
    const table = doc.split('\n## What each exchange is worth')[1];
    expect(table, 'an ablation section').toBeDefined();
    const change = (action: string) => {
      const row = table.split('\n').find((l) => l.startsWith(`| ${action} |`));
      if (!row) throw new Error(`no ablation row for ${action}`);
      return Number(row.match(/([−+])([\d.]+) points/)!.slice(1).join('').replace('−', '-'));
    };
    expect(change('teach')).toBeLessThanOrEqual(-10);
    expect(change('teach')).toBeLessThan(change('share'));
    expect(change('teach')).toBeLessThan(change('coCreate'));
  });
});
