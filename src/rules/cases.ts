/**
 * Cases and commons. Any player may meet a need of any case; a finished case becomes a
 * commons and its transformation changes the rules for the rest of the game.
 *
 * Knowledge is a commons and so are the cases: with two or more players no case can be
 * finished by one player alone. The last need can only be met when, with it, at least two
 * players have contributed to the case.
 */
import type { Content } from '../content/content.ts';
import type { PatternId } from '../content/schema.ts';
import { runEffects } from './effects.ts';
import { record } from './events.ts';
import { checkWin } from './outcome.ts';
import { caseNeeds, caseTransformation } from './own-case.ts';
import { ruleValue } from './rule-values.ts';
import { gainTrust } from './trust.ts';
import type { CaseState, GameState, Seat } from './state.ts';
import type { PublicFacts } from './view.ts';

/** Needs of `pattern` still open on a case. */
export function openNeeds(content: Content, c: CaseState, pattern: PatternId): number {
  const need = caseNeeds(content, c)[pattern] ?? 0;
  return need - (c.met[pattern] ?? 0);
}

export function totalOpenNeeds(content: Content, c: CaseState): number {
  const needs = caseNeeds(content, c);
  let open = 0;
  for (const p in needs) open += needs[p as PatternId]! - (c.met[p as PatternId] ?? 0);
  return open;
}

/** Would meeting one need by these seats finish the case with a single contributor? */
export function wouldFinishAlone(content: Content, state: PublicFacts, c: CaseState, seats: readonly Seat[]): boolean {
  if (state.players.length < 2 || totalOpenNeeds(content, c) !== 1) return false;
  const all = new Set<Seat>([...c.contributors, ...seats]);
  return all.size < 2;
}

/** Meets one need of a case; finishes it when nothing is left open. */
export function meetNeed(content: Content, state: GameState, c: CaseState, pattern: PatternId, seats: readonly Seat[]): void {
  c.met[pattern] = (c.met[pattern] ?? 0) + 1;
  for (const seat of seats) if (!c.contributors.includes(seat)) c.contributors.push(seat);
  if (totalOpenNeeds(content, c) === 0) finishCase(content, state, c);
}

function finishCase(content: Content, state: GameState, c: CaseState): void {
  c.done = true;
  state.commons.push(c.id);
  const transformation = caseTransformation(content, c);
  record(state, { e: 'caseDone', case: c.id, transformation });
  gainTrust(content, state, ruleValue(content, state, 'caseTrust'));
  // Two commons with the same transformation both apply it: the change is earned twice.
  if (!state.transformations.includes(transformation)) state.transformations.push(transformation);
  runEffects(content, state, content.transformations.get(transformation)!.effects, transformation);
  checkWin(content, state);
}
