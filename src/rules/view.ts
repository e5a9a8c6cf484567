/**
 * What a player or a spectator may see. Hands are open (a cooperative table plays with open
 * hands), but the order of every deck and the random state are secret: they are replaced
 * by counts, so nobody can tell what the next card or the next draw will be.
 */
import type { GameState } from './state.ts';

/**
 * What the rules may read to tell what is legal, why not, and what a rule number is now: the
 * facts the full state and every player's view both hold. Decks are an order in the full
 * state and a count in a view, so here they are either; the random state is not here at all.
 * Legal-move listing, the "why not" reasons, rule values and the bots take this type, so the
 * compiler checks that legality reads only public facts (and the client and the bots call
 * them with a view, no cast).
 */
export interface PublicFacts extends Omit<GameState, 'knowledge' | 'flow' | 'prompts' | 'secret'> {
  knowledge: { deck: readonly string[] | number; discard: readonly string[]; faceUp: readonly string[] };
  flow: { deck: readonly string[] | number; discard: readonly string[] };
  prompts: { deck: readonly string[] | number };
}

export interface PublicState extends Omit<GameState, 'knowledge' | 'flow' | 'prompts' | 'secret'> {
  knowledge: { deck: number; discard: string[]; faceUp: string[] };
  flow: { deck: number; discard: string[] };
  prompts: { deck: number };
}

export function publicView(state: GameState): PublicState {
  const { secret: _secret, knowledge, flow, prompts, ...rest } = state;
  return {
    ...rest,
    knowledge: { deck: knowledge.deck.length, discard: knowledge.discard, faceUp: knowledge.faceUp },
    flow: { deck: flow.deck.length, discard: flow.discard },
    prompts: { deck: prompts.deck.length },
  };
}

/** A card the view does not show (a stand-in in stateFromView's decks). */
export const UNSEEN = '?';

/**
 * A view as a state to try a move on (the client's previews): each deck holds as many unseen
 * cards as the view counts, and chance is a fixed stand-in. Whatever a move then takes from a
 * deck or rolls shows as a change under a deck or `secret`: such a move's outcome depends on
 * hidden facts, and a preview does not show it (hidesFacts).
 */
export function stateFromView(view: PublicState): GameState {
  const unseen = (count: number) => Array.from({ length: count }, () => UNSEEN);
  return {
    ...view,
    knowledge: { deck: unseen(view.knowledge.deck), discard: view.knowledge.discard, faceUp: view.knowledge.faceUp },
    flow: { deck: unseen(view.flow.deck), discard: view.flow.discard },
    prompts: { deck: unseen(view.prompts.deck), discard: [] },
    secret: { seed: '', rng: [0, 0, 0, 0] },
  };
}

/** Whether changes at these paths (immer patches of a stateFromView) read a deck's order or chance. */
export function hidesFacts(paths: readonly (readonly (string | number)[])[]): boolean {
  return paths.some(([top, part]) => top === 'secret' || top === 'prompts' || ((top === 'knowledge' || top === 'flow') && part === 'deck'));
}
