/** The rules core: pure, deterministic, no boardgame.io, React or Node imports. */
export { setup, SetupError, type SetupOptions } from './setup.ts';
export { play, legalMoves, whyNot, whyNoneOf, blocked, ACTIONS, MOVE_TYPES } from './moves.ts';
export type { Move, MoveType, Reason } from './moves-types.ts';
export { hidesFacts, publicView, stateFromView, type PublicFacts, type PublicState } from './view.ts';
export { hashState } from './hash.ts';
export { ruleValue, applyCost, DEFAULT_RULES } from './rule-values.ts';
export { openNeeds } from './cases.ts';
export { disruptionRate } from './flow.ts';
export type * from './state.ts';
export { NOTE_MAX_LENGTH } from './notes.ts';
