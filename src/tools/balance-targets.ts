/**
 * The balance targets of the design brief, as checks on simulator reports. Used by
 * `npm run balance` (the ✓/✗ list at the top of docs/balance.md) and by its tests.
 */
import type { Report } from '../sim/report.ts';

export interface TargetCheck {
  what: string;
  measured: string;
  ok: boolean;
}

/** Which report a target reads: scenario, player count and bot. */
export type Find = (scenario: string, players: number, bot: 'heuristic' | 'random') => Report | undefined;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const rate = (r: Report) => `${pct(r.winRate)} (${pct(r.winInterval.low)}–${pct(r.winInterval.high)})`;

/** Moves that are not choices of what to do with a turn: closing it, the hand limit, a reflection pause. */
const BOOKKEEPING = new Set(['endTurn', 'discard', 'reflect']);

export function checkTargets(find: Find, scenarios: { id: string; difficulty: string }[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  const standard = find('standard', 4, 'heuristic');
  if (standard) out.push({ what: 'standard, 4 players, heuristic bots: win rate 40–65 %', measured: rate(standard), ok: standard.winRate >= 0.4 && standard.winRate <= 0.65 });
  const intro = find('intro', 4, 'heuristic');
  if (intro) out.push({ what: 'intro, 4 players, heuristic bots: win rate ≥ 75 %', measured: rate(intro), ok: intro.winRate >= 0.75 });
  for (const s of scenarios.filter((x) => x.difficulty === 'hard')) {
    const r = find(s.id, 4, 'heuristic');
    if (r) out.push({ what: `${s.id} (hardest), 4 players, heuristic bots: win rate ≤ 35 %`, measured: rate(r), ok: r.winRate <= 0.35 });
  }
  for (const s of scenarios) {
    const r = find(s.id, 4, 'random');
    if (r) out.push({ what: `${s.id}, 4 players, random legal play: win rate ≤ 5 %`, measured: rate(r), ok: r.winRate <= 0.05 });
  }
  for (const s of scenarios) {
    const r = find(s.id, 4, 'heuristic');
    if (!r) continue;
    out.push({ what: `${s.id}, 4 players: a game lasts 15–35 rounds (mean)`, measured: `${r.rounds.mean.toFixed(1)} rounds (10–90 %: ${r.rounds.p10}–${r.rounds.p90})`, ok: r.rounds.mean >= 15 && r.rounds.mean <= 35 });
    const role = r.byRole.reduce((a, b) => (b.vsAverage > a.vsAverage ? b : a));
    const kase = r.byCase.reduce((a, b) => (b.vsAverage > a.vsAverage ? b : a));
    out.push({ what: `${s.id}, 4 players: no role or case card above 1.5× the average share of wins`, measured: `role ${role.id} ${role.vsAverage.toFixed(2)}×, case ${kase.id} ${kase.vsAverage.toFixed(2)}×`, ok: role.vsAverage <= 1.5 && kase.vsAverage <= 1.5 });
    const [topAction, topShare] = topChoice(r);
    out.push({ what: `${s.id}, 4 players: no action above 50 % of the heuristic bots' actions`, measured: `${topAction} ${pct(topShare)}`, ok: topShare <= 0.5 });
  }
  return out;
}

/** The most taken action, as a share of the actions that choose what to do (bookkeeping moves left out). */
export function topChoice(r: Report): [string, number] {
  const entries = Object.entries(r.actions.counts).filter(([k]) => !BOOKKEEPING.has(k));
  const total = entries.reduce((a, [, v]) => a + v, 0);
  const [k, v] = entries.reduce((a, b) => (b[1] > a[1] ? b : a), ['none', 0] as [string, number]);
  return [k, total === 0 ? 0 : v / total];
}
