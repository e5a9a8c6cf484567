/**
 * What a move will do, before it is confirmed. The move is played by the rules themselves on
 * a draft of the public view with immer's produceWithPatches: the next view is what the table
 * would look like, and the patches are the exact list of what changed, so the preview names
 * every change and the table can light up the places, cases, cards and meters they touch.
 * Nothing is guessed and nothing is kept: the real view is never changed.
 *
 * A move that draws from a face-down deck (studying from the deck, ending the turn) depends
 * on cards the view does not hold; those are described, not simulated.
 */
import { Immer, enablePatches, type Patch } from 'immer';
import type { Content } from '../../../content/content.ts';
import type { PatternId } from '../../../content/schema.ts';
import { disruptionRate, hidesFacts, play, publicView, stateFromView, type Move } from '../../../rules/index.ts';
import type { PublicState } from '../../../rules/view.ts';

enablePatches();
// A private instance that never freezes: the result shares untouched parts with the live
// view, and auto-freeze would freeze those too.
const immer = new Immer({ autoFreeze: false });

export type Change =
  | { kind: 'actions'; from: number; to: number }
  | { kind: 'trust'; from: number; to: number }
  | { kind: 'pressure'; place: PatternId; from: number; to: number }
  | { kind: 'crisis'; from: number; to: number }
  | { kind: 'rate'; from: number; to: number }
  | { kind: 'place'; seat: number; from: PatternId; to: PatternId }
  | { kind: 'hand'; seat: number; lost: string[]; gained: string[] }
  | { kind: 'faceUp'; taken: string[] }
  | { kind: 'need'; case: string; pattern: PatternId; from: number; to: number }
  | { kind: 'commons'; case: string; transformation: string | undefined };

export interface Highlight {
  places: PatternId[];
  cases: string[];
  seats: number[];
  cards: string[];
  meters: Array<'trust' | 'crisis' | 'rate'>;
}

export type Preview =
  | { kind: 'shown'; next: PublicState; patches: Patch[]; changes: Change[]; highlight: Highlight }
  | { kind: 'hidden'; why: 'deck' | 'endTurn' | 'unknown' };

/** Cards in `a` that are not in `b`, counting copies. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const card of a) {
    const i = left.indexOf(card);
    if (i >= 0) left.splice(i, 1);
    else out.push(card);
  }
  return out;
}

const touches = (patches: readonly Patch[], ...prefix: Array<string | number>) =>
  patches.some((p) => prefix.every((part, i) => p.path[i] === part));

export function previewMove(content: Content, view: PublicState, seat: number, move: Move): Preview {
  if (move.type === 'endTurn') return { kind: 'hidden', why: 'endTurn' };
  if (move.type === 'study' && move.from === 'deck') return { kind: 'hidden', why: 'deck' };
  let next: PublicState;
  let patches: Patch[];
  try {
    const [state, changed] = immer.produceWithPatches(stateFromView(view), (draft) => {
      const reason = play(content, draft, seat, move);
      if (reason) throw new Error(reason);
    });
    // A move whose outcome depends on a deck's order or on chance is not foretold.
    if (hidesFacts(changed.map((p) => p.path))) return { kind: 'hidden', why: 'unknown' };
    [next, patches] = [publicView(state), changed];
  } catch {
    // An illegal move.
    return { kind: 'hidden', why: 'unknown' };
  }
  return { kind: 'shown', next, patches, ...summarise(content, view, next, patches) };
}

/** The changes the patches point at, read from the view before and after. */
function summarise(content: Content, before: PublicState, after: PublicState, patches: readonly Patch[]): { changes: Change[]; highlight: Highlight } {
  const changes: Change[] = [];
  const highlight: Highlight = { places: [], cases: [], seats: [], cards: [], meters: [] };
  const spot = <T>(list: T[], item: T) => {
    if (!list.includes(item)) list.push(item);
  };

  if (touches(patches, 'turn', 'actionsLeft') && before.turn.actionsLeft !== after.turn.actionsLeft) {
    changes.push({ kind: 'actions', from: before.turn.actionsLeft, to: after.turn.actionsLeft });
  }
  before.players.forEach((p, s) => {
    const q = after.players[s];
    if (touches(patches, 'players', s, 'place') && p.place !== q.place) {
      changes.push({ kind: 'place', seat: s, from: p.place, to: q.place });
      spot(highlight.places, q.place);
      spot(highlight.seats, s);
    }
    if (touches(patches, 'players', s, 'hand')) {
      const lost = minus(p.hand, q.hand);
      const gained = minus(q.hand, p.hand);
      if (lost.length || gained.length) {
        changes.push({ kind: 'hand', seat: s, lost, gained });
        spot(highlight.seats, s);
        for (const c of [...lost, ...gained]) spot(highlight.cards, c);
      }
    }
  });
  if (touches(patches, 'knowledge', 'faceUp')) {
    const taken = minus(before.knowledge.faceUp, after.knowledge.faceUp);
    if (taken.length) {
      changes.push({ kind: 'faceUp', taken });
      for (const c of taken) spot(highlight.cards, c);
    }
  }
  if (touches(patches, 'trust') && before.trust !== after.trust) {
    changes.push({ kind: 'trust', from: before.trust, to: after.trust });
    spot(highlight.meters, 'trust');
  }
  for (const place of Object.keys(before.pressure) as PatternId[]) {
    if (touches(patches, 'pressure', place) && before.pressure[place] !== after.pressure[place]) {
      changes.push({ kind: 'pressure', place, from: before.pressure[place], to: after.pressure[place] });
      spot(highlight.places, place);
    }
  }
  before.cases.forEach((c, i) => {
    const d = after.cases[i];
    if (!touches(patches, 'cases', i)) return;
    for (const pattern of Object.keys(d.met) as PatternId[]) {
      const from = c.met[pattern] ?? 0;
      const to = d.met[pattern] ?? 0;
      if (from !== to) changes.push({ kind: 'need', case: c.id, pattern, from, to });
    }
    if (!c.done && d.done) changes.push({ kind: 'commons', case: c.id, transformation: content.cases.get(c.id)?.transformation });
    spot(highlight.cases, c.id);
  });
  if (touches(patches, 'crisis') && before.crisis !== after.crisis) {
    changes.push({ kind: 'crisis', from: before.crisis, to: after.crisis });
    spot(highlight.meters, 'crisis');
  }
  if (touches(patches, 'rateStep')) {
    const from = disruptionRate(content, before);
    const to = disruptionRate(content, after);
    if (from !== to) {
      changes.push({ kind: 'rate', from, to });
      spot(highlight.meters, 'rate');
    }
  }
  return { changes, highlight };
}
