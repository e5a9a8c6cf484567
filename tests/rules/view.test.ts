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
