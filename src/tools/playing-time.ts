/**
 * The rulebooks' playing-time table (docs/rules.md, docs/rules.nl.md, between the
 * playing-time markers): minutes per scenario and table size from the heuristic bots' mean
 * turns and reflection pauses, at the pace the rulebooks assume. `npm run balance` writes it.
 */
/** The pace the rulebooks state ("How long a game takes"). */
export const MINUTES_A_TURN = 0.8;
export const MINUTES_A_PAUSE = 2;

export interface LengthCell {
  turns: number;
  pauses: number;
}

export function playingMinutes(cell: LengthCell): number {
  return Math.round(cell.turns * MINUTES_A_TURN + cell.pauses * MINUTES_A_PAUSE);
}

/** One row per scenario, one column per table size; `length` is undefined where a size is not played. */
export function playingTimeTable(scenarios: readonly { id: string }[], maxPlayers: number, length: (scenario: string, players: number) => LengthCell | undefined, lang: 'en' | 'nl'): string {
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
