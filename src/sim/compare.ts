/**
 * What did my change do: two decks' reports for the same scenario, table size, bot and seeds,
 * side by side, with each difference tested against the noise of the runs. A difference is
 * flagged when a two-sided test at 95 % says it is unlikely to be chance: two proportions for
 * win rates and loss causes, Welch's z for the mean length. Same seeds on both sides make the
 * games comparable; the tests ignore that pairing, so they err on the side of "noise".
 */
import type { Report } from './report.ts';
import { wilson, Z95 } from './wilson.ts';

export interface Difference {
  base: number;
  next: number;
  /** Half the 95 % interval on each side (rates: Wilson bounds; rounds: mean ± z·se). */
  baseInterval: { low: number; high: number };
  nextInterval: { low: number; high: number };
  /** Larger than the noise of the two runs. */
  flagged: boolean;
}

export interface Comparison {
  scenario: string;
  players: number;
  games: { base: number; next: number };
  winRate: Difference;
  rounds: Difference;
  /** Share of games lost to each cause (crisis, days, …). */
  lossCauses: Record<string, Difference>;
}

function proportions(x1: number, n1: number, x2: number, n2: number): Difference {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { base: p1, next: p2, baseInterval: wilson(x1, n1), nextInterval: wilson(x2, n2), flagged: se > 0 && Math.abs(p2 - p1) / se > Z95 };
}

/** Mean and standard error of the rounds, from the report's histogram. */
function roundsStats(r: Report): { mean: number; se: number } {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (const [k, count] of Object.entries(r.rounds.histogram)) {
    const x = Number(k);
    n += count;
    sum += x * count;
    squares += x * x * count;
  }
  if (n < 2) return { mean: r.rounds.mean, se: 0 };
  const mean = sum / n;
  const variance = (squares - n * mean * mean) / (n - 1);
  return { mean, se: Math.sqrt(Math.max(0, variance) / n) };
}

export function compareReports(base: Report, next: Report): Comparison {
  const b = roundsStats(base);
  const n = roundsStats(next);
  const se = Math.sqrt(b.se ** 2 + n.se ** 2);
  const rounds: Difference = {
    base: b.mean,
    next: n.mean,
    baseInterval: { low: b.mean - Z95 * b.se, high: b.mean + Z95 * b.se },
    nextInterval: { low: n.mean - Z95 * n.se, high: n.mean + Z95 * n.se },
    flagged: se > 0 && Math.abs(n.mean - b.mean) / se > Z95,
  };
  const causes = [...new Set([...Object.keys(base.lossCauses), ...Object.keys(next.lossCauses)])].sort();
  return {
    scenario: base.scenario,
    players: base.players,
    games: { base: base.games, next: next.games },
    winRate: proportions(base.wins, base.games, next.wins, next.games),
    rounds,
    lossCauses: Object.fromEntries(causes.map((c) => [c, proportions(base.lossCauses[c] ?? 0, base.games, next.lossCauses[c] ?? 0, next.games)])),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (x: number, i: { low: number; high: number }) => `${pct(x)} (${pct(i.low)}–${pct(i.high)})`;
const length = (x: number, i: { low: number; high: number }) => `${x.toFixed(1)} (±${((i.high - i.low) / 2).toFixed(1)})`;
const mark = (d: Difference) => (d.flagged ? ' ◀' : '');

/** One block of plain lines per scenario and table size, changes beyond the noise marked ◀. */
export function formatComparison(c: Comparison): string[] {
  const lines = [`${c.scenario}, ${c.players} player${c.players === 1 ? '' : 's'} (${c.games.base} games each)`];
  lines.push(`  win rate      ${rate(c.winRate.base, c.winRate.baseInterval).padEnd(24)} → ${rate(c.winRate.next, c.winRate.nextInterval)}${mark(c.winRate)}`);
  lines.push(`  rounds        ${length(c.rounds.base, c.rounds.baseInterval).padEnd(24)} → ${length(c.rounds.next, c.rounds.nextInterval)}${mark(c.rounds)}`);
  for (const [cause, d] of Object.entries(c.lossCauses)) {
    lines.push(`  lost: ${cause.padEnd(7)} ${rate(d.base, d.baseInterval).padEnd(24)} → ${rate(d.next, d.nextInterval)}${mark(d)}`);
  }
  return lines;
}
