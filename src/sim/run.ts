/**
 * Runs a simulation: G games of one scenario and player count, every seat played by one
 * bot, spread over worker threads. Game i is seeded "<run seed>:<i>", workers take chunks of
 * game numbers from a queue, and the results are put back in game order before they are
 * counted: the report is the same bytes whatever the number of workers.
 */
import { availableParallelism } from 'node:os';
import { ABLATABLE, BOTS, type BotName } from '../bots/index.ts';
import type { MoveType } from '../rules/moves-types.ts';
import type { Content } from '../content/content.ts';
import { loadContent } from '../content/load.ts';
import { setup as setupMatch } from '../rules/setup.ts';
import { playRange, type WorkerSetup } from './play-range.ts';
import { SimPool } from './pool.ts';
import { buildReport, type Report } from './report.ts';
import type { GameSummary } from './summary.ts';

export { gameSeed, type WorkerSetup } from './play-range.ts';
export { SimPool } from './pool.ts';

export interface SimOptions {
  scenario: string;
  players: number;
  games: number;
  bot: BotName;
  seed: string;
  /** Actions the bots never choose (ablation); none by default. */
  without?: MoveType[];
  /** "random": every player brings a random own initiative within the budget. */
  ownCases?: 'random';
  /** A content folder (the shipped deck if absent). */
  contentDir?: string;
  /** The deck of contentDir, already loaded and checked (saves loading it again for every run). */
  content?: Content;
  /** Worker threads; 0 or 1 plays in this thread. Default: one per core. Ignored with `pool`. */
  workers?: number;
  /** Worker threads kept across runs (the caller closes it); the run's chunks join its queue. */
  pool?: SimPool;
  onProgress?: (done: number, total: number) => void;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/** Games a worker plays per message: small enough to share the work out evenly, large enough to keep messages few. */
function chunkSize(games: number, workers: number): number {
  return Math.max(1, Math.min(50, Math.ceil(games / (workers * 8))));
}

async function playInPool(o: SimOptions, content: Content, setup: WorkerSetup, pool: SimPool): Promise<GameSummary[]> {
  const chunk = chunkSize(o.games, pool.size);
  let done = 0;
  const parts: Promise<GameSummary[]>[] = [];
  for (let start = 0; start < o.games; start += chunk) {
    const end = Math.min(o.games, start + chunk);
    parts.push(pool.play(o.contentDir ?? '', content, setup, start, end).then((games) => {
      done += games.length;
      o.onProgress?.(done, o.games);
      return games;
    }));
  }
  // In game order, whatever order the chunks finished in.
  return (await Promise.all(parts)).flat();
}

export async function simulate(o: SimOptions): Promise<Report> {
  if (!(o.bot in BOTS)) throw new Error(`unknown bot "${o.bot}" (choose ${Object.keys(BOTS).join(' or ')})`);
  for (const type of o.without ?? []) {
    if (!ABLATABLE.includes(type)) throw new Error(`--without takes an action that chooses what to do with a turn (${ABLATABLE.join(', ')}), not "${type}"`);
  }
  const content = o.content ?? loadContent(o.contentDir);
  const setup: WorkerSetup = { scenario: o.scenario, players: o.players, bot: o.bot, seed: o.seed, without: o.without, ownCases: o.ownCases };
  // Fail fast, in this thread, on a scenario or player count the deck does not allow.
  setupMatch(content, { scenario: o.scenario, players: o.players, seed: o.seed });
  const workers = Math.max(1, Math.min(o.workers ?? defaultWorkers(), o.games));
  let games: GameSummary[];
  if (o.pool) {
    games = await playInPool(o, content, setup, o.pool);
  } else if (workers <= 1) {
    games = [];
    const step = Math.max(1, Math.floor(o.games / 100));
    for (let i = 0; i < o.games; i += step) {
      games.push(...playRange(content, setup, i, Math.min(o.games, i + step)));
      o.onProgress?.(games.length, o.games);
    }
  } else {
    const pool = new SimPool(workers);
    try {
      games = await playInPool(o, content, setup, pool);
    } finally {
      await pool.close();
    }
  }
  return buildReport({ scenario: o.scenario, players: o.players, games: o.games, bot: o.bot, seed: o.seed, without: [...(o.without ?? [])].sort(), ...(o.ownCases ? { ownCases: o.ownCases } : {}) }, games);
}
