/**
 * Bots only make legal moves: a 1,000-game fuzz over every scenario and 1–6 players. Seats
 * switch between the random and the heuristic bot at random, so the heuristic bot meets
 * the odd tables random play leaves behind.
 */
import { describe, expect, it } from 'vitest';
import { BOTS, seededRandom, type Picker } from '../../src/bots/index.ts';
import { ACTIONS, blocked, legalMoves, MOVE_TYPES, whyNot, type Move } from '../../src/rules/index.ts';
import { playGame } from '../../src/sim/play-game.ts';
import { content } from '../helpers/table.ts';

/** A table where every move is made by one of the bots, chosen by a coin. */
function mixed(seed: string, checked: { moves: number; listed: number }): Picker {
  const coin = seededRandom(`coin:${seed}`);
  return (c, state, seat, random) => {
    const bot = coin() < 0.5 ? BOTS.random : BOTS.heuristic;
    const move = bot(c, state, seat, random);
    expect(move, `a bot found no move at stage ${state.turn.stage}`).toBeDefined();
    expect(whyNot(c, state, seat, move!)).toBeNull();
    checked.moves++;
    // Every 16th move, also check the move is one of those the rules list, exactly.
    if (checked.moves % 16 === 0) {
      expect(legalMoves(c, state, seat)).toContainEqual(move);
      checked.listed++;
    }
    return move;
  };
}

describe('bots make only legal moves', () => {
  it('1,000 games over every scenario and 1–6 players end with only legal moves', () => {
    const c = content();
    const scenarios = [...c.scenarios.keys()];
    const checked = { moves: 0, listed: 0 };
    const endings = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const scenario = scenarios[i % scenarios.length];
      const players = 1 + (Math.floor(i / scenarios.length) % 6);
      const seed = `fuzz-${i}`;
      const end = playGame(c, { scenario, players, seed }, mixed(seed, checked));
      expect(end.outcome).not.toBeNull();
      endings.add(`${end.outcome!.result}:${end.outcome!.reason}`);
    }
    expect(checked.moves).toBeGreaterThan(10_000);
    expect(checked.listed).toBeGreaterThan(500);
    // The fuzz reaches both ends of the game, not only one kind of table.
    expect([...endings].some((e) => e.startsWith('won'))).toBe(true);
    expect([...endings].some((e) => e.startsWith('lost'))).toBe(true);
  });

  it('every bot has a move at every stage it is asked about until the game ends', () => {
    const c = content();
    for (const [name, bot] of Object.entries(BOTS)) {
      for (const players of [1, 6]) {
        const end = playGame(c, { scenario: 'standard', players, seed: `${name}-${players}` }, bot);
        expect(end.outcome, name).not.toBeNull();
        expect(BOTS[name as keyof typeof BOTS](c, end, end.turn.seat, () => 0), 'no move once the game is over').toBeUndefined();
      }
    }
  });

  it("the rules' fast listings (share, teach) equal their candidates checked one by one, on the tables bots reach", () => {
    const c = content();
    let compared = 0;
    let nonEmpty = 0;
    for (let i = 0; i < 120; i++) {
      const seed = `fast-${i}`;
      const coin = seededRandom(seed);
      const observe: Picker = (cc, state, seat, random) => {
        if (coin() < 0.25) {
          for (const type of MOVE_TYPES) {
            const action = ACTIONS[type] as unknown as {
              legal?: (...a: unknown[]) => Move[];
              candidates: (...a: unknown[]) => Move[];
              check: (...a: unknown[]) => unknown;
            };
            if (!action.legal || blocked(state, seat, type)) continue;
            const slow = action.candidates(cc, state, seat).filter((m) => action.check(cc, state, seat, m) === null);
            expect(action.legal(cc, state, seat)).toEqual(slow);
            compared++;
            if (slow.length > 0) nonEmpty++;
          }
        }
        return (coin() < 0.5 ? BOTS.random : BOTS.heuristic)(cc, state, seat, random);
      };
      const scenarios = [...c.scenarios.keys()];
      playGame(c, { scenario: scenarios[i % scenarios.length], players: 2 + (i % 5), seed }, observe);
    }
    expect(compared).toBeGreaterThan(1000);
    expect(nonEmpty).toBeGreaterThan(300);
  });
});
