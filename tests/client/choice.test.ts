/** Picking a move step by step offers exactly the legal moves, nothing more. */
import { describe, expect, it } from 'vitest';
import { legalMoves, type Move } from '../../src/rules/index.ts';
import { matching, nextStep, pick, STEPS, type Choice } from '../../src/client/table/choice.ts';
import { chooser, table } from '../helpers/table.ts';
import { play } from '../../src/rules/index.ts';

/** Every move reachable by walking the steps of every action. */
function walk(legal: Move[]): Move[] {
  const out: Move[] = [];
  const go = (choice: Choice) => {
    const step = nextStep(legal, choice);
    if (step.kind === 'confirm') out.push(step.move);
    if (step.kind === 'pick') for (const v of step.options) go(pick(choice, step.key, v));
  };
  for (const type of new Set(legal.map((m) => m.type))) go({ type, picked: {} });
  return out;
}

describe('choosing a move', () => {
  it('share: first a card, then a player, then confirm', () => {
    const t = table({ players: 3, seed: 'choice' });
    const me = t.current();
    const shares = me.moves('share');
    if (shares.length === 0) return expect(me.moves('share')).toEqual([]);
    let choice: Choice = { type: 'share', picked: {} };
    const first = nextStep(me.moves(), choice);
    expect(first).toMatchObject({ kind: 'pick', key: 'card' });
    const card = (first as { options: string[] }).options[0];
    choice = pick(choice, 'card', card);
    const second = nextStep(me.moves(), choice);
    expect(second).toMatchObject({ kind: 'pick', key: 'to' });
    choice = pick(choice, 'to', (second as { options: number[] }).options[0]);
    expect(nextStep(me.moves(), choice)).toEqual({ kind: 'confirm', move: { type: 'share', card, to: (second as { options: number[] }).options[0] } });
  });

  it('walking every step of every action reaches exactly the legal moves, all through a game', () => {
    for (const [players, seed] of [[2, 1], [4, 2]] as const) {
      const t = table({ players, seed: `walk-${seed}` });
      const choose = chooser(seed);
      for (let i = 0; i < 120 && !t.state.outcome; i++) {
        const legal = legalMoves(t.content, t.state, t.state.turn.seat);
        const reached = walk(legal);
        expect(reached.map((m) => JSON.stringify(m)).sort()).toEqual(legal.map((m) => JSON.stringify(m)).sort());
        expect(play(t.content, t.state, t.state.turn.seat, legal[choose(legal.length)])).toBeNull();
      }
    }
  });

  it('a choice the table has moved past offers nothing instead of an illegal move', () => {
    const t = table({ players: 2, seed: 'stale' });
    expect(nextStep(t.current().moves(), { type: 'share', picked: { card: 'no-such-card#1' } })).toEqual({ kind: 'none' });
    expect(matching(t.current().moves(), { type: 'travel', picked: { to: t.current().place } })).toEqual([]);
  });

  it('names a step for every argument of every move', () => {
    for (const [type, keys] of Object.entries(STEPS)) expect(new Set(keys).size, type).toBe(keys.length);
  });
});
