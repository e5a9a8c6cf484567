/**
 * The heuristic bot: plays the way a thoughtful table does, without peeking at any deck.
 * In order of urgency, on its turn it
 *   1. cares for the place it stands on when that place is one hit from breaking down;
 *   2. meets a need where it stands: co-creating first (it shares the work and earns trust),
 *      then applying, always on the case closest to becoming a commons;
 *   3. cares where pressure is building, or walks to a place about to break down that it
 *      can still reach and care for this turn (the flow comes before anyone else moves);
 *   4. teaches the pattern of its place to a player who can use it, or hands over a card
 *      that completes someone else's set (knowledge is a commons);
 *   5. travels to where its cards meet a need;
 *   6. studies, preferring a face-up card of a needed pattern it is collecting;
 *   7. otherwise cares, or walks toward the most pressured place.
 * It spends trust for an extra action only when that action does something now, and in the
 * discard stage drops the cards the open cases need least.
 *
 * It builds only the few moves it considers and checks each with the rules (whyNot), rather
 * than listing every legal move: that keeps simulations fast. `random` only breaks ties, so
 * the bot is deterministic given its seed.
 */
import type { Content } from '../content/content.ts';
import { PATTERN_IDS } from '../content/names.ts';
import type { PatternId } from '../content/schema.ts';
import { totalOpenNeeds } from '../rules/cases.ts';
import { legalMoves, whyNot } from '../rules/moves.ts';
import type { Move } from '../rules/moves-types.ts';
import { applyCost, ruleValue } from '../rules/rule-values.ts';
import type { Seat } from '../rules/state.ts';
import type { PublicFacts } from '../rules/view.ts';
import { anyMeetable, handCounts, handWorths, openByPattern, patternOfCard } from './reading.ts';
import { pickOne, type Picker } from './types.ts';

/** The items with the lowest score (ties broken with `random`). */
function best<M>(items: readonly M[], score: (m: M) => number, random: () => number): M | undefined {
  let low = Infinity;
  let top: M[] = [];
  for (const m of items) {
    const s = score(m);
    if (s < low) {
      low = s;
      top = [m];
    } else if (s === low) top.push(m);
  }
  return top.length === 0 ? undefined : pickOne(top, random);
}

/**
 * best() over the legal items only, checking legality lazily: score levels from the lowest,
 * and within a level every item in order, so the result (and the chance it draws) is exactly
 * best(items.filter(legal), score) while the rules are asked about far fewer moves.
 */
function bestLegal<M>(items: readonly M[], score: (m: M) => number, legal: (m: M) => boolean, random: () => number): M | undefined {
  const n = items.length;
  const scores = new Array<number>(n);
  for (let i = 0; i < n; i++) scores[i] = score(items[i]);
  let floor = -Infinity;
  let first = true;
  for (;;) {
    // The next score level above the one just tried (no sorting: the lists are short).
    let level = Infinity;
    let found = false;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      if ((first || s > floor) && (!found || s < level)) {
        level = s;
        found = true;
      }
    }
    if (!found) return undefined;
    const top: M[] = [];
    for (let i = 0; i < n; i++) if (scores[i] === level && legal(items[i])) top.push(items[i]);
    if (top.length > 0) return pickOne(top, random);
    floor = level;
    first = false;
  }
}

/** What one decision reads, computed once. */
interface View {
  content: Content;
  state: PublicFacts;
  seat: Seat;
  here: PatternId;
  open: Record<PatternId, number>;
  /** Cards per pattern in a seat's hand (computed when first asked). */
  counts(seat: Seat): Record<PatternId, number>;
  /** What a seat's hand is worth per pattern toward a need (learned copies count more). */
  worth(seat: Seat, pattern: PatternId): number;
  legal(move: Move): boolean;
}

/** The discard stage: drop a card of the pattern the cases need least, from the smallest set. */
function chooseDiscard(v: View, random: () => number): Move | undefined {
  const mine = v.counts(v.seat);
  const card = best(v.state.players[v.seat].hand, (card) => {
    const p = patternOfCard(v.content, card);
    return v.open[p] * 10 + mine[p];
  }, random);
  return card === undefined ? undefined : { type: 'discard', card };
}

