/** Secrets: deck orders and the random state never reach a player or a spectator. */
import { describe, expect, it } from 'vitest';
import { publicView } from '../../src/rules/index.ts';
import { table } from '../helpers/table.ts';

describe('what players see', () => {
  it('shows counts of the decks, never their order, and no random state', () => {
    const t = table({ players: 3 });
    const view = publicView(t.state);
    const text = JSON.stringify(view);
    expect(view.knowledge.deck).toBe(t.state.knowledge.deck.length);
    expect(view.flow.deck).toBe(t.state.flow.deck.length);
    expect(view.prompts.deck).toBe(t.state.prompts.deck.length);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('rng');
    for (const card of t.state.knowledge.deck) expect(text).not.toContain(`"${card}"`);
    for (const card of t.state.flow.deck) expect(text).not.toContain(`"${card}"`);
    expect(text).not.toContain(String(t.state.secret.rng[0]));
  });

  it('keeps open hands, cases and the board', () => {
    const t = table({ players: 2 });
    const view = publicView(t.state);
    expect(view.players).toEqual(t.state.players);
    expect(view.cases).toEqual(t.state.cases);
    expect(view.pressure).toEqual(t.state.pressure);
  });
});

describe('legal moves from what a player sees', () => {
  it('are the legal moves the server computes, at every step of random games', async () => {
    const { legalMoves, play } = await import('../../src/rules/index.ts');
    const { chooser } = await import('../helpers/table.ts');
    for (const seed of ['a', 'b', 'c']) {
      const t = table({ players: 3, seed });
      const pick = chooser(seed.charCodeAt(0));
      while (!t.state.outcome) {
        const seat = t.state.turn.seat;
        const server = legalMoves(t.content, t.state, seat);
        expect(legalMoves(t.content, publicView(t.state), seat)).toEqual(server);
        play(t.content, t.state, seat, server[pick(server.length)]);
      }
    }
  });

  it('offer no study from an empty deck and discard pile', async () => {
    const { legalMoves } = await import('../../src/rules/index.ts');
    const t = table();
    t.state.knowledge.deck = [];
    t.state.knowledge.discard = [];
    expect(legalMoves(t.content, publicView(t.state), 0).filter((m) => m.type === 'study' && m.from === 'deck')).toEqual([]);
  });
});
