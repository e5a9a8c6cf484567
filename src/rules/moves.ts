/**
 * The rules' front door: which moves the player to act may make, why a move is not
 * possible, and making it. boardgame.io, the bots, the simulator, the replay tool and the
 * client's highlighting all go through these three functions, so what is offered and what
 * is accepted can never disagree.
 */
import type { Content } from '../content/content.ts';
import { apply, coCreate } from './actions/apply.ts';
import { care } from './actions/care.ts';
import { share, teach } from './actions/share.ts';
import { study } from './actions/study.ts';
import { travel } from './actions/travel.ts';
import { discard, endTurn, reflect, spendTrust } from './actions/turn.ts';
import { REASON_ORDER, type Action, type Move, type MoveOf, type MoveType, type Reason } from './moves-types.ts';
import type { GameState, Seat } from './state.ts';
import type { PublicFacts } from './view.ts';

export type { Move, MoveType, Reason } from './moves-types.ts';

/** Every action, in the order of the rulebook. */
export const ACTIONS: { [T in MoveType]: Action<T> } = {
  travel,
  study,
  share,
  teach,
  apply,
  coCreate,
  care,
  spendTrust,
  endTurn,
  discard,
  reflect,
};
export const MOVE_TYPES = Object.keys(ACTIONS) as MoveType[];

/** Why `seat` cannot take this kind of action at all right now, or null if some move of it may be legal. */
export function blocked(state: PublicFacts, seat: Seat, type: MoveType): Reason | null {
  const action = ACTIONS[type] as Action<MoveType> | undefined;
  if (!action) return 'badArguments';
  if (state.outcome) return 'gameOver';
  if (seat !== state.turn.seat) return 'notYourTurn';
  if (state.turn.stage !== action.stage) return 'wrongStage';
  if (action.costsAction && state.turn.actionsLeft < 1) return 'noActionsLeft';
  return null;
}

/** Why this move is illegal for `seat`, or null when it is legal. */
export function whyNot(content: Content, state: PublicFacts, seat: Seat, move: Move): Reason | null {
  if (typeof move !== 'object' || move === null || typeof move.type !== 'string' || !Object.hasOwn(ACTIONS, move.type)) {
    return 'badArguments';
  }
  const reason = blocked(state, seat, move.type);
  if (reason) return reason;
  return (ACTIONS[move.type] as Action<MoveType>).check(content, state, seat, move as MoveOf<MoveType>);
}

/** Every legal move of `seat` (empty when it is not their turn or the match is over). */
export function legalMoves(content: Content, state: PublicFacts, seat: Seat): Move[] {
  const out: Move[] = [];
  if (state.outcome || seat !== state.turn.seat) return out;
  for (const type of MOVE_TYPES) {
    if (blocked(state, seat, type)) continue;
    const action = ACTIONS[type] as Action<MoveType>;
    if (action.legal) {
      for (const move of action.legal(content, state, seat)) out.push(move);
      continue;
    }
    for (const move of action.candidates(content, state, seat)) {
      if (action.check(content, state, seat, move) === null) out.push(move);
    }
  }
  return out;
}

const REASON_RANK = new Map<Reason, number>(REASON_ORDER.map((r, i) => [r, i]));

/**
 * Why no move of this type is legal now, or null if at least one is: the reason of the move
 * that came closest to legal (REASON_ORDER), not the first candidate's.
 */
export function whyNoneOf(content: Content, state: PublicFacts, seat: Seat, type: MoveType): Reason | null {
  const reason = blocked(state, seat, type);
  if (reason) return reason;
  const action = ACTIONS[type] as Action<MoveType>;
  let closest: Reason | null = null;
  for (const move of action.candidates(content, state, seat)) {
    const r = action.check(content, state, seat, move);
    if (r === null) return null;
    if (closest === null || (REASON_RANK.get(r) ?? -1) > (REASON_RANK.get(closest) ?? -1)) closest = r;
  }
  return closest ?? 'badArguments';
}

/**
 * Makes a move, mutating `state`. Returns the reason and changes nothing when the move is
 * illegal. Callers that must not mutate pass a copy (boardgame.io passes an immer draft).
 */
export function play(content: Content, state: GameState, seat: Seat, move: Move): Reason | null {
  const reason = whyNot(content, state, seat, move);
  if (reason) return reason;
  const action = ACTIONS[move.type] as Action<MoveType>;
  if (action.costsAction) state.turn.actionsLeft -= 1;
  state.stats.actions[move.type] = (state.stats.actions[move.type] ?? 0) + 1;
  action.perform(content, state, seat, move as MoveOf<MoveType>);
  return null;
}
