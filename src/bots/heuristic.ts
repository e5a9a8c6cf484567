/**
 * The heuristic bot: plays the way a thoughtful table does, without peeking at any deck.
 * In order of urgency, on its turn it
 *   1. cares for the place it stands on when that place is one hit from breaking down;
 *   2. meets a need where it stands: co-creating first (it shares the work and earns trust),
 *      then applying, always on the case closest to becoming a commons;
 *   3. cares where pressure is building, or walks to a place about to break down;
 *   4. teaches the pattern of its place to a player who can use it, or hands over a card
 *      that completes someone else's set (knowledge is a commons);
 *   5. travels to where its cards meet a need;
 *   6. studies, preferring a face-up card that completes a set;
 *   7. otherwise cares, or walks toward the most pressured place.
 * It spends trust for an extra action only when that action does something now, and in the
 * discard stage drops the cards the open cases need least. `random` only breaks ties, so
 * the bot is deterministic given its seed.
 */
import type { Content } from '../content/content.ts';
import { PATTERN_IDS, type PatternId } from '../content/schema.ts';
import { totalOpenNeeds } from '../rules/cases.ts';
import { legalMoves } from '../rules/moves.ts';
import type { Move, MoveOf } from '../rules/moves-types.ts';
import { applyCost, ruleValue } from '../rules/rule-values.ts';
import type { GameState, Seat } from '../rules/state.ts';
import { anyMeetable, handCounts, openByPattern, patternOfCard } from './reading.ts';
import { pickOne, type Picker } from './types.ts';

/** The moves with the lowest score (ties broken with `random`). */
function best<M>(moves: readonly M[], score: (m: M) => number, random: () => number): M | undefined {
  let low = Infinity;
  let top: M[] = [];
  for (const m of moves) {
    const s = score(m);
    if (s < low) {
      low = s;
      top = [m];
    } else if (s === low) top.push(m);
  }
  return top.length === 0 ? undefined : pickOne(top, random);
}

function ofType<T extends Move['type']>(moves: readonly Move[], type: T): MoveOf<T>[] {
  return moves.filter((m): m is MoveOf<T> => m.type === type);
}

/** The discard stage: drop a card of the pattern the cases need least, from the smallest set. */
function chooseDiscard(content: Content, state: GameState, seat: Seat, moves: MoveOf<'discard'>[], random: () => number) {
  const open = openByPattern(content, state);
  const mine = handCounts(content, state.players[seat].hand);
  return best(moves, (m) => {
    const p = patternOfCard(content, m.card);
    return open[p] * 10 + mine[p];
  }, random);
}

/** The step toward `target` among the legal travels (the one that leaves the fewest steps). */
function stepToward(content: Content, travels: MoveOf<'travel'>[], target: PatternId, random: () => number) {
  return best(travels, (m) => content.distance[m.to][target], random);
}

/** Could this seat meet a need right here with its own hand? (For deciding to spend trust.) */
function canApplyHere(content: Content, state: GameState, seat: Seat): boolean {
  const here = state.players[seat].place;
  const count = handCounts(content, state.players[seat].hand)[here];
  return count >= applyCost(content, state, seat, here) && anyMeetable(content, state, here, [seat]);
}