/** The legal travel that leaves the fewest steps to `target`. */
function stepToward(v: View, target: PatternId, random: () => number): Move | undefined {
  const moves = PATTERN_IDS.map((to): Move => ({ type: 'travel', to }));
  return bestLegal(moves, (m) => v.content.distance[(m as { to: PatternId }).to][target], v.legal, random);
}

function chooseAction(v: View, random: () => number): Move | undefined {
  const { content, state, seat, here, open } = v;
  const mine = v.counts(seat);
  const limit = content.pressureLimit;
  const care: Move = { type: 'care' };
  const canCare = v.legal(care);
  const cost = (s: Seat, p: PatternId) => applyCost(content, state, s, p);

  if (state.turn.actionsLeft < 1) {
    const applyHere = v.worth(seat, here) >= cost(seat, here) && anyMeetable(content, state, here, [seat]);
    const spend: Move = { type: 'spendTrust' };
    // Trust near its cap would be wasted; otherwise keep a reserve for teaching and breakdowns.
    const worth = applyHere || state.pressure[here] >= limit - 1 ? 2 : ruleValue(content, state, 'trustMax') - 2;
    if (state.trust >= worth && v.legal(spend)) return spend;
    return { type: 'endTurn' };
  }

  // 1. One more hit here breaks the place down.
  if (canCare && state.pressure[here] >= limit) return care;

  // 2. Meet a need where we stand, on the case closest to done.
  const openCases = state.cases.filter((c) => !c.done);
  const partners = state.players.map((_, s) => s).filter((s) => s !== seat && state.players[s].place === here);
  const together: Move[] = [];
  const alone: Move[] = [];
  for (const c of openCases) {
    for (const partner of partners) together.push({ type: 'coCreate', case: c.id, partner });
    alone.push({ type: 'apply', case: c.id });
  }
  const caseLeft = (m: Move) => totalOpenNeeds(content, state.cases.find((c) => c.id === (m as { case: string }).case)!);
  const co = bestLegal(together, caseLeft, v.legal, random);
  if (co) return co;
  const ap = bestLegal(alone, caseLeft, v.legal, random);
  if (ap) return ap;

  // 3. Pressure: ease it here before it is critical, or go and save a place at its limit.
  if (canCare && state.pressure[here] >= limit - 1) return care;
  const reach = state.turn.actionsLeft - 1;
  const rescue = best(
    PATTERN_IDS.filter((p) => p !== here && state.pressure[p] >= limit && content.distance[here][p] <= reach),
    (p) => content.distance[here][p],
    random,
  );
  if (rescue) {
    const step = stepToward(v, rescue, random);
    if (step) return step;
  }

  // 4. Teach a card to someone who can use it (a learned copy counts double toward a need):
  //    the place's pattern, or a coach's own pattern anywhere. The rules refuse a card the
  //    learner already holds, so nobody is taught the same card twice. Teaching that costs
  //    trust keeps a reserve for breakdowns.
  const teaches: Move[] = [];
  // Whether seat and a learner could meet a need of a pattern: asked per card, answered once.
  const meetable = new Map<string, boolean>();
  for (const card of state.players[seat].hand) {
    const p = patternOfCard(content, card);
    if (open[p] < 1) continue;
    const teachCost = ruleValue(content, state, 'teachCost', seat, p);
    if (teachCost > 0 && state.trust <= teachCost + 1) continue;
    for (let to = 0; to < state.players.length; to++) {
      if (to === seat) continue;
      const key = `${p}|${to}`;
      let can = meetable.get(key);
      if (can === undefined) meetable.set(key, (can = anyMeetable(content, state, p, [seat, to])));
      if (can) teaches.push({ type: 'teach', card, to });
    }
  }
  const teach = bestLegal(teaches, (m) => {
    const { card, to } = m as { card: string; to: Seat };
    const p = patternOfCard(content, card);
    // Closest to a need first; a learner who already collects the pattern uses it soonest.
    return -(v.worth(to, p) / cost(to, p)) * 10 - (p === here ? 1 : 0);
  }, v.legal, random);
  if (teach) return teach;
  // A gift only where it completes the receiver's set: a card to someone who already holds
  // enough of the pattern is a card lost to the giver (it halved the bot's shares, and the
  // win rate went up).
  const gifts: Move[] = [];
  for (const card of state.players[seat].hand) {
    const p = patternOfCard(content, card);
    if (open[p] < 1 || v.worth(seat, p) >= cost(seat, p)) continue;
    for (let to = 0; to < state.players.length; to++) {
      if (to === seat) continue;
      const theirs = v.worth(to, p);
      if (theirs >= v.worth(seat, p) && theirs < cost(to, p) && theirs + 1 >= cost(to, p)) gifts.push({ type: 'share', card, to });
    }
  }
  const share = best(gifts.filter(v.legal), () => 0, random);
  if (share) return share;

  // 5. Go where my cards meet a need.
  const targets = PATTERN_IDS.filter((p) => p !== here && v.worth(seat, p) >= cost(seat, p) && anyMeetable(content, state, p, [seat]));
  const target = best(targets, (p) => content.distance[here][p] * 10 - open[p], random);
  if (target) {
    const step = stepToward(v, target, random);
    if (step) return step;
  }

  // 6. Study: a face-up card of a needed pattern I am already collecting (the fuller the set,
  //    the better), else the deck, else any face-up card the cases need.
  const faceUp = state.knowledge.faceUp;
  const collecting = faceUp.filter((k) => {
    const p = patternOfCard(content, k);
    return open[p] > 0 && mine[p] > 0 && v.worth(seat, p) < cost(seat, p) * open[p];
  });
  const take = best(collecting, (k) => {
    const p = patternOfCard(content, k);
    return -(v.worth(seat, p) / cost(seat, p)) * 10 + content.distance[here][p];
  }, random);
  if (take !== undefined) return { type: 'study', from: take };
  // A blind draw into a full hand is a discard at the end of the turn: better care or walk.
  const room = ruleValue(content, state, 'handLimit', seat) - state.players[seat].hand.length - ruleValue(content, state, 'drawPerTurn', seat);
  const deck: Move = { type: 'study', from: 'deck' };
  if (room > 0 && v.legal(deck)) return deck;
  const useful = best(faceUp, (k) => -open[patternOfCard(content, k)], random);
  if (room > 0 && useful !== undefined) return { type: 'study', from: useful };

  // 7. Nothing better: care, or walk toward the most pressured place.
  if (canCare) return care;
  const hottest = best(
    PATTERN_IDS.filter((p) => p !== here && state.pressure[p] > 0),
    (p) => -state.pressure[p] * 10 + content.distance[here][p],
    random,
  );
  if (hottest) {
    const step = stepToward(v, hottest, random);
    if (step) return step;
  }
  return { type: 'endTurn' };
}

