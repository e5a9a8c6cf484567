/**
 * The effect language interpreter. Flow cards and transformations are lists of effects
 * (src/content/schema.ts, documented in docs/effects.md); this is the only place that gives
 * them meaning, so a new card made of existing effects needs no code.
 */
import type { Content } from '../content/content.ts';
import { PATTERN_IDS } from '../content/names.ts';
import type { Condition, Effect, PatternId } from '../content/schema.ts';
import { record } from './events.ts';
import { discardFromHand, drawFor } from './knowledge.ts';
import { addPressure, removePressure } from './pressure.ts';
import { randomInt } from './rng.ts';
import { nextPrompt } from './prompts.ts';
import { startOf } from './scenario-settings.ts';
import { setOutcome } from './outcome.ts';
import { gainTrust, loseTrust } from './trust.ts';
import type { GameState, Seat } from './state.ts';
import type { PlaceRef } from '../content/schema.ts';

/** The places a place reference names right now (several only for "all"). */
function resolvePlaces(content: Content, state: GameState, ref: PlaceRef): PatternId[] {
  switch (ref) {
    case 'all':
      return [...PATTERN_IDS];
    case 'current':
      return [state.players[state.turn.seat].place];
    case 'random':
      return [PATTERN_IDS[randomInt(state, PATTERN_IDS.length)]];
    case 'mostPressured':
    case 'leastPressured': {
      let best: PatternId = PATTERN_IDS[0];
      for (const p of PATTERN_IDS) {
        const better = ref === 'mostPressured' ? state.pressure[p] > state.pressure[best] : state.pressure[p] < state.pressure[best];
        if (better) best = p;
      }
      return [best];
    }
    default:
      return [ref];
  }
}

function seatsOf(state: GameState, who: 'current' | 'all'): Seat[] {
  return who === 'current' ? [state.turn.seat] : state.players.map((_, i) => i);
}

export function holds(content: Content, state: GameState, condition: Condition): boolean {
  switch (condition.type) {
    case 'pressureAtLeast':
      return resolvePlaces(content, state, condition.place).every((p) => state.pressure[p] >= condition.amount);
    case 'trustAtLeast':
      return state.trust >= condition.amount;
    case 'commonsAtLeast':
      return state.commons.length >= condition.amount;
    case 'crisisAtLeast':
      return state.crisis >= condition.amount;
    case 'hasTransformation':
      return state.transformations.includes(condition.transformation);
    case 'not':
      return !holds(content, state, condition.condition);
    case 'all':
      return condition.conditions.every((c) => holds(content, state, c));
    case 'any':
      return condition.conditions.some((c) => holds(content, state, c));
  }
}

/** Changes the disruption rate's step, within the scenario's track. */
function moveRate(content: Content, state: GameState, by: number): void {
  const track = startOf(content, state).rateTrack;
  const step = Math.max(0, Math.min(track.length - 1, state.rateStep + by));
  if (step !== state.rateStep) {
    state.rateStep = step;
    record(state, { e: 'rate', step });
  }
}

/**
 * Runs effects in order. Stops as soon as the match is over. A `reflect` effect pauses the
 * table: it sets state.reflection and the rest of the card still resolves (the pause is
 * between flow cards, see flow.ts).
 *
 * One call is one cause (one flow card, one transformation): every effect of it shares the
 * list of places already broken down, so a place breaks down at most once per card, however
 * many of its effects push it (the rulebook's promise; a "Financial crash" that hits two
 * full neighbours breaks each down once, not twice).
 */
export function runEffects(content: Content, state: GameState, effects: readonly Effect[], source: string, broken: PatternId[] = []): void {
  for (const effect of effects) {
    if (state.outcome) return;
    runEffect(content, state, effect, source, broken);
  }
}

function runEffect(content: Content, state: GameState, effect: Effect, source: string, broken: PatternId[]): void {
  switch (effect.type) {
    case 'addPressure':
      for (const p of resolvePlaces(content, state, effect.place)) addPressure(content, state, p, effect.amount, broken);
      return;
    case 'removePressure':
      for (const p of resolvePlaces(content, state, effect.place)) removePressure(state, p, effect.amount);
      return;
    case 'gainTrust':
      gainTrust(content, state, effect.amount);
      return;
    case 'loseTrust':
      loseTrust(state, effect.amount);
      return;
    case 'drawKnowledge':
      for (const seat of seatsOf(state, effect.who)) drawFor(state, seat, effect.amount);
      return;
    case 'discardKnowledge':
      for (const seat of seatsOf(state, effect.who)) {
        for (let i = 0; i < effect.amount; i++) {
          const hand = state.players[seat].hand;
          if (hand.length === 0) break;
          const card = hand[randomInt(state, hand.length)];
          discardFromHand(state, seat, card);
          record(state, { e: 'discard', seat, card });
        }
      }
      return;
    case 'moveTo': {
      const place = effect.place === 'all' ? state.players[state.turn.seat].place : resolvePlaces(content, state, effect.place)[0];
      for (const seat of seatsOf(state, effect.who)) {
        if (state.players[seat].place !== place) {
          state.players[seat].place = place;
          record(state, { e: 'move', seat, to: place });
        }
      }
      return;
    }
    case 'raiseRate':
      moveRate(content, state, effect.amount);
      return;
    case 'lowerRate':
      moveRate(content, state, -effect.amount);
      return;
    case 'advanceCrisis': {
      state.crisis += effect.amount;
      record(state, { e: 'crisis', amount: effect.amount });
      const limit = startOf(content, state).crisisLimit;
      if (state.crisis >= limit) setOutcome(state, { result: 'lost', reason: 'crisis' });
      return;
    }
    case 'easeCrisis': {
      const eased = Math.min(effect.amount, state.crisis);
      if (eased > 0) {
        state.crisis -= eased;
        record(state, { e: 'crisis', amount: -eased });
      }
      return;
    }
    case 'adjustRule':
      if (effect.pattern === undefined) state.rules[effect.rule] += effect.by;
      else state.patternRules.push({ rule: effect.rule, by: effect.by, pattern: effect.pattern });
      record(state, effect.pattern === undefined ? { e: 'rule', rule: effect.rule, by: effect.by } : { e: 'rule', rule: effect.rule, by: effect.by, pattern: effect.pattern });
      return;
    case 'reflect': {
      // A workshop slot holds only so many conversations: past the scenario's limit the card passes quietly.
      const most = startOf(content, state).reflections;
      if (most !== undefined && state.pauses >= most) return;
      const prompt = effect.prompt ?? nextPrompt(content, state);
      if (prompt === undefined) return;
      state.reflection = { prompt, card: source };
      state.pauses += 1;
      record(state, { e: 'reflect', prompt });
      return;
    }
    case 'if':
      runEffects(content, state, holds(content, state, effect.condition) ? effect.then : (effect.else ?? []), source, broken);
      return;
  }
}
