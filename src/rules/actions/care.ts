/** Care: lower the pressure where you stand by careAmount. */
import { record } from '../events.ts';
import { removePressure } from '../pressure.ts';
import { ruleValue } from '../rule-values.ts';
import type { Action } from '../moves-types.ts';

export const care: Action<'care'> = {
  type: 'care',
  costsAction: true,
  stage: 'actions',
  candidates: () => [{ type: 'care' }],
  check: (_content, state, seat) => (state.pressure[state.players[seat].place] > 0 ? null : 'noPressure'),
  perform(content, state, seat) {
    const place = state.players[seat].place;
    const amount = removePressure(state, place, ruleValue(content, state, 'careAmount', seat, place));
    record(state, { e: 'care', seat, place, amount });
  },
};
