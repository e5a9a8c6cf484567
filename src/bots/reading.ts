/**
 * What a bot reads from the table before it chooses: which patterns the open cases still
 * need, what a hand holds, and whether a need could be met by these players without
 * breaking "no case is finished alone".
 */
import type { Content } from '../content/content.ts';
import type { PatternId } from '../content/schema.ts';
import { openNeeds, totalOpenNeeds } from '../rules/cases.ts';
import { patternOfInstance } from '../rules/knowledge.ts';
import { caseNeeds } from '../rules/own-case.ts';
import type { CaseState, Seat } from '../rules/state.ts';
import type { PublicFacts } from '../rules/view.ts';

/** The pattern of a card instance (the rules' own per-deck memo: bots ask it thousands of times a game). */
export function patternOfCard(content: Content, card: string): PatternId {
  return patternOfInstance(content, card)!;
}

/** A count per pattern, all zero (a literal: the fastest object to make, many times a move). */
function zeroes(): Record<PatternId, number> {
  return { resources: 0, identity: 0, organisation: 0, dreaming: 0, making: 0, disruption: 0, transformation: 0, 'open-end': 0 };
}

/** Cards per pattern in a hand. */
export function handCounts(content: Content, hand: readonly string[]): Record<PatternId, number> {
  const out = zeroes();
  for (const card of hand) out[patternOfCard(content, card)] += 1;
  return out;
}

/** What a hand is worth per pattern toward needs: 1 a card, a learned copy (taught, "#t") `learned`. */
export function handWorths(content: Content, hand: readonly string[], learned: (p: PatternId) => number): Record<PatternId, number> {
  const out = zeroes();
  for (const card of hand) {
    const p = patternOfCard(content, card);
    out[p] += card.charCodeAt(card.indexOf('#') + 1) === 116 ? learned(p) : 1;
  }
  return out;
}

/** Open needs per pattern over every unfinished case. */
export function openByPattern(content: Content, state: PublicFacts): Record<PatternId, number> {
  const out = zeroes();
  for (const c of state.cases) {
    if (c.done) continue;
    const needs = caseNeeds(content, c);
    for (const p in needs) {
      const open = needs[p as PatternId]! - (c.met[p as PatternId] ?? 0);
      if (open > 0) out[p as PatternId] += open;
    }
  }
  return out;
}

/** Could `seats` meet a need of `pattern` on case `c` (open, and not finishing it alone)? */
function meetable(content: Content, state: PublicFacts, c: CaseState, pattern: PatternId, seats: readonly Seat[]): boolean {
  if (c.done || openNeeds(content, c, pattern) < 1) return false;
  if (state.players.length < 2 || totalOpenNeeds(content, c) > 1) return true;
  const all = new Set<Seat>(c.contributors);
  for (const s of seats) all.add(s);
  return all.size >= 2;
}

/** Is there any case whose need of `pattern` these seats could meet? */
export function anyMeetable(content: Content, state: PublicFacts, pattern: PatternId, seats: readonly Seat[]): boolean {
  return state.cases.some((c) => meetable(content, state, c, pattern, seats));
}
