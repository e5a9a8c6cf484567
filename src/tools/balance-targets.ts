/**
 * The balance targets of the design brief (issue 11), as checks on simulator reports. Used
 * by `npm run balance` (the ✓/✗ list at the top of docs/balance.md, and the misses it prints)
 * and by its tests.
 */
// The bands live with the expected play (src/content/expected-play.ts): the set-up screens and the API show them too.
import { BANDS, bandFor, SOLO_BANDS, type Band, type Difficulty } from '../content/expected-play.ts';
import type { Report } from '../sim/report.ts';

export interface TargetCheck {
  what: string;
  measured: string;
  ok: boolean;
}

export { BANDS, bandFor, SOLO_BANDS, type Band, type Difficulty };

/** Standard at four players: a game fits a workshop slot (about an hour at a human pace). */
export const MAX_TURNS_STANDARD_4P = 60;
/** The short scenario at four players: a 30–40 minute slot. */
export const MAX_TURNS_SHORT_4P = 40;
/** Discards to the hand limit: drawing should mostly be for a reason. */
export const MAX_DISCARDS_PER_TURN = 0.5;
/** Reflection pauses a game, at most (scenarios set their own cap, start.reflections). */
export const MAX_REFLECTIONS = 6;
/** Without teaching the table should win clearly less: teaching is the strongest exchange. */
export const MIN_TEACH_WORTH = 0.1;
/** Every role's share of wins within this range of the average, at four players. */
export const ROLE_RANGE: Band = { low: 0.85, high: 1.15 };
/** No case card far above the average share of wins. */
export const MAX_CASE_SHARE = 1.5;
/** No single action above this share of the heuristic bots' choices. */
export const MAX_ACTION_SHARE = 0.5;
/** Own initiatives made at random within the budget: within this many points of deck cases. */
export const MAX_OWN_CASE_GAP = 0.05;
/** The table sizes own initiatives are measured at (a budget may differ per size). */
export const OWN_CASE_SIZES = [2, 3, 4, 5, 6] as const;
/** Random legal play should (almost) never win. */
export const MAX_RANDOM_WIN = 0.05;

/** Which report a target reads: scenario, player count and bot, optionally without some actions. */
export type Find = (scenario: string, players: number, bot: 'heuristic' | 'random', without?: readonly string[]) => Report | undefined;

export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const rate = (r: Report) => `${pct(r.winRate)} (${pct(r.winInterval.low)}–${pct(r.winInterval.high)})`;
export const bandText = (b: Band) => (b.high >= 1 ? `≥ ${pct(b.low).replace('.0 ', ' ')}` : `${(b.low * 100).toFixed(0)}–${(b.high * 100).toFixed(0)} %`);

/** Moves that are not choices of what to do with a turn: closing it, the hand limit, a reflection pause. */
const BOOKKEEPING = new Set(['endTurn', 'discard', 'reflect']);

/** The exchange actions the ablation table leaves out, one at a time. */
export const EXCHANGES = ['teach', 'share', 'coCreate'] as const;

export interface ScenarioInfo {
  id: string;
  difficulty: Difficulty;
  players: { min: number; max: number };
  /** Its cap on reflection pauses (start.reflections), if any. */
  reflections?: number;
}

