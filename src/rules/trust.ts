/** The commons pool of trust: never below 0, never above trustMax. */
import type { Content } from '../content/content.ts';
import { record } from './events.ts';
import { ruleValue } from './rule-values.ts';
import type { GameState } from './state.ts';

export function gainTrust(content: Content, state: GameState, amount: number): void {
  const max = ruleValue(content, state, 'trustMax');
  const gained = Math.max(0, Math.min(amount, max - state.trust));
  if (gained > 0) {
    state.trust += gained;
    record(state, { e: 'trust', amount: gained });
  }
}

export function loseTrust(state: GameState, amount: number): void {
  const lost = Math.min(amount, state.trust);
  if (lost > 0) {
    state.trust -= lost;
    record(state, { e: 'trust', amount: -lost });
  }
}
