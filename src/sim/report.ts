/**
 * The simulator's report, counted from the games' summaries in game order. Every number is
 * rounded to 6 decimals, so the JSON is the same bytes on every machine and whatever the
 * number of workers.
 */
import type { GameSummary } from './summary.ts';
import { wilson } from './wilson.ts';

export interface RunMeta {
  scenario: string;
  players: number;
  games: number;
  bot: string;
  seed: string;
  /** Actions the bots never chose (ablation); empty for ordinary play. */
  without?: string[];
  /** "random" when every player brought a random own initiative. */
  ownCases?: string;
}

export interface Share {
  id: string;
  games: number;
  wins: number;
  winRate: number;
  /** Share of all wins this role or case was at the table for. */
  winShare: number;
  /** winShare divided by the average winShare of its kind (1 = average; the target is ≤ 1.5). */
  vsAverage: number;
}

export interface RoundPoint {
  round: number;
  /** Games still going at the end of this round (or ending in it). */
  games: number;
  meanPressure: number;
  meanCrisis: number;
  breakdowns: number;
}

export interface Report {
  scenario: string;
  players: number;
  bot: string;
  seed: string;
  /** Actions the bots never chose (`--without`), sorted; empty for ordinary play. */
  without: string[];
  /** "random" when every player brought a random own initiative (`--own-cases random`). */
  ownCases?: string;
  games: number;
  winRate: number;
  winInterval: { confidence: 0.95; low: number; high: number };
  wins: number;
  losses: number;
  /** Ending → games, e.g. "won:allCases", "lost:crisis". */
  outcomes: Record<string, number>;
  lossCauses: Record<string, number>;
  rounds: { mean: number; median: number; p10: number; p90: number; min: number; max: number; histogram: Record<string, number> };
  actions: { total: number; perGame: number; counts: Record<string, number>; share: Record<string, number> };
  /** Mean times each move type was made in a game (teach, share, study, …). */
  actionsPerGame: Record<string, number>;
  /** Turns a game lasted (a turn is one player's). */
  turns: { mean: number; median: number; p10: number; p90: number };
  /** Cards discarded to the hand limit. */
  discards: { perGame: number; perTurn: number };
  breakdowns: { perGame: number; per100Turns: number };
  /** Reflection pauses (open-end flow cards that stopped the table). */
  reflections: { perGame: number };
  byRole: Share[];
  byCase: Share[];
  overTime: RoundPoint[];
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(record).sort()) out[k] = record[k];
  return out;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function shares(games: readonly GameSummary[], pick: (g: GameSummary) => string[], wins: number): Share[] {
  const seen = new Map<string, { games: number; wins: number }>();
  for (const g of games) {
    for (const id of pick(g)) {
      const s = seen.get(id) ?? { games: 0, wins: 0 };
      s.games++;
      if (g.result === 'won') s.wins++;
      seen.set(id, s);
    }
  }
  const ids = [...seen.keys()].sort();
  const winShare = (id: string) => (wins === 0 ? 0 : seen.get(id)!.wins / wins);
  const average = ids.length === 0 ? 0 : ids.reduce((a, id) => a + winShare(id), 0) / ids.length;
  return ids.map((id) => {
    const s = seen.get(id)!;
    return {
      id,
      games: s.games,
      wins: s.wins,
      winRate: r6(s.wins / s.games),
      winShare: r6(winShare(id)),
      vsAverage: r6(average === 0 ? 0 : winShare(id) / average),
    };
  });
}

export function buildReport(meta: RunMeta, games: readonly GameSummary[]): Report {
  const n = games.length;
  const wins = games.filter((g) => g.result === 'won').length;
  const interval = wilson(wins, n);

  const outcomes: Record<string, number> = {};
  const lossCauses: Record<string, number> = {};
  const histogram: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let roundSum = 0;
  let turnSum = 0;
  let breakdownSum = 0;
  for (const g of games) {
    turnSum += g.turns;
    for (const b of g.breakdowns) breakdownSum += b;
    const key = `${g.result}:${g.reason}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    if (g.result === 'lost') lossCauses[g.reason] = (lossCauses[g.reason] ?? 0) + 1;
    histogram[g.rounds] = (histogram[g.rounds] ?? 0) + 1;
    roundSum += g.rounds;
    for (const [type, k] of Object.entries(g.actions)) counts[type] = (counts[type] ?? 0) + k;
  }
  const rounds = games.map((g) => g.rounds).sort((a, b) => a - b);
  const turns = games.map((g) => g.turns).sort((a, b) => a - b);
  const perGame = (x: number) => r6(n === 0 ? 0 : x / n);
  const perTurn = (x: number) => r6(turnSum === 0 ? 0 : x / turnSum);
  const actionsPerGame: Record<string, number> = {};
  for (const [type, k] of Object.entries(counts)) actionsPerGame[type] = perGame(k);
  const totalActions = Object.values(counts).reduce((a, b) => a + b, 0);
  const share: Record<string, number> = {};
  for (const [type, k] of Object.entries(counts)) share[type] = r6(k / totalActions);

  const longest = rounds.length === 0 ? 0 : rounds[rounds.length - 1];
  const overTime: RoundPoint[] = [];
  for (let i = 0; i < longest; i++) {
    let alive = 0, pressure = 0, crisis = 0, breakdowns = 0;
    for (const g of games) {
      if (g.rounds <= i) continue;
      alive++;
      pressure += g.pressure[i];
      crisis += g.crisis[i];
      breakdowns += g.breakdowns[i];
    }
    overTime.push({ round: i + 1, games: alive, meanPressure: r6(pressure / alive), meanCrisis: r6(crisis / alive), breakdowns });
  }

  return {
    scenario: meta.scenario,
    players: meta.players,
    bot: meta.bot,
    seed: meta.seed,
    without: meta.without ?? [],
    ...(meta.ownCases ? { ownCases: meta.ownCases } : {}),
    games: n,
    winRate: r6(n === 0 ? 0 : wins / n),
    winInterval: { confidence: 0.95, low: r6(interval.low), high: r6(interval.high) },
    wins,
    losses: n - wins,
    outcomes: sortedKeys(outcomes),
    lossCauses: sortedKeys(lossCauses),
    rounds: {
      mean: r6(n === 0 ? 0 : roundSum / n),
      median: quantile(rounds, 0.5),
      p10: quantile(rounds, 0.1),
      p90: quantile(rounds, 0.9),
      min: rounds[0] ?? 0,
      max: longest,
      histogram,
    },
    actions: { total: totalActions, perGame: r6(n === 0 ? 0 : totalActions / n), counts: sortedKeys(counts), share: sortedKeys(share) },
    actionsPerGame: sortedKeys(actionsPerGame),
    turns: { mean: perGame(turnSum), median: quantile(turns, 0.5), p10: quantile(turns, 0.1), p90: quantile(turns, 0.9) },
    discards: { perGame: perGame(counts.discard ?? 0), perTurn: perTurn(counts.discard ?? 0) },
    breakdowns: { perGame: perGame(breakdownSum), per100Turns: r6(turnSum === 0 ? 0 : (breakdownSum * 100) / turnSum) },
    reflections: { perGame: perGame(counts.reflect ?? 0) },
    byRole: shares(games, (g) => g.roles, wins),
    byCase: shares(games, (g) => g.cases, wins),
    overTime,
  };
}
