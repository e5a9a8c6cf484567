/**
 * What the simulator keeps of one game: small, plain data, so workers can send it back and
 * the report can be counted from it in game order.
 */
import type { Content } from '../content/content.ts';
import type { Picker } from '../bots/types.ts';
import type { PatternId } from '../content/schema.ts';
import type { GameState } from '../rules/state.ts';
import { playGame, type GameOptions } from './play-game.ts';

export interface GameSummary {
  result: 'won' | 'lost';
  reason: string;
  /** The round the game ended in. */
  rounds: number;
  /** Turns taken, the last one included. */
  turns: number;
  roles: string[];
  cases: string[];
  /** Actions taken, by move type. */
  actions: Record<string, number>;
  /** Per round (index 0 = round 1): total pressure on the board and the crisis track at the end of the round. */
  pressure: number[];
  crisis: number[];
  /** Breakdowns per round (index 0 = round 1). */
  breakdowns: number[];
}

function totalPressure(state: GameState): number {
  let total = 0;
  for (const p in state.pressure) total += state.pressure[p as PatternId];
  return total;
}

export function summarise(content: Content, options: GameOptions, bot: Picker<GameState>): GameSummary {
  const pressure: number[] = [];
  const crisis: number[] = [];
  let round = 1;
  // Sampled when a round ends (the next one starts) and once more when the game ends.
  const end = playGame(content, options, bot, (state) => {
    while (state.turn.round > round) {
      pressure.push(totalPressure(state));
      crisis.push(state.crisis);
      round++;
    }
  });
  pressure.push(totalPressure(end));
  crisis.push(end.crisis);
  const breakdowns = new Array<number>(end.turn.round).fill(0);
  for (const b of end.stats.breakdowns) breakdowns[b.round - 1] += 1;
  return {
    result: end.outcome!.result,
    reason: end.outcome!.reason,
    rounds: end.turn.round,
    turns: end.turn.number,
    roles: end.players.map((p) => p.role),
    cases: end.cases.map((c) => c.id),
    actions: { ...end.stats.actions },
    pressure,
    crisis,
    breakdowns,
  };
}
