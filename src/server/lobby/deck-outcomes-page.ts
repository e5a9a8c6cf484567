/**
 * The page of GET /decks/outcomes: the same figures as the JSON, one row per deck version,
 * scenario and table size, real play beside the simulator. Plain HTML from the server (no
 * script), Dutch by default, English with ?lang=en.
 */
import type { DeckOutcomes, Figures, SimulatorFigures } from './deck-outcomes.ts';

const WORDS = {
  nl: {
    title: 'Uitkomsten per deckversie',
    intro: 'Echte partijen per deckversie, scenario en aantal spelers, naast de simulator (heuristische bot) voor het deck dat deze server nu speelt.',
    current: 'nu gespeeld',
    unversioned: 'zonder versie',
    head: ['Versie', 'Inhoudshash', 'Scenario', 'Spelers', 'Bron', 'Gespeeld', 'Uitgespeeld', 'Gewonnen', 'Winkans', 'Rondes (gem.)', 'Beurten (gem.)', 'Oorzaken van verlies'],
    real: 'echt',
    sim: 'simulator',
    running: (done: number, games: number) => `bezig: ${done} van ${games} partijen, laad de pagina later opnieuw`,
    off: 'uit (DECK_SIM_GAMES=0)',
    failed: 'mislukt',
    json: 'Dezelfde cijfers als JSON',
  },
  en: {
    title: 'Outcomes per deck version',
    intro: 'Real matches per deck version, scenario and table size, beside the simulator (heuristic bot) for the deck this server plays now.',
    current: 'played now',
    unversioned: 'no version',
    head: ['Version', 'Content hash', 'Scenario', 'Players', 'Source', 'Played', 'Finished', 'Won', 'Win rate', 'Rounds (mean)', 'Turns (mean)', 'Loss causes'],
    real: 'real',
    sim: 'simulator',
    running: (done: number, games: number) => `running: ${done} of ${games} games, reload the page later`,
    off: 'off (DECK_SIM_GAMES=0)',
    failed: 'failed',
    json: 'The same figures as JSON',
  },
} as const;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(x * 1000) / 10} %`);
const num = (x: number | null | undefined) => (x === null || x === undefined ? '–' : String(Math.round(x * 10) / 10));
const causes = (c: Record<string, number> | undefined) =>
  c && Object.keys(c).length ? Object.entries(c).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${escape(k)} ${n}`).join(', ') : '–';

export function deckOutcomesPage(data: DeckOutcomes, lang: 'nl' | 'en'): string {
  const w = WORDS[lang];
  const td = (cells: string[]) => cells.map((c) => `<td>${c}</td>`).join('');
  const realCells = (f: Figures) => [w.real, String(f.played), String(f.finished), String(f.won), pct(f.winRate), num(f.meanRounds), num(f.meanTurns), causes(f.lossCauses)];
  const simRow = (s: SimulatorFigures) =>
    s.status === 'ready'
      ? td([w.sim, String(s.games), String(s.games), String(Math.round((s.winRate ?? 0) * s.games)), `${pct(s.winRate)} (${pct(s.winInterval?.low)}–${pct(s.winInterval?.high)})`, num(s.meanRounds), num(s.meanTurns), causes(s.lossCauses)])
      : `<td>${w.sim}</td><td colspan="7">${s.status === 'running' ? w.running(s.done, s.games) : s.status === 'off' ? w.off : `${w.failed}: ${escape(s.error ?? '')}`}</td>`;
  const rows = data.rows
    .map((r) => {
      const version = r.version === null ? `<i>${w.unversioned}</i>` : escape(r.version) + (r.current ? ` <b>(${w.current})</b>` : '');
      const id = [version, `<code>${escape(r.hash ?? '–')}</code>`, escape(r.scenario), String(r.players)];
      const span = r.simulator ? 2 : 1;
      const first = `<tr${r.current ? ' class="current"' : ''}>${id.map((c) => `<td rowspan="${span}">${c}</td>`).join('')}${td(realCells(r.real))}</tr>`;
      return r.simulator ? `${first}<tr class="sim${r.current ? ' current' : ''}">${simRow(r.simulator)}</tr>` : first;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<style>
body { font: 16px/1.4 system-ui, sans-serif; margin: 1rem; color: #1d2a24; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; min-width: 100%; }
th, td { border-bottom: 1px solid #ccd; padding: .3rem .5rem; text-align: left; white-space: nowrap; }
th { background: #eef2ee; position: sticky; top: 0; }
tr.current td { background: #f6fbf3; }
tr.sim td { color: #3b4b7a; }
code { font-size: .85em; }
</style>
</head>
<body>
<h1>${w.title}</h1>
<p>${w.intro}</p>
<p><a href="?lang=${lang === 'nl' ? 'en' : 'nl'}">${lang === 'nl' ? 'English' : 'Nederlands'}</a> · <a href="/api/decks/outcomes">${w.json}</a></p>
<div class="scroll"><table>
<thead><tr>${w.head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</body>
</html>
`;
}
