/**
 * What a player or a spectator may see. Hands are open (a cooperative table plays with open
 * hands), but the order of every deck and the random state are secret: they are replaced
 * by counts, so nobody can tell what the next card or the next draw will be.
 */
import type { GameState } from './state.ts';

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
