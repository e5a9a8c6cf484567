/**
 * Which rule numbers the engine reads for one player (so a role ability can change them) and
 * which it reads for a pattern (so a change limited to a pattern can apply). The checker uses
 * this to catch a modifier that would silently do nothing. It mirrors the ruleValue() calls
 * in src/rules; tests/content/rule-scope.test.ts reads those calls and fails if they drift.
 */
import type { RuleName } from './schema.ts';

/** Read with the acting player's seat: role modifiers on these take effect. */
export const PLAYER_RULES: ReadonlySet<RuleName> = new Set<RuleName>([
  'actionsPerTurn',
  'careAmount',
  'teachCost',
  'applyCost',
  'applyDiscount',
  'handLimit',
  'drawPerTurn',
  'studyDraw',
  'travelRange',
  'shareRange',
  'trustActionsPerTurn',
  'coCreateTrust',
  'learnedWorth',
  'coachTrust',
  'teachTrust',
]);

/** Read for a pattern (the place, card or need an action concerns): "pattern" limits apply. */
export const PATTERN_RULES: ReadonlySet<RuleName> = new Set<RuleName>([
  'careAmount',
  'teachCost',
  'applyCost',
  'applyDiscount',
  'studyDraw',
  'travelRange',
  'shareRange',
  'coCreateTrust',
  'spillAmount',
  'breakdownTrustLoss',
  'learnedWorth',
  'coachTrust',
  'teachTrust',
]);
