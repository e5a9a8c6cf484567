/** Travel: move to a place within travelRange steps (neighbours, by default). */
import { PATTERN_IDS } from '../../content/names.ts';
import type { PatternId } from '../../content/schema.ts';
import { record } from '../events.ts';
import { ruleValue } from '../rule-values.ts';
import type { Action } from '../moves-types.ts';

export const travel: Action<'travel'> = {
  type: 'travel',
  costsAction: true,
  stage: 'actions',
  candidates: () => PATTERN_IDS.map((to) => ({ type: 'travel', to })),
  check(content, state, seat, { to }) {
    if (!(PATTERN_IDS as readonly string[]).includes(to)) return 'unknownPlace';
    const from = state.players[seat].place;
    if (to === from) return 'samePlace';
    if (content.distance[from][to] > ruleValue(content, state, 'travelRange', seat, to)) return 'tooFar';
    return null;
  },
  perform(_content, state, seat, { to }) {
    const from: PatternId = state.players[seat].place;
    state.players[seat].place = to;
    record(state, { e: 'travel', seat, from, to });
  },
};
