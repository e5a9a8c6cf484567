/** Roles and cases chosen in the set-up forms (src/client/lobby/seat-choices.ts), as the rules then take them. */
import { describe, expect, it } from 'vitest';
import { validateSetupData } from '../../src/game/game.ts';
import { choicePool, choiceToSend, firstPicks, firstTwin, fitChoice, RANDOM } from '../../src/client/lobby/seat-choices.ts';
import { content } from '../helpers/table.ts';

describe('choosing roles and cases at set-up', () => {
  it('starts every seat on a different role and case of the scenario, which the rules accept', () => {
    for (const s of content().scenarios.values()) {
      const choice = { roles: firstPicks(choicePool(content(), s.id, 'role')), cases: firstPicks(choicePool(content(), s.id, 'case')) };
      for (let seats = s.players.min; seats <= s.players.max; seats++) {
        expect(firstTwin(choice, seats), `${s.id} at ${seats}`).toBeNull();
        expect(validateSetupData(content(), { scenario: s.id, ...choiceToSend(content(), s.id, choice, seats) }, seats), `${s.id} at ${seats}`).toBeUndefined();
      }
    }
  });

  it('sends nothing when dealt at random', () => {
    expect(choiceToSend(content(), 'standard', RANDOM, 4)).toEqual({});
  });

  it('names the first two players who chose the same role or case', () => {
    const roles = firstPicks(choicePool(content(), 'standard', 'role'));
    const clash = { roles: [roles[0], roles[1], roles[1], roles[3], roles[4], roles[5]], cases: null };
    expect(firstTwin(clash, 4)).toEqual({ kind: 'role', id: roles[1], first: 2, second: 3 });
    // A table of two does not see the third seat's choice.
    expect(firstTwin(clash, 2)).toBeNull();
  });

  it('gives a seat with its own initiative a case nobody chose, so the rules see no twin', () => {
    const cases = firstPicks(choicePool(content(), 'standard', 'case'));
    const choice = { roles: null, cases: [cases[0], cases[0], cases[2], cases[3], cases[4], cases[5]] };
    expect(firstTwin(choice, 3, (kind, seat) => kind === 'case' && seat === 1)).toBeNull();
    const sent = choiceToSend(content(), 'standard', choice, 3, [1]);
    expect(new Set(sent.cases).size).toBe(3);
    expect(sent.cases![0]).toBe(cases[0]);
  });

  it('starts a kind over when the scenario changes to one whose decks lack a chosen id', () => {
    const choice = { roles: firstPicks(choicePool(content(), 'standard', 'role')), cases: null };
    for (const s of content().scenarios.values()) {
      const fitted = fitChoice(content(), s.id, choice);
      expect(fitted.roles!.every((id) => choicePool(content(), s.id, 'role').includes(id)), s.id).toBe(true);
      expect(fitted.cases).toBeNull();
    }
  });
});
