/**
 * The harvest as files to take home: JSON (the whole harvest, with names) and CSV in "long"
 * form, one fact a row, so a spreadsheet can filter and pivot it:
 *   section,round,seat,other,key,value,text
 * sections: timeline, exchange, player, case, note, moment.
 */
import type { Harvest } from './harvest.ts';

export const CSV_COLUMNS = ['section', 'round', 'seat', 'other', 'key', 'value', 'text'] as const;
type Cell = string | number | null | undefined;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet; a quote mark keeps it text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function harvestCsv(h: Harvest): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const r of h.timeline) {
    rows.push(['timeline', r.round, null, null, 'pressure', r.pressure, null]);
    rows.push(['timeline', r.round, null, null, 'trust', r.trust, null]);
    rows.push(['timeline', r.round, null, null, 'crisis', r.crisis, null]);
    rows.push(['timeline', r.round, null, null, 'commons', r.commons, null]);
    for (const place of r.breakdowns) rows.push(['timeline', r.round, null, null, 'breakdown', 1, place]);
    for (const c of r.commonsMade) rows.push(['timeline', r.round, null, null, 'commonsMade', 1, c]);
  }
  for (const l of h.network) {
    rows.push(['exchange', null, l.from, l.to, l.kind, l.count, Object.entries(l.patterns).map(([p, n]) => `${p}:${n}`).join(' ')]);
  }
  for (const p of h.players) {
    rows.push(['player', null, p.seat, null, 'name', null, p.name]);
    rows.push(['player', null, p.seat, null, 'role', null, p.role]);
    rows.push(['player', null, p.seat, null, 'case', null, p.case]);
    if (p.initiative) {
      rows.push(['player', null, p.seat, null, 'initiative', null, p.initiative.name]);
      rows.push(['player', null, p.seat, null, 'initiativeLine', null, p.initiative.line]);
      rows.push(['player', null, p.seat, null, 'offers', null, p.initiative.offers.join(' ')]);
      rows.push(['player', null, p.seat, null, 'learns', null, p.initiative.learns.join(' ')]);
    }
    for (const kind of ['teach', 'share', 'coCreate'] as const) {
      rows.push(['player', null, p.seat, null, `gave.${kind}`, p.gave[kind], null]);
      rows.push(['player', null, p.seat, null, `received.${kind}`, p.received[kind], null]);
    }
    for (const [id, n] of Object.entries(p.needsMet)) rows.push(['player', null, p.seat, null, 'needsMet', n, id]);
  }
  for (const c of h.cases) {
    rows.push(['case', null, c.holder, null, c.done ? 'done' : 'open', Math.round(c.progress * 100) / 100, c.id]);
  }
  for (const n of h.notes) rows.push(['note', n.round, n.seat, null, n.prompt, null, n.note]);
  for (const m of h.turningPoints) {
    const text = 'place' in m ? m.place : 'case' in m ? m.case : 'places' in m ? m.places.join(' ') : 'result' in m ? `${m.result} ${m.reason}` : null;
    const value = 'crisis' in m ? m.crisis : 'day' in m ? m.day : 'step' in m ? m.step : 'total' in m ? m.total : null;
    rows.push(['moment', m.round, null, null, m.kind, value, text]);
  }
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Reads CSV text back into rows of fields (RFC 4180); for tests and for re-importing a harvest. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The harvest as a JSON download, names and all, with the file's own format tag. */
export function harvestJson(h: Harvest): string {
  return `${JSON.stringify(h, null, 2)}\n`;
}