function chooseAction(content: Content, state: GameState, seat: Seat, moves: Move[], random: () => number): Move | undefined {
  const me = state.players[seat];
  const here = me.place;
  const limit = content.pressureLimit;
  const open = openByPattern(content, state);
  const mine = handCounts(content, me.hand);
  const care = ofType(moves, 'care')[0];
  const travels = ofType(moves, 'travel');
  const caseLeft = (id: string) => totalOpenNeeds(content, state.cases.find((c) => c.id === id)!);

  if (state.turn.actionsLeft < 1) {
    const worth = canApplyHere(content, state, seat) || state.pressure[here] >= limit;
    const spend = ofType(moves, 'spendTrust')[0];
    return worth && spend && state.trust >= 2 ? spend : ofType(moves, 'endTurn')[0];
  }

  // 1. One more hit here breaks the place down.
  if (care && state.pressure[here] >= limit) return care;

  // 2. Meet a need where we stand.
  const together = best(ofType(moves, 'coCreate'), (m) => caseLeft(m.case), random);
  if (together) return together;
  const alone = best(ofType(moves, 'apply'), (m) => caseLeft(m.case), random);
  if (alone) return alone;

  // 3. Pressure: ease it here before it is critical, or go where a breakdown is near.
  if (care && state.pressure[here] >= limit - 1) return care;
  const critical = PATTERN_IDS.filter((p) => state.pressure[p] >= limit && !state.players.some((o) => o.place === p));
  const reach = state.turn.actionsLeft - 1;
  const rescue = best(critical.filter((p) => content.distance[here][p] <= Math.min(reach, 2)), (p) => content.distance[here][p], random);
  if (rescue && travels.length > 0) return stepToward(content, travels, rescue, random);

  // 4. Teach what this place is about to someone who can use it; complete someone's set.
  const teachCost = ruleValue(content, state, 'teachCost', seat, here);
  if (open[here] > 0 && (teachCost === 0 || state.trust > teachCost + 1)) {
    const teach = best(ofType(moves, 'teach'), (m) => {
      const theirs = handCounts(content, state.players[m.to].hand)[here];
      return -theirs;
    }, random);
    if (teach && anyMeetable(content, state, here, [seat, teach.to])) return teach;
  }
  const share = best(
    ofType(moves, 'share').filter((m) => {
      const p = patternOfCard(content, m.card);
      const theirs = handCounts(content, state.players[m.to].hand)[p];
      return open[p] > 0 && mine[p] < applyCost(content, state, seat, p) && theirs + 1 >= applyCost(content, state, m.to, p) && theirs >= mine[p];
    }),
    () => 0,
    random,
  );
  if (share) return share;

  // 5. Go where my cards meet a need.
  const targets = PATTERN_IDS.filter((p) => p !== here && mine[p] >= applyCost(content, state, seat, p) && anyMeetable(content, state, p, [seat]));
  const target = best(targets, (p) => content.distance[here][p] * 10 - open[p], random);
  if (target && travels.length > 0) return stepToward(content, travels, target, random);

  // 6. Study: a face-up card that completes a set, else the deck, else any useful face-up card.
  const studies = ofType(moves, 'study');
  const completing = studies.filter((m) => {
    if (m.from === 'deck') return false;
    const p = patternOfCard(content, m.from);
    return open[p] > 0 && mine[p] + 1 === applyCost(content, state, seat, p);
  });
  if (completing.length > 0) return best(completing, (m) => content.distance[here][patternOfCard(content, m.from)], random);
  const deck = studies.find((m) => m.from === 'deck');
  if (deck) return deck;
  const useful = best(studies, (m) => -open[patternOfCard(content, m.from)], random);
  if (useful) return useful;

  // 7. Nothing better: care, or walk toward the most pressured place.
  if (care) return care;
  const hottest = best(PATTERN_IDS.filter((p) => p !== here && state.pressure[p] > 0), (p) => -state.pressure[p] * 10 + content.distance[here][p], random);
  if (hottest && travels.length > 0) return stepToward(content, travels, hottest, random);
  return ofType(moves, 'endTurn')[0] ?? moves[0];
}

export const heuristicBot: Picker = (content, state, seat, random) => {
  const moves = legalMoves(content, state, seat);
  if (moves.length === 0) return undefined;
  switch (state.turn.stage) {
    case 'reflection':
      return ofType(moves, 'reflect')[0] ?? moves[0];
    case 'discard':
      return chooseDiscard(content, state, seat, ofType(moves, 'discard'), random) ?? moves[0];
    default:
      return chooseAction(content, state, seat, moves, random) ?? moves[0];
  }
};
