/**
 * Moves that run the turn rather than act on the board: spend trust for an extra action,
 * end your actions, discard down to the hand limit, and confirm a reflection.
 */
import { record } from '../events.ts';
import { afterDiscard, continueFlow, endActions, overHandLimit } from '../flow.ts';
import { discardFromHand } from '../knowledge.ts';
import { ruleValue } from '../rule-values.ts';
import { cleanNote, noteProblem } from '../notes.ts';
import { loseTrust } from '../trust.ts';
import type { Action } from '../moves-types.ts';

export const spendTrust: Action<'spendTrust'> = {
  type: 'spendTrust',
  costsAction: false,
  stage: 'actions',
  candidates: () => [{ type: 'spendTrust' }],
  check(content, state, seat) {
    if (state.trust < 1) return 'notEnoughTrust';
    if (state.turn.trustActionsUsed >= ruleValue(content, state, 'trustActionsPerTurn', seat)) return 'noTrustActionsLeft';
    return null;
  },
  perform(_content, state, seat) {
    loseTrust(state, 1);
    state.turn.trustActionsUsed += 1;
    state.turn.actionsLeft += 1;
    record(state, { e: 'trustAction', seat });
  },
};

export const endTurn: Action<'endTurn'> = {
  type: 'endTurn',
  costsAction: false,
  stage: 'actions',
  candidates: () => [{ type: 'endTurn' }],
  check: () => null,
  perform(content, state) {
    state.turn.actionsLeft = 0;
    endActions(content, state);
  },
};

export const discard: Action<'discard'> = {
  type: 'discard',
  costsAction: false,
  stage: 'discard',
  candidates: (_content, state, seat) => state.players[seat].hand.map((card) => ({ type: 'discard', card })),
  check(content, state, seat, { card }) {
    if (!state.players[seat].hand.includes(card)) return 'notInHand';
    return overHandLimit(content, state) ? null : 'withinHandLimit';
  },
  perform(content, state, seat, { card }) {
    discardFromHand(state, seat, card);
    record(state, { e: 'discard', seat, card });
    afterDiscard(content, state);
  },
};

export const reflect: Action<'reflect'> = {
  type: 'reflect',
  costsAction: false,
  stage: 'reflection',
  candidates: () => [{ type: 'reflect' }],
  check: (_content, _state, _seat, { note }) => noteProblem(note),
  perform(content, state, seat, { note }) {
    const written = cleanNote(note);
    record(state, { e: 'reflected', seat, prompt: state.reflection!.prompt, ...(written ? { note: written } : {}) });
    state.reflection = null;
    continueFlow(content, state);
  },
};
