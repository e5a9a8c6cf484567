/**
 * Share and teach: knowledge moves between players who stand together (or within
 * shareRange steps).
 * - share: give a card from your hand; you no longer have it.
 * - teach: the receiver gains a learned copy and you keep yours: knowledge given away is not
 *   lost. You teach what the place you stand on is about (its pattern); a coach teaches their
 *   own pattern anywhere, and earns the pool coachTrust for it. A learned copy counts
 *   learnedWorth cards toward a need (see it done, then do it yourself), so nobody is taught
 *   a card they already hold.
 */
import { knowledgeOf, type Content } from '../../content/content.ts';
import { patternOfInstance } from '../knowledge.ts';
import { gainTrust } from '../trust.ts';
import { record } from '../events.ts';
import { ruleValue } from '../rule-values.ts';
import { learnedWanted } from '../own-case.ts';
import { loseTrust } from '../trust.ts';
import type { Seat } from '../state.ts';
import type { Action, MoveOf, Reason } from '../moves-types.ts';
import type { PublicFacts } from '../view.ts';

function candidates<T extends 'share' | 'teach'>(type: T, state: PublicFacts, seat: Seat): MoveOf<T>[] {
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
function legalTogether<T extends 'share' | 'teach'>(type: T, content: Content, state: PublicFacts, seat: Seat): MoveOf<T>[] {
  const out: MoveOf<T>[] = [];
  const here = state.players[seat].place;
  const distance = content.distance[here];
  for (const card of state.players[seat].hand) {
    const pattern = patternOfInstance(content, card) ?? knowledgeOf(content, card).pattern;
    if (type === 'teach' && ((pattern !== here && !coaches(content, state, seat, pattern)) || state.trust < ruleValue(content, state, 'teachCost', seat, pattern))) continue;
    const range = ruleValue(content, state, 'shareRange', seat, pattern);
    for (let to = 0; to < state.players.length; to++) {
      if (to !== seat && distance[state.players[to].place] <= range && (type !== 'teach' || !knows(state, to, card))) out.push({ type, card, to } as MoveOf<T>);
    }
  }
  return out;
}

/** Is `seat` a coach of `pattern` (their role's pattern)? */
function coaches(content: Content, state: PublicFacts, seat: Seat, pattern: string): boolean {
  return content.roles.get(state.players[seat].role)?.pattern === pattern;
}

/** Does `seat` already hold a card of the same knowledge card as `card` (the original or a copy)? */
function knows(state: PublicFacts, seat: Seat, card: string): boolean {
  const def = card.slice(0, card.indexOf('#') + 1);
  for (const k of state.players[seat].hand) if (k.startsWith(def)) return true;
  return false;
}

function checkTogether(content: Content, state: PublicFacts, seat: Seat, card: string, to: Seat): Reason | null {
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
    if (pattern !== state.players[seat].place && !coaches(content, state, seat, pattern)) return 'wrongPatternHere';
    if (knows(state, to, card)) return 'alreadyKnows';
    if (state.trust < ruleValue(content, state, 'teachCost', seat, pattern)) return 'notEnoughTrust';
    return null;
  },
  perform(content, state, seat, { card, to }) {
    const pattern = knowledgeOf(content, card).pattern;
    const cost = ruleValue(content, state, 'teachCost', seat, pattern);
    const earned = ruleValue(content, state, 'teachTrust', seat, pattern) + (coaches(content, state, seat, pattern) ? ruleValue(content, state, 'coachTrust', seat, pattern) : 0);
    const before = state.trust;
    loseTrust(state, cost);
    gainTrust(content, state, earned);
    state.copies += 1;
    const copy = `${card.slice(0, card.indexOf('#'))}#t${state.copies}`;
    state.players[to].hand.push(copy);
    const key = `${seat}>${to}`;
    state.stats.taught[key] = (state.stats.taught[key] ?? 0) + 1;
    record(state, { e: 'teach', seat, to, card, copy, trust: state.trust - before });
    learnedWanted(content, state, to, pattern);
  },
};
