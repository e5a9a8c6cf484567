/**
 * What a table plays for, in numbers a new player can hold on to: the commons to make, the two
 * ways to lose (a full crisis track, the last day's flow running out), and how long a game takes.
 */
import type { Content } from '../../content/content.ts';
import { expectedPlay, type ExpectedPlay } from '../../content/expected-play.ts';
import { settingsFor } from '../../rules/scenario-settings.ts';

export interface Goal {
  /** Cases that must become commons (the scenario's target, or every player's case). */
  commons: number;
  crisisLimit: number;
  days: number;
  /**
   * How long a game of this scenario at this size usually lasts: the balance run's figures, the
   * same the rulebook's playing-time table shows; undefined for a scenario it did not measure.
   */
  length?: ExpectedPlay;
}

export function goalOf(content: Content, scenario: string, players: number, cases = players): Goal {
  const s = content.scenarios.get(scenario);
  const target = s?.target?.commons;
  // The numbers at this table size: a scenario may set other ones per size ("sizes").
  const start = s ? settingsFor(s, players).start : undefined;
  return { commons: target === undefined ? cases : Math.min(target, cases), crisisLimit: start?.crisisLimit ?? 0, days: start?.days ?? 0, length: expectedPlay(scenario, players, s) };
}