export function checkTargets(find: Find, scenarios: readonly ScenarioInfo[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  // 1. Every table size is a fair game: each scenario × size in its band.
  for (const s of scenarios) {
    for (let players = s.players.min; players <= s.players.max; players++) {
      const r = find(s.id, players, 'heuristic');
      if (!r) continue;
      const band = bandFor(s.difficulty, players);
      out.push({
        what: `${s.id}, ${players} player${players === 1 ? ' (solo practice)' : 's'}: heuristic win rate ${bandText(band)}`,
        measured: rate(r),
        ok: r.winRate >= band.low && r.winRate <= band.high,
      });
    }
  }
  // 2. Teaching is the strongest exchange (standard, four players).
  const standard = find('standard', 4, 'heuristic');
  const noTeach = find('standard', 4, 'heuristic', ['teach']);
  if (standard && noTeach) {
    const cost = standard.winRate - noTeach.winRate;
    out.push({ what: `standard, 4 players: without teach the win rate drops ≥ ${(MIN_TEACH_WORTH * 100).toFixed(0)} points`, measured: `${pct(standard.winRate)} → ${pct(noTeach.winRate)} (−${(cost * 100).toFixed(1)} points)`, ok: cost >= MIN_TEACH_WORTH });
    for (const other of EXCHANGES.filter((x) => x !== 'teach')) {
      const without = find('standard', 4, 'heuristic', [other]);
      if (!without) continue;
      const otherCost = standard.winRate - without.winRate;
      out.push({ what: `standard, 4 players: teach is worth more than ${other}`, measured: `without teach −${(cost * 100).toFixed(1)}, without ${other} −${(otherCost * 100).toFixed(1)} points`, ok: cost > otherCost });
    }
  }
  if (standard) {
    const teaches = standard.actionsPerGame.teach ?? 0;
    const shares = standard.actionsPerGame.share ?? 0;
    out.push({ what: 'standard, 4 players: teaches per game ≥ shares per game', measured: `teach ${teaches.toFixed(1)}, share ${shares.toFixed(1)}`, ok: teaches >= shares });
  }
  // 3. A game fits a workshop slot.
  if (standard) {
    out.push({ what: `standard, 4 players: ≤ ${MAX_TURNS_STANDARD_4P} turns a game (mean)`, measured: `${standard.turns.mean.toFixed(1)} turns (${standard.rounds.mean.toFixed(1)} rounds)`, ok: standard.turns.mean <= MAX_TURNS_STANDARD_4P });
    out.push({ what: `standard, 4 players: ≤ ${MAX_DISCARDS_PER_TURN} discards a turn`, measured: `${standard.discards.perTurn.toFixed(2)} a turn`, ok: standard.discards.perTurn <= MAX_DISCARDS_PER_TURN });
  }
  const short = find('short', 4, 'heuristic');
  if (short) out.push({ what: `short, 4 players: ≤ ${MAX_TURNS_SHORT_4P} turns a game (mean)`, measured: `${short.turns.mean.toFixed(1)} turns (${short.rounds.mean.toFixed(1)} rounds)`, ok: short.turns.mean <= MAX_TURNS_SHORT_4P });
  for (const s of scenarios) {
    const r = find(s.id, 4, 'heuristic');
    if (!r) continue;
    const cap = Math.min(MAX_REFLECTIONS, s.reflections ?? MAX_REFLECTIONS);
    out.push({ what: `${s.id}, 4 players: ≤ ${cap} reflection pauses a game`, measured: `${r.reflections.perGame.toFixed(1)} a game (cap ${s.reflections ?? 'none'})`, ok: r.reflections.perGame <= cap && (s.reflections ?? Infinity) <= MAX_REFLECTIONS });
  }
  // 4. No role, case or action dominates; random play does not win.
  for (const s of scenarios) {
    const r = find(s.id, 4, 'heuristic');
    if (!r) continue;
    const high = r.byRole.reduce((a, b) => (b.vsAverage > a.vsAverage ? b : a));
    const low = r.byRole.reduce((a, b) => (b.vsAverage < a.vsAverage ? b : a));
    out.push({ what: `${s.id}, 4 players: every role ${ROLE_RANGE.low.toFixed(2)}–${ROLE_RANGE.high.toFixed(2)}× the average share of wins`, measured: `${low.id} ${low.vsAverage.toFixed(2)}× … ${high.id} ${high.vsAverage.toFixed(2)}×`, ok: low.vsAverage >= ROLE_RANGE.low && high.vsAverage <= ROLE_RANGE.high });
    const kase = r.byCase.reduce((a, b) => (b.vsAverage > a.vsAverage ? b : a));
    out.push({ what: `${s.id}, 4 players: no case card above ${MAX_CASE_SHARE}× the average share of wins`, measured: `${kase.id} ${kase.vsAverage.toFixed(2)}×`, ok: kase.vsAverage <= MAX_CASE_SHARE });
    const [topAction, topShare] = topChoice(r);
    out.push({ what: `${s.id}, 4 players: no action above ${pct(MAX_ACTION_SHARE)} of the heuristic bots' choices`, measured: `${topAction} ${pct(topShare)}`, ok: topShare <= MAX_ACTION_SHARE });
  }
  for (const s of scenarios) {
    const r = find(s.id, 4, 'random');
    if (r) out.push({ what: `${s.id}, 4 players, random legal play: win rate ≤ ${pct(MAX_RANDOM_WIN)}`, measured: rate(r), ok: r.winRate <= MAX_RANDOM_WIN });
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

/** The report of games in which every player brings a random own initiative. */
export type FindOwn = (scenario: string, players: number) => Report | undefined;

/**
 * Bringing your own initiative neither helps nor hurts: at every measured size, the win rate
 * with random own initiatives within the scenario's budget is within MAX_OWN_CASE_GAP of deck cases.
 */
export function checkOwnCases(find: Find, findOwn: FindOwn, scenarios: readonly ScenarioInfo[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const s of scenarios) {
    for (const players of OWN_CASE_SIZES) {
      const deck = find(s.id, players, 'heuristic');
      const own = findOwn(s.id, players);
      if (!deck || !own) continue;
      const gap = own.winRate - deck.winRate;
      out.push({
        what: `${s.id}, ${players} players: own initiatives within ±${(MAX_OWN_CASE_GAP * 100).toFixed(0)} points of deck cases`,
        measured: `${pct(deck.winRate)} → ${pct(own.winRate)} (${gap >= 0 ? '+' : '−'}${Math.abs(gap * 100).toFixed(1)} points)`,
        ok: Math.abs(gap) <= MAX_OWN_CASE_GAP,
      });
    }
  }
  return out;
}
