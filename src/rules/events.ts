/**
 * The event window: the last EVENT_WINDOW events, each numbered. Bounded on purpose: an
 * ever-growing array in G is copied on every move by immer and by the stores.
 */
import { chronicle } from './chronicle.ts';
import type { GameEvent, GameState } from './state.ts';

export const EVENT_WINDOW = 80;

export function record(state: GameState, event: GameEvent): void {
  state.eventCount += 1;
  state.events.push({ ...event, n: state.eventCount });
  chronicle(state, event);
  // One event in, at most one out: shift is cheaper than splice on this hot path.
  while (state.events.length > EVENT_WINDOW) state.events.shift();
}
