/**
 * One table as the facilitator's dashboard shows it, read from the match's state and metadata
 * and the session's own notes on it (pause, help, when the turn began). Pure.
 */
import type { State } from 'boardgame.io';
import type { TableSummary } from '../../protocol/sessions.ts';
import type { GameState } from '../../rules/state.ts';
import type { TableMetadata } from '../storage/store.ts';
import type { SessionDoc, SessionTable } from './session-doc.ts';

export function totalPressure(G: GameState): number {
  return Object.values(G.pressure).reduce((sum, n) => sum + n, 0);
}

export function summariseTable(doc: SessionDoc, table: SessionTable, state: State | undefined, metadata: TableMetadata | undefined, now: number): TableSummary {
  const G = state?.G as GameState | undefined;
  const players = metadata ? Object.values(metadata.players) : [];
  const seats = players.map((p) => {
    const participant = doc.participants.find((x) => x.table === table.index && x.seat === p.id);
    return { seat: p.id, name: p.name ?? null, bot: p.data?.bot === true, connected: p.isConnected === true, participantID: participant?.id ?? null };
  });
  const over = Boolean(G?.outcome) || (metadata?.gameover !== undefined && metadata?.gameover !== null);
  const ended = metadata?.hold === 'ended';
  const lastMoveAt = table.lastMoveAt;
  const stallMs = doc.settings.stallMinutes * 60_000;
  // A table can stall only while it is being played: started, not paused, over or ended.
  const since = lastMoveAt ?? doc.startedAt;
  const stalled = doc.status === 'running' && !table.paused && !over && !ended && since !== null && now - since >= stallMs;
  const turnSeat = G && !over ? G.turn.seat : null;
  return {
    index: table.index,
    matchID: table.matchID,
    code: table.code,
    seats,
    paused: table.paused,
    ended,
    over,
    outcome: G?.outcome ?? null,
    round: G?.turn.round ?? 0,
    day: G?.day ?? 0,
    pressure: G ? totalPressure(G) : 0,
    trust: G?.trust ?? 0,
    crisis: G?.crisis ?? 0,
    casesDone: G?.cases.filter((c) => c.done).length ?? 0,
    casesTotal: G?.cases.length ?? 0,
    turn: turnSeat === null ? null : { seat: turnSeat, name: seats.find((s) => s.seat === turnSeat)?.name ?? null, since: table.turnStartedAt ?? doc.startedAt },
    lastMoveAt,
    stalled,
    help: table.help,
  };
}
