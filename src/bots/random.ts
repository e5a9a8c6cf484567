/** The random bot: uniform over the legal moves. The floor every other bot must beat. */
import { legalMoves } from '../rules/moves.ts';
import { pickOne, type Picker } from './types.ts';

export const randomBot: Picker = (content, state, seat, random, limits) => {
  const without = limits?.without;
  const moves = without && without.size > 0 ? legalMoves(content, state, seat).filter((m) => !without.has(m.type)) : legalMoves(content, state, seat);
  return moves.length === 0 ? undefined : pickOne(moves, random);
};
