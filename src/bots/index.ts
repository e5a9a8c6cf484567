/**
 * The project's bots. Each is a picker with exactly the server's BotPicker signature
 * (content, state, seat, random) → move, so the server, hot-seat play and the simulator
 * share them. Pure: no Node or React imports.
 */
import { heuristicBot } from './heuristic.ts';
import { randomBot } from './random.ts';
import type { Picker } from './types.ts';

export { heuristicBot } from './heuristic.ts';
export { ABLATABLE, seededRandom, type BotLimits, type Picker } from './types.ts';

export const randomPicker: Picker = randomBot;
export const heuristicPicker: Picker = heuristicBot;

export const BOTS = { random: randomBot, heuristic: heuristicBot } as const satisfies Record<string, Picker>;
export type BotName = keyof typeof BOTS;
