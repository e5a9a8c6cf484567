/**
 * Invariants over many random legal games (fast-check picks the scenario, the table size,
 * the seed and every choice): no negative counts, every card instance in exactly one place,
 * every enumerated move accepted, every game ends within a bound, and the same seed and
 * moves give the same state at every step.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PATTERN_IDS } from '../../src/content/schema.ts';
import { hashState, legalMoves, play, setup } from '../../src/rules/index.ts';
import type { GameState } from '../../src/rules/state.ts';
import { allCards, content } from '../helpers/table.ts';

const SCENARIOS = ['intro', 'standard', 'bootcamp', 'artists', 'organisations-and-coaches'];
/** Far above any real game: days × flow cards × (actions + discards + reflections + 1). */
const MOVE_BOUND = 20_000;

function checkInvariants(state: GameState, initialCards: Set<string>): void {
  for (const p of PATTERN_IDS) {
    expect(state.pressure[p]).toBeGreaterThanOrEqual(0);
    expect(state.pressure[p]).toBeLessThanOrEqual(3);
  }
  expect(state.trust).toBeGreaterThanOrEqual(0);
  expect(state.crisis).toBeGreaterThanOrEqual(0);
  expect(state.turn.actionsLeft).toBeGreaterThanOrEqual(0);
  const cards = allCards(state);
  // Every instance in exactly one place …
  expect(new Set(cards).size).toBe(cards.length);
  // … and nothing lost or invented: the dealt instances plus the copies teaching made.
  const copies = cards.filter((c) => c.includes('#t'));
  // A learned copy leaves the game when it is spent or discarded; none is ever made twice.
  expect(copies.length).toBeLessThanOrEqual(state.copies);
  expect(new Set(copies).size).toBe(copies.length);
  expect(cards.length - copies.length).toBe(initialCards.size);
  for (const c of cards) if (!c.includes('#t')) expect(initialCards.has(c)).toBe(true);
}

describe('random legal games', () => {
  it('keep every invariant, accept every enumerated move and end', () => {
    const c = content();
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIOS),
        fc.integer({ min: 1, max: 6 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.infiniteStream(fc.nat()),
        (scenario, players, seed, choices) => {
          const state = setup(c, { scenario, players, seed });
          const initial = new Set(allCards(state));
          checkInvariants(state, initial);
          const it = choices[Symbol.iterator]();
          let moves = 0;
          while (!state.outcome) {
            const seat = state.turn.seat;
            const options = legalMoves(c, state, seat);
            expect(options.length).toBeGreaterThan(0);
            const move = options[(it.next().value as number) % options.length];
            expect(play(c, state, seat, move)).toBeNull();
            checkInvariants(state, initial);
            moves += 1;
            expect(moves).toBeLessThan(MOVE_BOUND);
          }
          for (let s = 0; s < players; s++) expect(legalMoves(c, state, s)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('are deterministic: the same seed and moves give the same state at every step', () => {
    const c = content();
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), fc.integer({ min: 1, max: 6 }), fc.string({ minLength: 1 }), fc.array(fc.nat(), { minLength: 50, maxLength: 300 }), (scenario, players, seed, picks) => {
        const a = setup(c, { scenario, players, seed });
        const b = setup(c, { scenario, players, seed });
        expect(hashState(a)).toBe(hashState(b));
        for (const pick of picks) {
          if (a.outcome) break;
          const options = legalMoves(c, a, a.turn.seat);
          const move = options[pick % options.length];
          play(c, a, a.turn.seat, move);
          play(c, b, b.turn.seat, structuredClone(move));
          expect(hashState(a)).toBe(hashState(b));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('differ with another seed', () => {
    const c = content();
    const a = setup(c, { scenario: 'standard', players: 4, seed: 'one' });
    const b = setup(c, { scenario: 'standard', players: 4, seed: 'two' });
    expect(hashState(a)).not.toBe(hashState(b));
  });

  it('never accept a move that is not enumerated (random candidate moves)', () => {
    const c = content();
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.nat(), { minLength: 20, maxLength: 120 }), (seed, picks) => {
        const state = setup(c, { scenario: 'standard', players: 3, seed });
        for (const pick of picks) {
          if (state.outcome) break;
          const seat = state.turn.seat;
          const legal = legalMoves(c, state, seat).map((m) => JSON.stringify(m));
          // Probe moves built from anything on the table, legal or not.
          const hand = state.players[seat].hand;
          const probes = [
            ...PATTERN_IDS.map((to) => ({ type: 'travel' as const, to })),
            ...state.cases.map((k) => ({ type: 'apply' as const, case: k.id })),
            ...hand.map((card) => ({ type: 'share' as const, card, to: (seat + 1) % 3 })),
            ...hand.map((card) => ({ type: 'teach' as const, card, to: (seat + 2) % 3 })),
            ...hand.map((card) => ({ type: 'discard' as const, card })),
            { type: 'care' as const },
            { type: 'reflect' as const },
          ];
          for (const probe of probes) {
            const copy = structuredClone(state);
            const accepted = play(c, copy, seat, probe) === null;
            expect(accepted).toBe(legal.includes(JSON.stringify(probe)));
          }
          const options = legalMoves(c, state, seat);
          play(c, state, seat, options[pick % options.length]);
        }
      }),
      { numRuns: 30 },
    );
  });
});
