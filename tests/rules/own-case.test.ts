/** Bringing your own initiative: the budget the engine checks, and how the game uses it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSetupData } from '../../src/game/game.ts';
import { harvest } from '../../src/harvest/harvest.ts';
import { RECORD_FORMAT, replay } from '../../src/record/record.ts';
import { hashState, play, setup, SetupError } from '../../src/rules/index.ts';
import { ownCaseBudget, ownCaseMenu, ownInitiativeProblem, randomInitiative, type OwnInitiative } from '../../src/rules/own-case.ts';
import { seededRandom } from '../../src/bots/types.ts';
import { repairShop } from '../helpers/own-initiative.ts';
import { content, giveCards, table } from '../helpers/table.ts';


describe('an own initiative', () => {
  it('fits the budget when shaped like a deck case', () => {
    expect(ownInitiativeProblem(content(), 'standard', 4, repairShop)).toBeNull();
    expect(ownCaseMenu(content(), 'standard', 4)).toContain('shared-workshop');
  });

  it('is refused with a sentence that says what to change', () => {
    const problem = (change: Partial<Record<keyof OwnInitiative, unknown>>) => ownInitiativeProblem(content(), 'standard', 4, { ...repairShop, ...change });
    expect(problem({ name: '  ' })).toMatch(/give your initiative a name/);
    expect(problem({ name: 'x'.repeat(61) })).toMatch(/at most 60/);
    expect(problem({ line: 'two\nlines' })).toMatch(/one line/);
    expect(problem({ needs: { making: 4, resources: 2, identity: 2 } })).toMatch(/at most 3 in one pattern/);
    expect(problem({ needs: { making: 2, resources: 2, identity: 2 } })).toMatch(/6 needs in all: an initiative has 7–8/);
    expect(problem({ needs: { making: 3, resources: 3, identity: 3 } })).toMatch(/9 needs in all/);
    expect(problem({ needs: { making: 2, resources: 2, identity: 1, dreaming: 1, care: 1 } })).toMatch(/"care" is not a pattern/);
    expect(problem({ needs: { making: 2, resources: 2, identity: 1, dreaming: 1, 'open-end': 1 } })).toMatch(/in 5 patterns: at most 4/);
    expect(problem({ needs: { making: 2.5, resources: 3, identity: 2 } })).toMatch(/whole number/);
    expect(problem({ transformation: 'free-lunch' })).toMatch(/choose the transformation from the menu: .*shared-workshop/);
    expect(problem({ offers: [] })).toMatch(/"I can offer": choose 1 to 2 patterns/);
    expect(problem({ learns: ['making', 'identity', 'dreaming'] })).toMatch(/"I want to learn": choose 1 to 2/);
    expect(problem({ learns: ['making', 'making'] })).toMatch(/listed twice/);
    expect(problem({ budget: 99 } as never)).toMatch(/no field "budget"/);
    expect(ownInitiativeProblem(content(), 'standard', 4, 'my garden')).toMatch(/is an object/);
  });

  it('made at random always fits the budget', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...content().scenarios.keys()), fc.integer({ min: 1, max: 6 }), (seed, scenario, players) => {
        expect(ownInitiativeProblem(content(), scenario, players, randomInitiative(content(), scenario, players, seededRandom(seed)))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('becomes the player’s case, with their needs and transformation, beside deck cases', () => {
    const state = setup(content(), { scenario: 'standard', players: 3, seed: 'own-1', own: [null, repairShop] });
    expect(state.cases[1]).toMatchObject({ id: 'own-2', holder: 1, own: { name: 'Repair shop De Schroef', needs: repairShop.needs } });
    expect(state.cases[0].own).toBeUndefined();
    expect(content().cases.has(state.cases[0].id)).toBe(true);
    // A table without own initiatives is the very same table as before they existed.
    const plain = setup(content(), { scenario: 'standard', players: 3, seed: 'own-1' });
    expect(setup(content(), { scenario: 'standard', players: 3, seed: 'own-1', own: [] })).toEqual(plain);
    expect(state.cases[0]).toEqual(plain.cases[0]);
  });

  it('puts what the player can offer into their starting hand', () => {
    const start = content().scenarios.get('standard')!.start.hand;
    for (const seed of ['a', 'b', 'c', 'd']) {
      const state = setup(content(), { scenario: 'standard', players: 2, seed, own: [{ ...repairShop, offers: ['dreaming'] }] });
      const hand = state.players[0].hand;
      expect(hand).toHaveLength(start);
      const dreaming = hand.filter((card) => content().knowledge.get(card.split('#')[0])!.pattern === 'dreaming');
      expect(dreaming.length).toBeGreaterThanOrEqual(Math.min(start, ownCaseBudget(content(), 'standard', 2).offerCards));
    }
  });

  it('is refused at set-up, naming the player', () => {
    expect(() => setup(content(), { scenario: 'standard', players: 2, seed: 's', own: [null, { ...repairShop, needs: {} }] })).toThrow(SetupError);
    expect(() => setup(content(), { scenario: 'standard', players: 2, seed: 's', own: [null, { ...repairShop, needs: {} }] })).toThrow(/player 2: 0 needs in all/);
    expect(validateSetupData(content(), { scenario: 'standard', own: [repairShop, { ...repairShop, offers: ['x' as never] }] }, 2)).toMatch(/player 2: "I can offer": "x" is not a pattern/);
    expect(validateSetupData(content(), { scenario: 'standard', own: [repairShop, null] }, 2)).toBeUndefined();
    expect(validateSetupData(content(), { scenario: 'standard', own: [repairShop, null, null] }, 2)).toMatch(/at most one per seat/);
  });

  it('counts being taught in a pattern you want to learn: the table gains trust, once per pattern', () => {
    const t = table({ players: 2, seed: 'learn' });
    t.state = setup(content(), { scenario: 'standard', players: 2, seed: 'learn', own: [null, { ...repairShop, learns: [t.state.players[0].place] }] });
    const here = t.state.players[0].place;
    t.state.players[1].place = here;
    t.state.trust = 3;
    const [card, second] = giveCards(t, 0, here, 2);
    // The first teach in a wanted pattern gains learnTrust on top of what any teach does to
    // the pool (its cost, a coach's or a connector's trust); the second teach only the latter.
    t.as(0).play({ type: 'teach', card, to: 1 });
    const first = t.state.trust - 3;
    expect(t.state.cases[1].learned).toEqual([here]);
    const before = t.state.trust;
    t.as(0).play({ type: 'teach', card: second, to: 1 });
    const plain = t.state.trust - before;
    expect(first).toBe(plain + ownCaseBudget(content(), 'standard', 2).learnTrust);
    expect(harvest(content(), t.state).players[1].learnedWanted).toEqual([here]);
  });

  it('travels in the match record and replays to the same table', () => {
    const own = [repairShop, randomInitiative(content(), 'standard', 2, seededRandom('r'), 2)];
    const state = setup(content(), { scenario: 'standard', players: 2, seed: 'rec', own });
    play(content(), state, 0, { type: 'endTurn' });
    const again = replay(content(), { format: RECORD_FORMAT, scenario: 'standard', players: 2, seed: 'rec', own, moves: [{ seat: 0, move: { type: 'endTurn' } }] });
    expect(hashState(again)).toBe(hashState(state));
  });
});
