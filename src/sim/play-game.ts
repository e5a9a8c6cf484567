/**
 * One complete game on the pure rules core, every seat played by the same bot. No
 * boardgame.io: this is what the simulator, the benchmark and the bot tests run.
 */
import type { Content } from '../content/content.ts';
import { seededRandom, type BotLimits, type Picker } from '../bots/types.ts';
import type { MoveType } from '../rules/moves-types.ts';
import { play } from '../rules/moves.ts';
import { setup } from '../rules/setup.ts';
import type { GameState } from '../rules/state.ts';
import { randomInitiative, type OwnInitiative } from '../rules/own-case.ts';

export interface GameOptions {
  scenario: string;
  players: number;
  /** The match seed (decks, roles, cases); the bot's own chance is derived from it. */
  seed: string;
  /** Safety net against a bot that never ends a game; no real game comes near it. */
  maxMoves?: number;
  /** Actions the bot never chooses (ablation: what is an action worth?). */
  without?: readonly MoveType[];
  /** "random": every player brings an own initiative made at random within the budget. */
  ownCases?: 'random';
}

/** The own initiatives of a simulated game: drawn from the game's seed, one per seat. */
function simulatedInitiatives(content: Content, options: GameOptions): OwnInitiative[] | undefined {
  if (options.ownCases !== 'random') return undefined;
  const random = seededRandom(`own:${options.seed}`);
  return Array.from({ length: options.players }, (_, seat) => randomInitiative(content, options.scenario, options.players, random, seat + 1));
}

/** Called after every move (for sampling pressure over time). */
export type MoveObserver = (state: GameState) => void;

class StuckBot extends Error {}

export function playGame(content: Content, options: GameOptions, bot: Picker<GameState>, observe?: MoveObserver): GameState {
  const state = setup(content, { scenario: options.scenario, players: options.players, seed: options.seed, own: simulatedInitiatives(content, options) });
  const random = seededRandom(`bot:${options.seed}`);
  const maxMoves = options.maxMoves ?? 20_000;
  const limits: BotLimits | undefined = options.without && options.without.length > 0 ? { without: new Set(options.without) } : undefined;
  for (let n = 0; !state.outcome; n++) {
    const seat = state.turn.seat;
    const move = bot(content, state, seat, random, limits);
    if (!move) throw new StuckBot(`no move for seat ${seat} at stage ${state.turn.stage} (seed ${options.seed})`);
    const reason = play(content, state, seat, move);
    if (reason) throw new StuckBot(`bot chose an illegal move ${JSON.stringify(move)}: ${reason} (seed ${options.seed})`);
    if (n >= maxMoves) throw new StuckBot(`no end after ${maxMoves} moves (seed ${options.seed})`);
    observe?.(state);
  }
  return state;
}
