/** Study: draw from the knowledge deck (studyDraw cards) or take one face-up card. */
import { draw, knowledgeLeft, refillFaceUp } from '../knowledge.ts';
import { record } from '../events.ts';
import { ruleValue } from '../rule-values.ts';
import type { Action } from '../moves-types.ts';

export const study: Action<'study'> = {
  type: 'study',
  costsAction: true,
  stage: 'actions',
  candidates: (_content, state) => [
    { type: 'study', from: 'deck' },
    ...state.knowledge.faceUp.map((card) => ({ type: 'study' as const, from: card })),
  ],
  check(_content, state, _seat, { from }) {
    if (typeof from !== 'string') return 'badArguments';
    if (from === 'deck') return knowledgeLeft(state) === 0 ? 'deckEmpty' : null;
    return state.knowledge.faceUp.includes(from) ? null : 'notFaceUp';
  },
  perform(content, state, seat, { from }) {
    const place = state.players[seat].place;
    if (from === 'deck') {
      const cards = draw(state, seat, ruleValue(content, state, 'studyDraw', seat, place));
      record(state, { e: 'study', seat, cards, faceUp: false });
      return;
    }
    const row = state.knowledge.faceUp;
    row.splice(row.indexOf(from), 1);
    state.players[seat].hand.push(from);
    refillFaceUp(content, state);
    record(state, { e: 'study', seat, cards: [from], faceUp: true });
  },
};
