/**
 * The simulator's report as one self-contained HTML page: inline CSS and inline SVG charts,
 * no scripts, fonts or images from elsewhere, so it can be mailed or archived as one file.
 */
import type { Report, Share } from './report.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Vertical bars, one per label. */
function bars(title: string, items: { label: string; value: number }[], format: (v: number) => string = String): string {
  const w = 640, h = 220, pad = 30;
  // Scaled to the largest bar (shares are below 1, counts above).
  const max = Math.max(0, ...items.map((i) => i.value)) || 1;
  const bw = items.length === 0 ? 0 : (w - 2 * pad) / items.length;
  const rects = items
    .map((it, i) => {
      const bh = ((h - 2 * pad) * it.value) / max;
      const x = pad + i * bw, y = h - pad - bh;
      const showLabel = items.length <= 40 || i % Math.ceil(items.length / 40) === 0;
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${bh.toFixed(1)}" fill="#3b7d6e"><title>${esc(it.label)}: ${esc(format(it.value))}</title></rect>` +
        (showLabel ? `<text x="${(x + bw / 2).toFixed(1)}" y="${h - pad + 14}" font-size="10" text-anchor="middle">${esc(it.label)}</text>` : '');
    })
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(title)}">` +
    `<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="#888"/>` +
    `<text x="${pad}" y="${pad - 8}" font-size="10">max ${esc(format(max))}</text>${rects}</svg></figure>`;
}

/** Lines over rounds, each series on its own scale from 0 to its maximum. */
function lines(title: string, rounds: number[], series: { name: string; colour: string; values: number[] }[]): string {
  const w = 640, h = 240, pad = 34;
  const n = Math.max(2, rounds.length);
  const x = (i: number) => pad + ((w - 2 * pad) * i) / (n - 1);
  const paths = series
    .map((s) => {
      const max = Math.max(1e-9, ...s.values);
      const pts = s.values.map((v, i) => `${x(i).toFixed(1)},${(h - pad - ((h - 2 * pad) * v) / max).toFixed(1)}`).join(' ');
      return `<polyline points="${pts}" fill="none" stroke="${s.colour}" stroke-width="2"/>`;
    })
    .join('');
  const legend = series
    .map((s, i) => `<text x="${pad + i * 200}" y="${pad - 12}" font-size="11" fill="${s.colour}">${esc(s.name)} (max ${Math.max(0, ...s.values).toFixed(2)})</text>`)
    .join('');
  const ticks = rounds
    .filter((_, i) => rounds.length <= 20 || i % Math.ceil(rounds.length / 20) === 0)
    .map((r) => `<text x="${x(rounds.indexOf(r)).toFixed(1)}" y="${h - pad + 14}" font-size="10" text-anchor="middle">${r}</text>`)
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(title)}">` +
    `<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="#888"/>${legend}${paths}${ticks}</svg></figure>`;
}

function shareTable(title: string, rows: Share[]): string {
  const body = rows
    .map((r) => `<tr${r.vsAverage > 1.5 ? ' class="over"' : ''}><td>${esc(r.id)}</td><td>${r.games}</td><td>${r.wins}</td><td>${pct(r.winRate)}</td><td>${pct(r.winShare)}</td><td>${r.vsAverage.toFixed(2)}×</td></tr>`)
    .join('');
  return `<h2>${esc(title)}</h2><table><thead><tr><th>id</th><th>games</th><th>wins</th><th>win rate</th><th>share of wins</th><th>vs average</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function renderHtml(report: Report): string {
  const r = report;
  const roundsHist = Object.entries(r.rounds.histogram).map(([k, v]) => ({ label: k, value: v }));
  const actions = Object.entries(r.actions.share).sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ label: k, value: v }));
  const losses = Object.entries(r.lossCauses).map(([k, v]) => ({ label: k, value: v }));
  const t = r.overTime;
  const title = `${r.scenario}, ${r.players} players, ${r.bot} bot`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Simulation: ${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:720px;color:#222}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
table{border-collapse:collapse;font-size:.9rem}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:right}
td:first-child,th:first-child{text-align:left}tr.over td{color:#a00;font-weight:600}
.big{font-size:1.6rem;font-weight:700}
</style></head><body>
<main>
<h1>Simulation: ${esc(title)}</h1>
<p class="big">won ${pct(r.winRate)} <small>(95 % interval ${pct(r.winInterval.low)}–${pct(r.winInterval.high)})</small></p>
<p>${r.games} games, seed “${esc(r.seed)}”; ${r.wins} won, ${r.losses} lost. Rounds: mean ${r.rounds.mean.toFixed(1)}, median ${r.rounds.median}, 10–90 % ${r.rounds.p10}–${r.rounds.p90}. ${r.actions.perGame.toFixed(1)} moves a game.</p>
${bars('Game length (rounds): games per length', roundsHist)}
${bars('Loss causes: games', losses)}
${bars('Action mix: share of all moves', actions, pct)}
${lines('Pressure and crises over time (mean over games still going, per round)', t.map((p) => p.round), [
    { name: 'total pressure', colour: '#c0392b', values: t.map((p) => p.meanPressure) },
    { name: 'crisis track', colour: '#2c3e50', values: t.map((p) => p.meanCrisis) },
    { name: 'games going', colour: '#7f8c8d', values: t.map((p) => p.games) },
  ])}
${bars('Breakdowns per round (all games)', t.map((p) => ({ label: String(p.round), value: p.breakdowns })))}
${shareTable('Wins by role', r.byRole)}
${shareTable('Wins by case', r.byCase)}
</main></body></html>
`;
}
