/**
 * The move preview: the rules play the move on a draft of the view (immer), and the preview
 * says what changes and what to light up. It must be what the move really does, and it must
 * never change the view it was made from.
 */
import { describe, expect, it } from 'vitest';
import { previewMove } from '../../src/client/table/preview/preview.ts';
import { legalMoves, play, publicView, ruleValue, type Move } from '../../src/rules/index.ts';
import { giveCards, table } from '../helpers/table.ts';

function shown(p: ReturnType<typeof previewMove>) {
  if (p.kind !== 'shown') throw new Error(`the preview was hidden (${p.why})`);
  return p;
}

describe('the preview of a move', () => {
  it('travel: the player moves, one action is spent, the place to go to lights up, and the view is untouched', () => {
    const t = table({ players: 2, seed: 'preview-travel' });
    const me = t.current();
    const move = me.moves('travel')[0] as Extract<Move, { type: 'travel' }>;
    const view = publicView(t.state);
    const before = JSON.stringify(view);
    const p = shown(previewMove(t.content, view, me.seat, move));
    expect(p.changes).toContainEqual({ kind: 'place', seat: me.seat, from: me.place, to: move.to });
    expect(p.changes).toContainEqual({ kind: 'actions', from: view.turn.actionsLeft, to: view.turn.actionsLeft - 1 });
    expect(p.highlight.places).toEqual([move.to]);
    expect(p.patches.some((x) => x.path.join('/') === `players/${me.seat}/place`)).toBe(true);
    expect(JSON.stringify(view)).toBe(before);
  });

  it('teach: the receiver gains a copy, the giver keeps the card, the pool pays the cost', () => {
    const t = table({ players: 2, seed: 'preview-teach' });
    const me = t.current();
    const other = t.as(1 - me.seat);
    t.state.players[other.seat].place = me.place;
    const [card] = giveCards(t, me.seat, me.place, 1);
    t.state.trust = 5;
    const move: Move = { type: 'teach', card, to: other.seat };
    expect(me.whyNot(move)).toBeNull();
    const cost = ruleValue(t.content, t.state, 'teachCost', me.seat, me.place);
    const p = shown(previewMove(t.content, publicView(t.state), me.seat, move));
    expect(p.changes.find((c) => c.kind === 'hand' && c.seat === me.seat)).toBeUndefined();
    const gained = p.changes.find((c) => c.kind === 'hand' && c.seat === other.seat);
    expect(gained).toMatchObject({ kind: 'hand', lost: [] });
    expect((gained as { gained: string[] }).gained).toHaveLength(1);
    // Teaching may be free (the shipped deck): then the trust track is not among the changes.
    expect(p.changes.find((c) => c.kind === 'trust')).toEqual(cost > 0 ? { kind: 'trust', from: 5, to: 5 - cost } : undefined);
    expect(p.highlight.seats).toContain(other.seat);
  });

  it('care: the pressure where the player stands goes down, and that place lights up', () => {
    const t = table({ players: 2, seed: 'preview-care' });
    const me = t.current();
    t.state.pressure[me.place] = 2;
    const p = shown(previewMove(t.content, publicView(t.state), me.seat, { type: 'care' }));
    const change = p.changes.find((c) => c.kind === 'pressure');
    expect(change).toMatchObject({ kind: 'pressure', place: me.place, from: 2 });
    expect((change as { to: number }).to).toBeLessThan(2);
    expect(p.highlight.places).toEqual([me.place]);
  });

  it('apply: the cards spent leave the hand and the case’s need moves up', () => {
    const t = table({ players: 2, seed: 'preview-apply' });
    const me = t.current();
    const c = t.state.cases.find((x) => !x.done && Object.keys(t.content.cases.get(x.id)!.needs).length > 1)!;
    const pattern = Object.keys(t.content.cases.get(c.id)!.needs)[0] as typeof me.place;
    t.state.players[me.seat].place = pattern;
    giveCards(t, me.seat, pattern, 4);
    const move: Move = { type: 'apply', case: c.id };
    expect(me.whyNot(move)).toBeNull();
    const p = shown(previewMove(t.content, publicView(t.state), me.seat, move));
    expect(p.changes).toContainEqual({ kind: 'need', case: c.id, pattern, from: c.met[pattern] ?? 0, to: (c.met[pattern] ?? 0) + 1 });
    const hand = p.changes.find((x) => x.kind === 'hand') as { lost: string[] };
    expect(hand.lost.length).toBeGreaterThan(0);
    expect(p.highlight.cases).toEqual([c.id]);
  });

  it('says plainly what it cannot know: a draw from the face-down deck, the end of a turn', () => {
    const t = table({ players: 2, seed: 'preview-hidden' });
    const view = publicView(t.state);
    expect(previewMove(t.content, view, t.current().seat, { type: 'study', from: 'deck' })).toEqual({ kind: 'hidden', why: 'deck' });
    expect(previewMove(t.content, view, t.current().seat, { type: 'endTurn' })).toEqual({ kind: 'hidden', why: 'endTurn' });
  });

  it('is exactly what the move does, for every legal move over a few turns of play', () => {
    for (const seed of ['preview-a', 'preview-b', 'preview-c']) {
      const t = table({ players: 3, seed });
      let checked = 0;
      for (let step = 0; step < 40 && !t.state.outcome; step++) {
        const seat = t.state.turn.seat;
        const moves = legalMoves(t.content, t.state, seat);
        const view = publicView(t.state);
        for (const move of moves) {
          const p = previewMove(t.content, view, seat, move);
          if (p.kind === 'hidden') continue;
          const real = structuredClone(t.state);
          expect(play(t.content, real, seat, move)).toBeNull();
          expect(p.next, JSON.stringify(move)).toEqual(publicView(real));
          checked++;
        }
        // Play on with a move that spreads over the actions (the first one, or the end of the turn).
        const next = moves.find((m) => m.type !== 'endTurn' && step % 4 !== 3) ?? moves[0];
        play(t.content, t.state, seat, next);
      }
      expect(checked).toBeGreaterThan(20);
    }
  });
});
