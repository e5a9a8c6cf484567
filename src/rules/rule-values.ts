/**
 * Reading a rule number: the table's value, plus lasting pattern-limited changes from
 * transformations, plus the acting player's role ability. Everything content can change
 * about the rules goes through here.
 */
import type { Content } from '../content/content.ts';
import type { PatternId, RuleName } from '../content/schema.ts';
import type { Seat } from './state.ts';
import type { PublicFacts } from './view.ts';

export const DEFAULT_RULES: Readonly<Record<RuleName, number>> = {
  actionsPerTurn: 4,
  careAmount: 1,
  teachCost: 0,
  applyCost: 3,
  applyDiscount: 0,
  handLimit: 7,
  drawPerTurn: 1,
  studyDraw: 1,
  travelRange: 1,
  shareRange: 0,
  spillAmount: 1,
  flowShield: 0,
  trustActionsPerTurn: 1,
  coCreateTrust: 1,
  caseTrust: 1,
  trustMax: 8,
  breakdownTrustLoss: 1,
  learnedWorth: 2,
  coachTrust: 1,
  teachTrust: 0,
};

/**
 * The rule number in force for `seat` (null: the table as a whole) when the action concerns
 * `pattern`. Never negative.
 */
export function ruleValue(
  content: Content,
  state: PublicFacts,
  rule: RuleName,
  seat: Seat | null = null,
  pattern: PatternId | null = null,
): number {
  let value = state.rules[rule];
  if (pattern !== null) {
    for (const r of state.patternRules) if (r.rule === rule && r.pattern === pattern) value += r.by;
  }
  if (seat !== null) {
    const mods = roleModifiers(content, state.players[seat].role)?.[rule];
    if (mods) {
      for (const m of mods) if (m.pattern === undefined || m.pattern === pattern) value += m.by;
    }
  }
  return value < 0 ? 0 : value;
}

type Modifiers = Partial<Record<RuleName, { by: number; pattern?: PatternId }[]>>;

/**
 * A role's modifiers grouped by rule, per deck: the rules read a rule number several times a
 * move, and most roles change one or two of twenty rules.
 */
const modifiersCache = new WeakMap<Content, Map<string, Modifiers | null>>();
let lastContent: Content | undefined;
let lastModifiers = new Map<string, Modifiers | null>();

function roleModifiers(content: Content, roleId: string): Modifiers | null {
  if (content !== lastContent) {
    let cache = modifiersCache.get(content);
    if (!cache) modifiersCache.set(content, (cache = new Map()));
    lastContent = content;
    lastModifiers = cache;
  }
  let mods = lastModifiers.get(roleId);
  if (mods === undefined) {
    const role = content.roles.get(roleId);
    mods = null;
    if (role) {
      const grouped: Modifiers = {};
      for (const m of role.modifiers) (grouped[m.rule] ??= []).push({ by: m.by, ...(m.pattern === undefined ? {} : { pattern: m.pattern }) });
      mods = grouped;
    }
    lastModifiers.set(roleId, mods);
  }
  return mods;
}

/** Cards it costs `seat` to meet one need of `pattern`: applyCost less applyDiscount, at least 1. */
export function applyCost(content: Content, state: PublicFacts, seat: Seat, pattern: PatternId): number {
  const cost = ruleValue(content, state, 'applyCost', seat, pattern) - ruleValue(content, state, 'applyDiscount', seat, pattern);
  return cost < 1 ? 1 : cost;
}
