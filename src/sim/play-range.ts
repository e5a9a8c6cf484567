/**
 * Playing a range of a run's games: pure (no Node imports), so the simulator's workers, its
 * in-thread path and the server's lazy deck figures share it.
 */
import { BOTS, type BotName } from '../bots/index.ts';
import type { Content } from '../content/content.ts';
import type { MoveType } from '../rules/moves-types.ts';
import { summarise, type GameSummary } from './summary.ts';

/** What a run's games need to know besides the deck. */
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
