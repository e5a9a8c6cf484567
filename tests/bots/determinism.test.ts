/** Bots are deterministic given a seed: the same seed plays the same game, move for move. */
import { describe, expect, it } from 'vitest';
import { BOTS, seededRandom, type Picker } from '../../src/bots/index.ts';
import { hashState, type Move } from '../../src/rules/index.ts';
import { playGame } from '../../src/sim/play-game.ts';
import { content } from '../helpers/table.ts';

function recorded(bot: Picker, seed: string): { moves: Move[]; hash: string } {
  const moves: Move[] = [];
  const recording: Picker = (c, s, seat, random) => {
    const m = bot(c, s, seat, random);
    if (m) moves.push(m);
    return m;
  };
  const end = playGame(content(), { scenario: 'standard', players: 4, seed }, recording);
  return { moves, hash: hashState(end) };
}

describe('bots are deterministic given a seed', () => {
  for (const [name, bot] of Object.entries(BOTS)) {
    it(`${name}: same seed, same moves and same end; another seed, another game`, () => {
      const a = recorded(bot, 'same');
      const b = recorded(bot, 'same');
      expect(b.moves).toEqual(a.moves);
      expect(b.hash).toBe(a.hash);
      const other = recorded(bot, 'other');
      expect(other.hash).not.toBe(a.hash);
    });
  }

  it('a bot seeded alike chooses alike, whatever else the process did in between', () => {
    const c = content();
    const state = playGame(c, { scenario: 'intro', players: 3, seed: 'mid', maxMoves: 20_000 }, BOTS.heuristic);
    const first = BOTS.random(c, state, state.turn.seat, seededRandom('r'));
    Math.random();
    const again = BOTS.random(c, state, state.turn.seat, seededRandom('r'));
    expect(again).toEqual(first);
  });
});
