/**
 * Apply and co-create: meet a need of a case with knowledge of the place's pattern.
 * - apply: at place P, spend cards of pattern P worth what a need costs (applyCost less
 *   applyDiscount, at least 1) to meet one need P of any case. A card someone taught you (a
 *   learned copy) is worth learnedWorth cards: see it done, then do it yourself.
 * - co-create: with a partner at the same place, pool cards of P for one need. You put in
 *   as much as you can up to one less than the cost, the partner the rest (each at least
 *   one card); working together earns coCreateTrust.
 */
import type { Content } from '../../content/content.ts';
import type { PatternId } from '../../content/schema.ts';
import { meetNeed, openNeeds, wouldFinishAlone } from '../cases.ts';
import { record } from '../events.ts';
import { spendWorth, worthOfPattern } from '../knowledge.ts';
import { applyCost } from '../rule-values.ts';
import { ruleValue } from '../rule-values.ts';
import { gainTrust } from '../trust.ts';
import type { CaseState, GameState, Seat } from '../state.ts';
import type { Action, Reason } from '../moves-types.ts';
import type { PublicFacts } from '../view.ts';

function findCase(state: PublicFacts, id: string): CaseState | undefined {
  return state.cases.find((c) => c.id === id);
}

function checkCase(content: Content, state: PublicFacts, c: CaseState | undefined, pattern: PatternId): Reason | null {
  if (!c) return 'unknownCase';
  if (c.done) return 'caseDone';
  if (openNeeds(content, c, pattern) < 1) return 'noOpenNeedHere';
  return null;
}

/** What a seat's cards of a pattern are worth toward a need (learned copies count learnedWorth). */
function handWorth(content: Content, state: PublicFacts, seat: Seat, pattern: PatternId): number {
  return worthOfPattern(content, state.players[seat].hand, pattern, ruleValue(content, state, 'learnedWorth', seat, pattern));
}

/** What the actor and the partner each put into a co-creation, in card worth. */
function coCreateShares(content: Content, state: PublicFacts, seat: Seat, partner: Seat, pattern: PatternId): [number, number] {
  const cost = applyCost(content, state, seat, pattern);
  const mine = handWorth(content, state, seat, pattern);
  const actor = Math.max(1, Math.min(mine, cost - 1));
  return [actor, Math.max(1, cost - actor)];
}

function spendFor(content: Content, state: GameState, seat: Seat, pattern: PatternId, worth: number): string[] {
  return spendWorth(content, state, seat, pattern, worth, ruleValue(content, state, 'learnedWorth', seat, pattern));
}

export const apply: Action<'apply'> = {
  type: 'apply',
  costsAction: true,
  stage: 'actions',
  candidates: (_content, state) => state.cases.map((c) => ({ type: 'apply', case: c.id })),
  check(content, state, seat, move) {
    const pattern = state.players[seat].place;
    const c = findCase(state, move.case);
    const reason = checkCase(content, state, c, pattern);
    if (reason) return reason;
    if (handWorth(content, state, seat, pattern) < applyCost(content, state, seat, pattern)) return 'notEnoughCards';
    if (wouldFinishAlone(content, state, c!, [seat])) return 'finishTogether';
    return null;
  },
  perform(content, state, seat, move) {
    const pattern = state.players[seat].place;
    const c = findCase(state, move.case)!;
    const cards = spendFor(content, state, seat, pattern, applyCost(content, state, seat, pattern));
    record(state, { e: 'apply', seat, case: c.id, pattern, cards });
    meetNeed(content, state, c, pattern, [seat]);
  },
};

export const coCreate: Action<'coCreate'> = {
  type: 'coCreate',
  costsAction: true,
  stage: 'actions',
  candidates(_content, state, seat) {
    const out: { type: 'coCreate'; case: string; partner: Seat }[] = [];
    for (const c of state.cases) {
      for (let partner = 0; partner < state.players.length; partner++) {
        if (partner !== seat) out.push({ type: 'coCreate', case: c.id, partner });
      }
    }
    return out;
  },
  check(content, state, seat, move) {
    const { partner } = move;
    if (!Number.isInteger(partner) || partner === seat || partner < 0 || partner >= state.players.length) return 'unknownPlayer';
    const pattern = state.players[seat].place;
    if (state.players[partner].place !== pattern) return 'notAtSamePlace';
    const reason = checkCase(content, state, findCase(state, move.case), pattern);
    if (reason) return reason;
    const [mine, theirs] = coCreateShares(content, state, seat, partner, pattern);
    if (handWorth(content, state, seat, pattern) < mine) return 'notEnoughCards';
    if (handWorth(content, state, partner, pattern) < theirs) return 'partnerNotEnoughCards';
    return null;
  },
  perform(content, state, seat, move) {
    const { partner } = move;
    const pattern = state.players[seat].place;
    const c = findCase(state, move.case)!;
    const [mine, theirs] = coCreateShares(content, state, seat, partner, pattern);
    const cards = [...spendFor(content, state, seat, pattern, mine), ...spendFor(content, state, partner, pattern, theirs)];
    const trust = ruleValue(content, state, 'coCreateTrust', seat, pattern);
    record(state, { e: 'coCreate', seat, partner, case: c.id, pattern, cards, trust });
    gainTrust(content, state, trust);
    meetNeed(content, state, c, pattern, [seat, partner]);
  },
};
