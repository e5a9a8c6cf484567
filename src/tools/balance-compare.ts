/**
 * npm run balance -- --compare BASE_DIR [--content DIR] [--games N] [--seed S] [--bot B] [--json]
 *
 * Plays the deck (DIR, default the shipped one) and a base deck on the same seeds, for every
 * scenario and table size both have, and prints per row the win rate, length and loss causes
 * of each with 95 % intervals, marking ◀ the changes larger than the noise. Writes nothing.
 */
import type { BotName } from '../bots/index.ts';
import { loadContent } from '../content/load.ts';
import { compareReports, formatComparison, type Comparison } from '../sim/compare.ts';
import { defaultWorkers, SimPool, simulate } from '../sim/run.ts';

export interface CompareOptions {
  base: string;
  content?: string;
  games: number;
  seed: string;
  bot: BotName;
  workers?: number;
  json: boolean;
}

export async function runCompare(o: CompareOptions, log: (line: string) => void): Promise<Comparison[]> {
  const base = loadContent(o.base);
  const next = loadContent(o.content);
  const rows: { scenario: string; players: number }[] = [];
  for (const s of next.scenarios.values()) {
    const b = base.scenarios.get(s.id);
    if (!b) {
      log(`${s.id}: only in the new deck, not compared`);
      continue;
    }
    for (let players = Math.max(s.players.min, b.players.min); players <= Math.min(s.players.max, b.players.max); players++) rows.push({ scenario: s.id, players });
  }
  const out: Comparison[] = [];
  let flagged = 0;
  // Both decks' runs share one worker pool and are queued at once.
  const pool = new SimPool(Math.max(1, o.workers ?? defaultWorkers()));
  let played: [Awaited<ReturnType<typeof simulate>>, Awaited<ReturnType<typeof simulate>>][];
  try {
    played = await Promise.all(rows.map((row) => {
      const run = { ...row, games: o.games, seed: o.seed, bot: o.bot, pool };
      return Promise.all([simulate({ ...run, contentDir: o.base, content: base }), simulate({ ...run, contentDir: o.content, content: next })]);
    }));
  } finally {
    await pool.close();
  }
  for (const [b, n] of played) {
    const c = compareReports(b, n);
    out.push(c);
    if ([c.winRate, c.rounds, ...Object.values(c.lossCauses)].some((d) => d.flagged)) flagged++;
    if (!o.json) for (const line of formatComparison(c)) log(line);
  }
  if (o.json) log(JSON.stringify(out, null, 2));
  else log(`${rows.length} rows compared, ${flagged} with a change beyond the noise (◀: a two-sided test at 95 %; ${o.bot} bot, seed "${o.seed}")`);
  return out;
}
