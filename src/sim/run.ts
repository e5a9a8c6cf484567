/**
 * Runs a simulation: G games of one scenario and player count, every seat played by one
 * bot, spread over worker threads. Game i is seeded "<run seed>:<i>", workers take chunks of
 * game numbers from a queue, and the results are put back in game order before they are
 * counted: the report is the same bytes whatever the number of workers.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ABLATABLE, BOTS, type BotName } from '../bots/index.ts';
import type { MoveType } from '../rules/moves-types.ts';
import type { Content } from '../content/content.ts';
import { loadContent } from '../content/load.ts';
import { setup as setupMatch } from '../rules/setup.ts';
import { buildReport, type Report } from './report.ts';
import { summarise, type GameSummary } from './summary.ts';

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
  /** Worker threads; 0 or 1 plays in this thread. Default: one per core. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** What a worker is told once, at its start. */
export interface WorkerSetup {
  contentDir?: string;
  scenario: string;
  players: number;
  bot: BotName;
  seed: string;
  without?: MoveType[];
  ownCases?: 'random';
}

export const gameSeed = (seed: string, index: number) => `${seed}:${index}`;

/** Plays games [start, end) of a run. */
export function playRange(content: Content, setup: WorkerSetup, start: number, end: number): GameSummary[] {
  const out: GameSummary[] = [];
  const bot = BOTS[setup.bot];
  for (let i = start; i < end; i++) {
    out.push(summarise(content, { scenario: setup.scenario, players: setup.players, seed: gameSeed(setup.seed, i), without: setup.without, ownCases: setup.ownCases }, bot));
  }
  return out;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * A worker cannot load worker.ts by itself (Node does not pass tsx's loader on to workers),
 * so each starts from a few lines that register tsx and then import it.
 */
function workerBootstrap(): string {
  // The ESM build of tsx's API sits beside the CommonJS one that require.resolve finds.
  const api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}

async function playInWorkers(o: SimOptions, workers: number): Promise<GameSummary[]> {
  const results = new Array<GameSummary[]>();
  const chunk = Math.max(1, Math.min(100, Math.ceil(o.games / (workers * 8))));
  let next = 0;
  let done = 0;
  const setup: WorkerSetup = { contentDir: o.contentDir, scenario: o.scenario, players: o.players, bot: o.bot, seed: o.seed, without: o.without, ownCases: o.ownCases };
  const bootstrap = workerBootstrap();
  const running = Array.from({ length: Math.min(workers, Math.ceil(o.games / chunk)) }, () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(bootstrap, { eval: true, workerData: setup });
      const give = () => {
        if (next >= o.games) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const start = next;
        next = Math.min(o.games, next + chunk);
        worker.postMessage({ start, end: next });
      };
      worker.on('message', (m: { start: number; games: GameSummary[] }) => {
        results[m.start / chunk] = m.games;
        done += m.games.length;
        o.onProgress?.(done, o.games);
        give();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0 && next < o.games) reject(new Error(`a simulator worker stopped with code ${code}`));
      });
      give();
    }),
  );
  await Promise.all(running);
  return results.flat();
}

export async function simulate(o: SimOptions): Promise<Report> {
  if (!(o.bot in BOTS)) throw new Error(`unknown bot "${o.bot}" (choose ${Object.keys(BOTS).join(' or ')})`);
  for (const type of o.without ?? []) {
    if (!ABLATABLE.includes(type)) throw new Error(`--without takes an action that chooses what to do with a turn (${ABLATABLE.join(', ')}), not "${type}"`);
  }
  const content = loadContent(o.contentDir);
  const setup: WorkerSetup = { contentDir: o.contentDir, scenario: o.scenario, players: o.players, bot: o.bot, seed: o.seed, without: o.without, ownCases: o.ownCases };
  // Fail fast, in this thread, on a scenario or player count the deck does not allow.
  setupMatch(content, { scenario: o.scenario, players: o.players, seed: o.seed });
  const workers = Math.max(1, Math.min(o.workers ?? defaultWorkers(), o.games));
  let games: GameSummary[];
  if (workers <= 1) {
    games = [];
    const step = Math.max(1, Math.floor(o.games / 100));
    for (let i = 0; i < o.games; i += step) {
      games.push(...playRange(content, setup, i, Math.min(o.games, i + step)));
      o.onProgress?.(games.length, o.games);
    }
  } else {
    games = await playInWorkers(o, workers);
  }
  return buildReport({ scenario: o.scenario, players: o.players, games: o.games, bot: o.bot, seed: o.seed, without: [...(o.without ?? [])].sort(), ...(o.ownCases ? { ownCases: o.ownCases } : {}) }, games);
}