export const heuristicBot: Picker = (content, state, seat, random, limits) => {
  if (state.outcome || seat !== state.turn.seat) return undefined;
  const without = limits?.without && limits.without.size > 0 ? limits.without : undefined;
  const counts: Record<PatternId, number>[] = [];
  const worths: Record<PatternId, number>[] = [];
  const v: View = {
    content,
    state,
    seat,
    here: state.players[seat].place,
    open: openByPattern(content, state),
    counts: (s) => (counts[s] ??= handCounts(content, state.players[s].hand)),
    worth: (s, p) => (worths[s] ??= handWorths(content, state.players[s].hand, (q) => ruleValue(content, state, 'learnedWorth', s, q)))[p],
    legal: without ? (move) => !without.has(move.type) && whyNot(content, state, seat, move) === null : (move) => whyNot(content, state, seat, move) === null,
  };
  let move: Move | undefined;
  switch (state.turn.stage) {
    case 'reflection':
      move = { type: 'reflect' };
      break;
    case 'discard':
      move = chooseDiscard(v, random);
      break;
    default:
      move = chooseAction(v, random);
  }
  // Every choice above is checked; should one ever not be legal, any legal move keeps the table going.
  if (move && v.legal(move)) return move;
  return legalMoves(content, state, seat).find((m) => !without?.has(m.type));
};
