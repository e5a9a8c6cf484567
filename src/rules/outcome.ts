/** How a match ends: won together or lost together. */
import type { Content } from '../content/content.ts';
import { record } from './events.ts';
import type { GameState, Outcome } from './state.ts';

export function setOutcome(state: GameState, outcome: Outcome): void {
  if (state.outcome) return;
  state.outcome = outcome;
  state.turn.stage = 'over';
  state.reflection = null;
  record(state, { e: 'outcome', outcome });
}

/**
 * Win: the scenario's target of commons (at most one per player, as each player brings one
 * case), or else every player's case done.
 */
export function checkWin(content: Content, state: GameState): void {
  if (state.outcome) return;
  const target = content.scenarios.get(state.scenario)!.target?.commons;
  if (target !== undefined) {
    if (state.commons.length >= Math.min(target, state.cases.length)) setOutcome(state, { result: 'won', reason: 'target' });
  } else if (state.cases.every((c) => c.done)) {
    setOutcome(state, { result: 'won', reason: 'allCases' });
  }
}
