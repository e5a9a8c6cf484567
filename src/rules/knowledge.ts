/**
 * Knowledge cards: the deck, its discard pile, the face-up row and the hands. A card instance
 * is always in exactly one of these places (or spent into the discard pile).
 */
import type { Content } from '../content/content.ts';
import type { PatternId } from '../content/schema.ts';
import { record } from './events.ts';
import { shuffle } from './rng.ts';
import { startOf } from './scenario-settings.ts';
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
function takeFromDeck(state: GameState): string | undefined {
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
  const size = startOf(content, state).faceUp;
  while (state.knowledge.faceUp.length < size) {
    const card = takeFromDeck(state);
    if (card === undefined) return;
    state.knowledge.faceUp.push(card);
  }
}

/**
 * Moves a card from a hand to the discard pile. The caller has checked it is there. A learned
 * copy leaves the game instead: what you learned was yours, and a copy drawn again later
 * would count as learned for someone who never was taught it.
 */
export function discardFromHand(state: GameState, seat: Seat, card: string): void {
  const hand = state.players[seat].hand;
  hand.splice(hand.indexOf(card), 1);
  if (!isLearned(card)) state.knowledge.discard.push(card);
}

/**
 * The pattern of a card instance, remembered per deck: legality asks it for every card in
 * every hand on every move, and a simulation makes millions of moves. Undefined for an
 * instance of no card of this deck.
 */
const patternCache = new WeakMap<Content, Map<string, PatternId | null>>();
let lastContent: Content | undefined;
let lastCache = new Map<string, PatternId | null>();

export function patternOfInstance(content: Content, instance: string): PatternId | undefined {
  if (content !== lastContent) {
    let cache = patternCache.get(content);
    if (!cache) patternCache.set(content, (cache = new Map()));
    lastContent = content;
    lastCache = cache;
  }
  let pattern = lastCache.get(instance);
  if (pattern === undefined) {
    pattern = content.knowledge.get(instance.slice(0, instance.indexOf('#')))?.pattern ?? null;
    lastCache.set(instance, pattern);
  }
  return pattern ?? undefined;
}

/** The cards of one pattern in a hand, in hand order (the order cards are spent in). */
export function cardsOfPattern(content: Content, hand: readonly string[], pattern: string): string[] {
  const out: string[] = [];
  for (const card of hand) if (patternOfInstance(content, card) === pattern) out.push(card);
  return out;
}

/** A learned copy: a card someone taught you ("defId#tN"). It counts learnedWorth cards toward a need. */
function isLearned(card: string): boolean {
  return card.charCodeAt(card.indexOf('#') + 1) === 116; // 't'
}

/** What the cards of a pattern in a hand are worth toward a need: 1 each, a learned copy `learned`. */
export function worthOfPattern(content: Content, hand: readonly string[], pattern: string, learned: number): number {
  let worth = 0;
  for (const card of hand) if (patternOfInstance(content, card) === pattern) worth += isLearned(card) ? learned : 1;
  return worth;
}

/**
 * Spends cards of a pattern worth at least `worth` (the caller has checked the hand holds
 * enough): learned copies first while they fit exactly, then plain cards, then a copy to
 * close the gap. Returns the cards spent.
 */
export function spendWorth(content: Content, state: GameState, seat: Seat, pattern: string, worth: number, learned: number): string[] {
  const mine = cardsOfPattern(content, state.players[seat].hand, pattern);
  const copies = mine.filter(isLearned);
  const plain = mine.filter((c) => !isLearned(c));
  const spent: string[] = [];
  let left = worth;
  while (left >= learned && learned > 1 && copies.length > 0) {
    spent.push(copies.shift()!);
    left -= learned;
  }
  while (left > 0 && plain.length > 0) {
    spent.push(plain.shift()!);
    left -= 1;
  }
  while (left > 0 && copies.length > 0) {
    spent.push(copies.shift()!);
    left -= Math.max(1, learned);
  }
  for (const card of spent) discardFromHand(state, seat, card);
  return spent;
}

export function drawFor(state: GameState, seat: Seat, amount: number): void {
  const cards = draw(state, seat, amount);
  if (cards.length > 0) record(state, { e: 'draw', seat, cards });
}
