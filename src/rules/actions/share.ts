/**
 * Share and teach: knowledge moves between players who stand together (or within
 * shareRange steps).
 * - share: give a card from your hand; you no longer have it.
 * - teach: the receiver gains a copy and you keep yours. Knowledge given away is not lost,
 *   but teaching takes trust (teachCost) and only works for the pattern of the place you
 *   stand on: you teach what the place is about.
 */
import { knowledgeOf, type Content } from '../../content/content.ts';
import { patternOfInstance } from '../knowledge.ts';
import { record } from '../events.ts';
import { ruleValue } from '../rule-values.ts';
import { learnedWanted } from '../own-case.ts';
import { loseTrust } from '../trust.ts';
import type { GameState, Seat } from '../state.ts';
import type { Action, MoveOf, Reason } from '../moves-types.ts';

function candidates<T extends 'share' | 'teach'>(type: T, state: GameState, seat: Seat): MoveOf<T>[] {
  const out: MoveOf<T>[] = [];
  for (const card of state.players[seat].hand) {
    for (let to = 0; to < state.players.length; to++) if (to !== seat) out.push({ type, card, to } as MoveOf<T>);
  }
  return out;
}

/**
 * The legal share (or teach) moves at once: the same as candidates() filtered by check(),
 * reading each card's pattern and range once instead of once per player.
 */
function legalTogether<T extends 'share' | 'teach'>(type: T, content: Content, state: GameState, seat: Seat): MoveOf<T>[] {
  const out: MoveOf<T>[] = [];
  const here = state.players[seat].place;
  const distance = content.distance[here];
  for (const card of state.players[seat].hand) {
    const pattern = patternOfInstance(content, card) ?? knowledgeOf(content, card).pattern;
    if (type === 'teach' && (pattern !== here || state.trust < ruleValue(content, state, 'teachCost', seat, pattern))) continue;
    const range = ruleValue(content, state, 'shareRange', seat, pattern);
    for (let to = 0; to < state.players.length; to++) {
      if (to !== seat && distance[state.players[to].place] <= range) out.push({ type, card, to } as MoveOf<T>);
    }
  }
  return out;
}

function checkTogether(content: Content, state: GameState, seat: Seat, card: string, to: Seat): Reason | null {
  if (typeof card !== 'string' || !Number.isInteger(to)) return 'badArguments';
  if (!state.players[seat].hand.includes(card)) return 'notInHand';
  if (to === seat || to < 0 || to >= state.players.length) return 'unknownPlayer';
  const here = state.players[seat].place;
  // A card in a hand is a card of the deck (knowledgeOf throws otherwise, as it always did).
  const pattern = patternOfInstance(content, card) ?? knowledgeOf(content, card).pattern;
  if (content.distance[here][state.players[to].place] > ruleValue(content, state, 'shareRange', seat, pattern)) return 'notAtSamePlace';
  return null;
}

export const share: Action<'share'> = {
  type: 'share',
  costsAction: true,
  stage: 'actions',
  candidates: (_content, state, seat) => candidates('share', state, seat),
  legal: (content, state, seat) => legalTogether('share', content, state, seat),
  check: (content, state, seat, { card, to }) => checkTogether(content, state, seat, card, to),
  perform(_content, state, seat, { card, to }) {
    const hand = state.players[seat].hand;
    hand.splice(hand.indexOf(card), 1);
    state.players[to].hand.push(card);
    record(state, { e: 'share', seat, to, card });
  },
};

export const teach: Action<'teach'> = {
  type: 'teach',
  costsAction: true,
  stage: 'actions',
  candidates: (_content, state, seat) => candidates('teach', state, seat),
  legal: (content, state, seat) => legalTogether('teach', content, state, seat),
  check(content, state, seat, { card, to }) {
    const together = checkTogether(content, state, seat, card, to);
    if (together) return together;
    const pattern = patternOfInstance(content, card)!;
    if (pattern !== state.players[seat].place) return 'wrongPatternHere';
    if (state.trust < ruleValue(content, state, 'teachCost', seat, pattern)) return 'notEnoughTrust';
    return null;
  },
  perform(content, state, seat, { card, to }) {
    const pattern = knowledgeOf(content, card).pattern;
    const cost = ruleValue(content, state, 'teachCost', seat, pattern);
    loseTrust(state, cost);
    state.copies += 1;
    const copy = `${card.slice(0, card.indexOf('#'))}#t${state.copies}`;
    state.players[to].hand.push(copy);
    const key = `${seat}>${to}`;
    state.stats.taught[key] = (state.stats.taught[key] ?? 0) + 1;
    record(state, { e: 'teach', seat, to, card, copy, trust: cost });
    learnedWanted(content, state, to, pattern);
  },
};
