/**
 * The end of a turn, in play order:
 *   1. draw knowledge (drawPerTurn);
 *   2. discard down to the hand limit (the player chooses: stage "discard");
 *   3. reveal flow cards equal to the disruption rate; an open-end card pauses the table for
 *      a reflection (stage "reflection") until someone confirms the table talked about it;
 *   4. the next player's turn begins.
 * When the flow deck runs out a day of the bootcamp ends and the deck is reshuffled; after
 * the last day the bootcamp is over and the game is lost.
 */
import { flowOf, type Content } from '../content/content.ts';
import { runEffects } from './effects.ts';
import { record } from './events.ts';
import { drawFor } from './knowledge.ts';
import { setOutcome } from './outcome.ts';
import { shuffle } from './rng.ts';
import { ruleValue } from './rule-values.ts';
import { startOf } from './scenario-settings.ts';
import type { GameState } from './state.ts';
import type { PublicFacts } from './view.ts';

/** Ends the acting player's actions: draw, then discard if needed, then the flow. */
export function endActions(content: Content, state: GameState): void {
  const seat = state.turn.seat;
  drawFor(state, seat, ruleValue(content, state, 'drawPerTurn', seat));
  if (state.outcome) return;
  if (overHandLimit(content, state)) {
    state.turn.stage = 'discard';
    return;
  }
  startFlow(content, state);
}

export function overHandLimit(content: Content, state: PublicFacts): boolean {
  const seat = state.turn.seat;
  return state.players[seat].hand.length > ruleValue(content, state, 'handLimit', seat);
}

/** After discarding: continue to the flow once the hand is within the limit. */
export function afterDiscard(content: Content, state: GameState): void {
  if (!overHandLimit(content, state)) startFlow(content, state);
}

/** Flow cards revealed at the end of a turn: the scenario's rate track at its current step. */
export function disruptionRate(content: Content, state: Pick<GameState, 'scenario' | 'rateStep' | 'players'>): number {
  return startOf(content, state).rateTrack[state.rateStep];
}

function startFlow(content: Content, state: GameState): void {
  state.turn.flowLeft = disruptionRate(content, state);
  continueFlow(content, state);
}

/** Reveals the flow cards still due; pauses on a reflection, else passes the turn on. */
export function continueFlow(content: Content, state: GameState): void {
  state.turn.stage = 'actions';
  while (state.turn.flowLeft > 0 && !state.outcome) {
    state.turn.flowLeft -= 1;
    revealFlow(content, state);
    if (state.reflection && !state.outcome) {
      state.turn.stage = 'reflection';
      return;
    }
  }
  if (!state.outcome) nextTurn(content, state);
}

function revealFlow(content: Content, state: GameState): void {
  const flow = state.flow;
  if (flow.deck.length === 0) {
    const days = startOf(content, state).days;
    if (state.day >= days) {
      setOutcome(state, { result: 'lost', reason: 'bootcampOver' });
      return;
    }
    state.day += 1;
    record(state, { e: 'day', day: state.day });
    flow.deck = shuffle(state, flow.discard);
    flow.discard = [];
  }
  const card = flow.deck.pop();
  if (card === undefined) {
    // Only a deck with no flow cards at all gets here; checked content never does.
    setOutcome(state, { result: 'lost', reason: 'bootcampOver' });
    return;
  }
  flow.discard.push(card);
  // A shield (from a transformation) cancels the card unseen in effect, but it is still spent.
  const cancelled = state.rules.flowShield > 0;
  record(state, { e: 'flow', card, cancelled });
  if (cancelled) {
    state.rules.flowShield -= 1;
    return;
  }
  runEffects(content, state, flowOf(content, card).effects, card);
}

/** The next seat's turn begins with fresh actions. */
function nextTurn(content: Content, state: GameState): void {
  const turn = state.turn;
  turn.seat = (turn.seat + 1) % state.players.length;
  turn.number += 1;
  if (turn.seat === 0) turn.round += 1;
  turn.actionsLeft = ruleValue(content, state, 'actionsPerTurn', turn.seat);
  turn.trustActionsUsed = 0;
  turn.stage = 'actions';
  turn.flowLeft = 0;
  record(state, { e: 'turn', seat: turn.seat, round: turn.round });
}
