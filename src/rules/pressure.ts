/**
 * Pressure on places, breakdowns and spill-over.
 *
 * A place pushed past the limit breaks down: it stays at the limit, the crisis track rises,
 * the commons loses trust and pressure spills to every neighbour. One cause (one flow card
 * with all its effects, one transformation) breaks each place down at most once, so a cascade
 * always ends: at most one breakdown per place, eight in all. `broken` is that cause's list.
 */
import type { Content } from '../content/content.ts';
import type { PatternId } from '../content/schema.ts';
import { record } from './events.ts';
import { setOutcome } from './outcome.ts';
import { ruleValue } from './rule-values.ts';
import { startOf } from './scenario-settings.ts';
import { loseTrust } from './trust.ts';
import type { GameState } from './state.ts';

export function addPressure(content: Content, state: GameState, place: PatternId, amount: number, broken: PatternId[] = []): void {
  if (state.outcome) return;
  const limit = content.pressureLimit;
  const before = state.pressure[place];
  const after = before + amount;
  if (after <= limit) {
    state.pressure[place] = after;
    record(state, { e: 'pressure', place, amount });
    notePeak(state);
    return;
  }
  if (before < limit) {
    state.pressure[place] = limit;
    record(state, { e: 'pressure', place, amount: limit - before });
  }
  if (broken.includes(place)) return;
  broken.push(place);
  breakdown(content, state, place, broken);
}

function breakdown(content: Content, state: GameState, place: PatternId, broken: PatternId[]): void {
  state.crisis += 1;
  state.stats.breakdowns.push({ round: state.turn.round, place });
  record(state, { e: 'breakdown', place, crisis: state.crisis });
  loseTrust(state, ruleValue(content, state, 'breakdownTrustLoss', null, place));
  if (state.crisis >= startOf(content, state).crisisLimit) {
    setOutcome(state, { result: 'lost', reason: 'crisis' });
    return;
  }
  const spill = ruleValue(content, state, 'spillAmount', null, place);
  if (spill === 0) return;
  for (const next of content.places[place].neighbours) addPressure(content, state, next, spill, broken);
}

export function removePressure(state: GameState, place: PatternId, amount: number): number {
  const removed = Math.min(amount, state.pressure[place]);
  if (removed > 0) {
    state.pressure[place] -= removed;
    record(state, { e: 'pressure', place, amount: -removed });
  }
  return removed;
}

function notePeak(state: GameState): void {
  let total = 0;
  for (const p in state.pressure) total += state.pressure[p as PatternId];
  if (total > state.stats.peakPressure.total) state.stats.peakPressure = { total, round: state.turn.round };
}
