/**
 * A scenario's settings at one table size: its own starting values and rule numbers, with
 * what its "sizes" entry for that many players changes on top. A table of six has more cases
 * to work and more flow per round than a table of two, so a fair game needs other numbers;
 * they are content (game-content/scenarios.json), read here and nowhere else.
 */
import type { Content } from '../content/content.ts';
import { RULE_NAMES } from '../content/names.ts';
import type { OwnCaseBudget, RuleValues, Scenario, ScenarioStart } from '../content/schema.ts';

export interface SizeSettings {
  start: ScenarioStart;
  rules: RuleValues;
  /** The budget of a player's own initiative (rules/own-case.ts). */
  ownCase: OwnCaseBudget;
}

const cache = new WeakMap<Scenario, SizeSettings[]>();

/** The settings of `scenario` for a table of `players`. */
export function settingsFor(scenario: Scenario, players: number): SizeSettings {
  let bySize = cache.get(scenario);
  if (!bySize) cache.set(scenario, (bySize = []));
  let settings = bySize[players];
  if (!settings) {
    const size = scenario.sizes?.[String(players) as '1'];
    const rules: RuleValues = {};
    for (const r of RULE_NAMES) {
      const value = size?.rules?.[r] ?? scenario.rules?.[r];
      if (value !== undefined) rules[r] = value;
    }
    settings = bySize[players] = { start: { ...scenario.start, ...size?.start }, rules, ownCase: { ...scenario.ownCase, ...size?.ownCase } };
  }
  return settings;
}

/** The starting values in force for this match (its scenario at its table size). */
export function startOf(content: Content, state: { scenario: string; players: readonly unknown[] }): ScenarioStart {
  return settingsFor(content.scenarios.get(state.scenario)!, state.players.length).start;
}
