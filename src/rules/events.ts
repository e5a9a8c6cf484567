/**
 * The event window: the last EVENT_WINDOW events, each numbered. Bounded on purpose: an
 * ever-growing array in G is copied on every move by immer and by the stores.
 */
import { chronicle } from './chronicle.ts';
import type { GameEvent, GameState, LoggedEvent } from './state.ts';

const EVENT_WINDOW = 80;

export function record(state: GameState, event: GameEvent): void {
  state.eventCount += 1;
  // Every caller passes a fresh literal, so the event itself is numbered and kept: copying
  // it ({ ...event, n }) was a sixth of a simulated game's time. Same keys, same order.
  const logged = event as LoggedEvent;
  logged.n = state.eventCount;
  state.events.push(logged);
  chronicle(state, event);
  // One event in, at most one out: shift is cheaper than splice on this hot path.
  while (state.events.length > EVENT_WINDOW) state.events.shift();
}
