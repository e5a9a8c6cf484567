/**
 * The rulebooks' playing-time table (docs/rules.md, docs/rules.nl.md, between the
 * playing-time markers): minutes per scenario and table size from the heuristic bots' mean
 * turns and reflection pauses, at the pace the rulebooks assume. `npm run balance` writes the
 * figures to src/content/expected-play.json and this table from them, so the rulebook, the
 * set-up forms and the table's goal line state the same lengths.
 */
import { playingMinutes, scenarioFingerprint, type MeasuredPlay, type MeasuredScenarios } from '../content/expected-play.ts';
import type { Scenario } from '../content/schema.ts';


/** One row per scenario, one column per table size; `length` is undefined where a size is not played. */
export function playingTimeTable(scenarios: readonly { id: string }[], maxPlayers: number, length: (scenario: string, players: number) => Pick<MeasuredPlay, 'turns' | 'pauses'> | undefined, lang: 'en' | 'nl'): string {
  const sizes = Array.from({ length: maxPlayers }, (_, i) => i + 1);
  const rows = [
    `| scenario | ${sizes.map((n) => (lang === 'en' ? `${n} player${n === 1 ? '' : 's'}` : `${n} speler${n === 1 ? '' : 's'}`)).join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
  ];
  for (const s of scenarios) {
    const cells = sizes.map((players) => {
      const cell = length(s.id, players);
      return cell ? `${playingMinutes(cell)} min (${Math.round(cell.turns)} ${lang === 'en' ? 'turns' : 'beurten'})` : '–';
    });
    rows.push(`| \`${s.id}\` | ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

/** The balance run's figures as expected-play.json holds them: rounded as docs/balance.md shows them. */
export function measuredFile(scenarios: readonly Scenario[], measure: (scenario: string, players: number) => MeasuredPlay | undefined): string {
  const one = (x: number) => Math.round(x * 10) / 10;
  const out: MeasuredScenarios = {};
  // Each scenario's settings as measured: a scenario tuned since shows no stale figure (expected-play.ts).
  const settings: Record<string, string> = {};
  for (const s of scenarios) {
    settings[s.id] = scenarioFingerprint(s);
    for (let players = s.players.min; players <= s.players.max; players++) {
      const m = measure(s.id, players);
      if (m) (out[s.id] ??= {})[String(players)] = { turns: one(m.turns), rounds: one(m.rounds), pauses: one(m.pauses), winRate: Math.round(m.winRate * 1000) / 1000 };
    }
  }
  const note = 'Written by `npm run balance` (src/tools/balance.ts) from its heuristic-bot runs on the shipped deck; do not edit by hand. Read through src/content/expected-play.ts.';
  return `${JSON.stringify({ '//': note, settings, scenarios: out }, null, 2)}\n`;
}
