/**
 * Reflection prompts that fit the moment: a pause right after a breakdown asks about that
 * breakdown (in that place when the deck has such a prompt), after a teach about teaching,
 * and with nothing in particular behind it a prompt about nothing in particular. The prompt
 * deck still cycles, every prompt once per cycle.
 */
import { describe, expect, it } from 'vitest';
import { PATTERN_IDS, type Effect } from '../../src/content/schema.ts';
import { runEffects } from '../../src/rules/effects.ts';
import { play } from '../../src/rules/index.ts';
import { giveCards, table } from '../helpers/table.ts';

type T = ReturnType<typeof table>;
const flowCard = (t: T, ...effects: Effect[]) => runEffects(t.content, t.state, effects, 'test-flow#1');
/** A quiet board: no place near breaking down, so one breakdown does not spill into another. */
const quiet = (t: T) => {
  for (const p of PATTERN_IDS) t.state.pressure[p] = 0;
};
const asked = (t: T) => t.content.prompts.get(t.state.reflection!.prompt)!;
/** The table talked: the pause closes as at the table (the flow put the turn in its reflection stage). */
const closePause = (t: T) => {
  t.state.turn.stage = 'reflection';
  expect(play(t.content, t.state, t.state.turn.seat, { type: 'reflect' })).toBeNull();
};

describe('a reflection pause asks about what just happened', () => {
  it('after the storehouse broke down: a prompt about that breakdown', () => {
    const t = table({ players: 2, seed: 'prompt-1' });
    quiet(t);
    flowCard(t, { type: 'addPressure', place: 'resources', amount: 4 }, { type: 'reflect' });
    expect(t.state.events.some((e) => e.e === 'breakdown' && e.place === 'resources')).toBe(true);
    expect(asked(t).about).toEqual({ happening: 'breakdown', pattern: 'resources' });
  });

  it('after a breakdown elsewhere: a prompt about breakdowns in general, never one about another place', () => {
    const t = table({ players: 2, seed: 'prompt-2' });
    quiet(t);
    flowCard(t, { type: 'addPressure', place: 'making', amount: 4 }, { type: 'reflect' });
    expect(t.state.events.filter((e) => e.e === 'breakdown').map((e) => e.e === 'breakdown' && e.place)).toEqual(['making']);
    expect(asked(t).about).toEqual({ happening: 'breakdown' });
  });

  it('with nothing in particular behind it: a prompt about nothing in particular', () => {
    const t = table({ players: 2, seed: 'prompt-3' });
    flowCard(t, { type: 'reflect' });
    expect(asked(t).about).toBeUndefined();
  });

  it('after a teach: a prompt about teaching (in the pattern taught when there is one)', () => {
    const t = table({ players: 2, seed: 'prompt-4' });
    const [card] = giveCards(t, 0, 'dreaming', 1);
    t.state.players[0].place = 'dreaming';
    t.state.players[1].place = 'dreaming';
    t.state.players[1].hand = [];
    t.as(0).play({ type: 'teach', card, to: 1 });
    flowCard(t, { type: 'reflect' });
    expect(asked(t).about?.happening).toBe('teach');
    expect([undefined, 'dreaming']).toContain(asked(t).about?.pattern);
  });

  it('what happened before the last pause is talked about already', () => {
    const t = table({ players: 2, seed: 'prompt-5' });
    flowCard(t, { type: 'addPressure', place: 'making', amount: 9 }, { type: 'reflect' });
    expect(asked(t).about?.happening).toBe('breakdown');
    closePause(t);
    flowCard(t, { type: 'reflect' });
    expect(asked(t).about).toBeUndefined();
  });

  it('cycles: every prompt of the scenario is asked once before any is asked again', () => {
    const t = table({ players: 2, seed: 'prompt-6' });
    const all = [...t.state.prompts.deck].sort();
    const seen: string[] = [];
    for (let i = 0; i < all.length; i++) {
      flowCard(t, { type: 'reflect' });
      seen.push(t.state.reflection!.prompt);
      closePause(t);
      t.state.pauses = 0;
    }
    expect(seen.sort()).toEqual(all);
    expect(t.state.prompts.deck.length + t.state.prompts.discard.length).toBe(all.length);
  });
});
