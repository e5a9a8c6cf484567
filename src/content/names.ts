/**
 * The fixed names of the content model as plain constants: the pattern ids, the languages, the
 * rule numbers, the prompt happenings and the content files. schema.ts builds its schemas over
 * them; the rules, the bots and the browser import them from here, so a page that only needs
 * the names never downloads the schema library (TypeBox) that the checker uses.
 */

/** The eight patterns of commoning. The ids are fixed; their names are content. */
export const PATTERN_IDS = ['resources', 'identity', 'organisation', 'dreaming', 'making', 'disruption', 'transformation', 'open-end'] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The numbers the rules read. A scenario sets their starting values; role abilities and
 * transformations adjust them. Everything a card can "change about the rules" is one of these.
 */
export const RULE_NAMES = [
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
  'spillAmount',
  'flowShield',
  'trustActionsPerTurn',
  'coCreateTrust',
  'caseTrust',
  'trustMax',
  'breakdownTrustLoss',
  'learnedWorth',
  'coachTrust',
  'teachTrust',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** What a reflection prompt may be about: something that happened at the table since the last pause. */
export const PROMPT_HAPPENINGS = ['breakdown', 'commons', 'teach', 'share', 'crisis'] as const;

/** The content files (without .json); schema.ts gives each its schema. */
export const CONTENT_FILE_NAMES = ['patterns', 'board', 'roles', 'cases', 'knowledge', 'flow', 'transformations', 'prompts', 'scenarios'] as const;
export type ContentFileName = (typeof CONTENT_FILE_NAMES)[number];
