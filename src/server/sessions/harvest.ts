/**
 * The session harvest: what every table came to, who gave what to whom, the turning points,
 * the participants' initiatives and the reflection notes per table and per question. Pure.
 * Each table's part is the match's own debrief (src/harvest/harvest.ts: the same story the
 * end screen tells), folded with what only the session knows: its questions, the notes the
 * tables wrote to them, and the initiatives people brought when they joined.
 */
import type { LogEntry, State } from 'boardgame.io';
import type { Content } from '../../content/content.ts';
import { harvest as matchHarvest, type Harvest } from '../../harvest/harvest.ts';
import type { HarvestTable, SessionHarvest } from '../../protocol/sessions.ts';
import type { GameState } from '../../rules/state.ts';
import type { TableMetadata } from '../storage/store.ts';
import type { SessionDoc } from './session-doc.ts';
import { exchangesOf, standingMoves } from './table-story.ts';

export interface TableRecord {
  state: State | undefined;
  metadata: TableMetadata | undefined;
  log: LogEntry[];
}

function turningPoints(debrief: Harvest): HarvestTable['turningPoints'] {
  return debrief.turningPoints.map((tp) => {
    switch (tp.kind) {
      case 'breakdown':
        return { round: tp.round, what: 'breakdown', detail: tp.place };
      case 'cascade':
        return { round: tp.round, what: 'cascade', detail: tp.places.join(', ') };
      case 'commons':
        return { round: tp.round, what: 'commons', detail: tp.case };
      case 'day':
        return { round: tp.round, what: 'day', detail: String(tp.day) };
      case 'wave':
        return { round: tp.round, what: 'wave', detail: String(tp.step) };
      case 'peakPressure':
        return { round: tp.round, what: 'peakPressure', detail: String(tp.total) };
      case 'outcome':
        return { round: tp.round, what: 'outcome', detail: `${tp.result}:${tp.reason}` };
    }
  });
}

function harvestTable(content: Content, doc: SessionDoc, index: number, record: TableRecord): HarvestTable {
  const table = doc.tables[index];
  const G = record.state?.G as GameState | undefined;
  const seats = record.metadata ? Object.values(record.metadata.players) : [];
  const nameOf = (seat: number) => seats.find((s) => s.id === seat)?.name ?? `${seat + 1}`;
  // States from before the chronicle existed carry none: their exchanges come from the log.
  const debrief = G?.chronicle ? matchHarvest(content, G, { names: seats.map((s) => s.name ?? null) }) : null;
  const exchanges = debrief
    ? debrief.network.map((l) => ({ from: l.from, to: l.to, kind: l.kind, count: l.count }))
    : [...exchangesOf(standingMoves(record.log)).values()];
  const players = seats.map((s) => {
    const participant = doc.participants.find((p) => p.table === index && p.seat === s.id);
    return {
      seat: s.id,
      name: s.name ?? `${s.id + 1}`,
      bot: s.data?.bot === true,
      initiative: participant?.initiative ?? null,
      gave: exchanges.filter((e) => e.from === s.id).reduce((n, e) => n + e.count, 0),
      received: exchanges.filter((e) => e.to === s.id).reduce((n, e) => n + e.count, 0),
    };
  });
  return {
    index,
    matchID: table.matchID,
    code: table.code,
    players,
    outcome: G?.outcome ?? null,
    rounds: G?.turn.round ?? 0,
    day: G?.day ?? 0,
    casesDone: G?.cases.filter((c) => c.done).length ?? 0,
    casesTotal: G?.cases.length ?? 0,
    commons: G?.commons ?? [],
    trust: G?.trust ?? 0,
    crisis: G?.crisis ?? 0,
    exchanges: exchanges.map((e) => ({ from: nameOf(e.from), to: nameOf(e.to), kind: e.kind, count: e.count })),
    turningPoints: debrief ? turningPoints(debrief) : [],
    notes: doc.notes
      .filter((n) => n.table === index)
      .map((n) => ({ questionID: n.questionID, question: doc.questions.find((q) => q.id === n.questionID)?.text ?? '', text: n.text })),
    reflections: (debrief?.notes ?? []).filter((n) => n.note).map((n) => ({ round: n.round, prompt: n.prompt, note: n.note! })),
    debrief,
  };
}

export function sessionHarvest(content: Content, doc: SessionDoc, records: TableRecord[], now = Date.now()): SessionHarvest {
  const tables = doc.tables.map((t) => harvestTable(content, doc, t.index, records[t.index]));
  return {
    sessionID: doc.id,
    title: doc.settings.title,
    scenario: doc.settings.scenario,
    status: doc.status,
    at: now,
    tables,
    questions: doc.questions.map((q) => ({ ...q, answers: doc.notes.filter((n) => n.questionID === q.id).map((n) => ({ table: n.table, text: n.text })) })),
    totals: {
      tables: tables.length,
      won: tables.filter((t) => t.outcome?.result === 'won').length,
      lost: tables.filter((t) => t.outcome?.result === 'lost').length,
      playing: tables.filter((t) => !t.outcome).length,
      casesDone: tables.reduce((n, t) => n + t.casesDone, 0),
      exchanges: tables.reduce((n, t) => n + t.exchanges.reduce((m, e) => m + e.count, 0), 0),
    },
  };
}

/** One CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function field(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The harvest as CSV: one row per thing worth a line (an outcome, a player, an exchange, a
 * turning point, a note), with the table and a kind column, so one sheet can be filtered any way.
 */
export function harvestCsv(h: SessionHarvest): string {
  const rows: unknown[][] = [['table', 'kind', 'name', 'detail', 'count_or_round', 'text']];
  for (const t of h.tables) {
    rows.push([t.index + 1, 'outcome', t.code, t.outcome ? `${t.outcome.result}:${t.outcome.reason}` : 'playing', t.rounds, `cases ${t.casesDone}/${t.casesTotal}; trust ${t.trust}; crisis ${t.crisis}`]);
    for (const p of t.players) rows.push([t.index + 1, 'player', p.name, p.bot ? 'bot' : `gave ${p.gave}, received ${p.received}`, p.gave + p.received, p.initiative ?? '']);
    for (const e of t.exchanges) rows.push([t.index + 1, e.kind, e.from, e.to, e.count, '']);
    for (const tp of t.turningPoints) rows.push([t.index + 1, tp.what, '', tp.detail, tp.round, '']);
    for (const n of t.notes) rows.push([t.index + 1, 'note', n.questionID, n.question, '', n.text]);
    for (const r of t.reflections) rows.push([t.index + 1, 'reflection', '', r.prompt, r.round, r.note]);
  }
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
