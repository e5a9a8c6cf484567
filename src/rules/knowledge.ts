/**
 * Knowledge cards: the deck, its discard pile, the face-up row and the hands. A card instance
 * is always in exactly one of these places (or spent into the discard pile).
 */
import type { Content } from '../content/content.ts';
import { record } from './events.ts';
import { shuffle } from './rng.ts';
import type { GameState, Seat } from './state.ts';

/**
 * Cards a study from the deck could still draw (deck and discard pile). Works on the public
 * view too, where the deck is only a count: legality never needs to know the deck's order.
 */
export function knowledgeLeft(state: { knowledge: { deck: readonly string[] | number; discard: readonly string[] } }): number {
  const deck = state.knowledge.deck;
  return (typeof deck === 'number' ? deck : deck.length) + state.knowledge.discard.length;
}

/** Takes the top card of the knowledge deck, reshuffling the discard pile when it runs out. */
export function takeFromDeck(state: GameState): string | undefined {
  const k = state.knowledge;
  if (k.deck.length === 0 && k.discard.length > 0) {
    k.deck = shuffle(state, k.discard);
    k.discard = [];
  }
  return k.deck.pop();
}

/** A player draws up to `amount` cards (fewer when deck and discard are both empty). */
export function draw(state: GameState, seat: Seat, amount: number): string[] {
  const drawn: string[] = [];
  for (let i = 0; i < amount; i++) {
    const card = takeFromDeck(state);
    if (card === undefined) break;
    state.players[seat].hand.push(card);
    drawn.push(card);
  }
  return drawn;
}

/** Refills the face-up row to the scenario's size. */
export function refillFaceUp(content: Content, state: GameState): void {
  const size = content.scenarios.get(state.scenario)!.start.faceUp;
  while (state.knowledge.faceUp.length < size) {
    const card = takeFromDeck(state);
    if (card === undefined) return;
    state.knowledge.faceUp.push(card);
  }
}

/** Moves a card from a hand to the discard pile. The caller has checked it is there. */
export function discardFromHand(state: GameState, seat: Seat, card: string): void {
  const hand = state.players[seat].hand;
  hand.splice(hand.indexOf(card), 1);
  state.knowledge.discard.push(card);
}

/** The cards of one pattern in a hand, in hand order (the order cards are spent in). */
export function cardsOfPattern(content: Content, hand: readonly string[], pattern: string): string[] {
  const out: string[] = [];
  for (const card of hand) if (content.knowledge.get(card.slice(0, card.indexOf('#')))?.pattern === pattern) out.push(card);
  return out;
}

/** Spends the first `count` cards of a pattern from a hand; returns them. */
export function spend(content: Content, state: GameState, seat: Seat, pattern: string, count: number): string[] {
  const spent = cardsOfPattern(content, state.players[seat].hand, pattern).slice(0, count);
  for (const card of spent) discardFromHand(state, seat, card);
  return spent;
}

export function drawFor(state: GameState, seat: Seat, amount: number): void {
  const cards = draw(state, seat, amount);
  if (cards.length > 0) record(state, { e: 'draw', seat, cards });
}
