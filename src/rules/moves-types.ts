/**
 * The moves a player can make, as plain data. The same objects are boardgame.io move
 * arguments, entries of a match record, what bots choose from and what the client offers.
 */
import type { Content } from '../content/content.ts';
import type { PatternId } from '../content/schema.ts';
import type { GameState, Seat } from './state.ts';
import type { PublicFacts } from './view.ts';

export type Move =
  | { type: 'travel'; to: PatternId }
  /** Draw from the deck ("deck") or take a face-up card (its instance id). */
  | { type: 'study'; from: string }
  | { type: 'share'; card: string; to: Seat }
  | { type: 'teach'; card: string; to: Seat }
  | { type: 'apply'; case: string }
  | { type: 'coCreate'; case: string; partner: Seat }
  | { type: 'care' }
  | { type: 'spendTrust' }
  | { type: 'endTurn' }
  | { type: 'discard'; card: string }
  /** Close a reflection pause, with the table's shared note or without one (skipped). */
  | { type: 'reflect'; note?: string };

export type MoveType = Move['type'];
export type MoveOf<T extends MoveType> = Extract<Move, { type: T }>;

/**
 * Why a move is not possible, as a key the client translates (src/client/i18n). Kept as data
 * so the client can say why on hover instead of only greying a button out.
 */
export type Reason =
  | 'gameOver'
  | 'notYourTurn'
  | 'wrongStage'
  | 'noActionsLeft'
  | 'badArguments'
  | 'unknownPlace'
  | 'samePlace'
  | 'tooFar'
  | 'deckEmpty'
  | 'notFaceUp'
  | 'notInHand'
  | 'unknownPlayer'
  | 'notAtSamePlace'
  | 'wrongPatternHere'
  | 'notEnoughTrust'
  | 'unknownCase'
  | 'caseDone'
  | 'noOpenNeedHere'
  | 'notEnoughCards'
  | 'partnerNotEnoughCards'
  | 'finishTogether'
  | 'noPressure'
  | 'noTrustActionsLeft'
  | 'withinHandLimit'
  | 'noOtherPlayers'
  | 'noteTooLong'
  | 'alreadyKnows';

/**
 * How far a move got through the rules before it was refused, from "not even a move" to
 * "one step from legal". Every action checks in this order, so when no move of a type is
 * legal, the reason of the move that got furthest is the true one to tell the player: Apply
 * with one case that needs nothing here and one that needs it but too few cards in hand is
 * refused for the cards, not for the first case.
 */
export const REASON_ORDER = [
  'gameOver',
  'notYourTurn',
  'wrongStage',
  'noActionsLeft',
  'badArguments',
  'noteTooLong',
  'unknownPlace',
  'unknownPlayer',
  'noOtherPlayers',
  'unknownCase',
  'notInHand',
  'notFaceUp',
  'samePlace',
  'notAtSamePlace',
  'caseDone',
  'noOpenNeedHere',
  'wrongPatternHere',
  'alreadyKnows',
  'tooFar',
  'deckEmpty',
  'noPressure',
  'withinHandLimit',
  'noTrustActionsLeft',
  'notEnoughTrust',
  'notEnoughCards',
  'partnerNotEnoughCards',
  'finishTogether',
] as const satisfies readonly Reason[];
/** Every reason has its rank: adding a reason without placing it above fails the type check. */
const REASONS_ALL_RANKED: [Exclude<Reason, (typeof REASON_ORDER)[number]>] extends [never] ? true : false = true;

/** One action of the rulebook: when it is possible, which moves it offers, what it does. */
export interface Action<T extends MoveType> {
  type: T;
  /** Whether it spends one of the turn's actions. */
  costsAction: boolean;
  /** The stage of the turn it belongs to. */
  stage: GameState['turn']['stage'];
  /** Every move of this type that could be made, legal or not (check() filters them). */
  candidates(content: Content, state: PublicFacts, seat: Seat): MoveOf<T>[];
  /**
   * Optional fast path: exactly the candidates that check() passes, in candidates() order.
   * For actions with many candidates (share, teach), where checking each one by one repeats
   * the same reading of the table for every card and player.
   */
  legal?(content: Content, state: PublicFacts, seat: Seat): MoveOf<T>[];
  /** Why this exact move is illegal beyond turn, stage and actions (null: legal). */
  check(content: Content, state: PublicFacts, seat: Seat, move: MoveOf<T>): Reason | null;
  perform(content: Content, state: GameState, seat: Seat, move: MoveOf<T>): void;
}
