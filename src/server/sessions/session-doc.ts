/**
 * A session as stored: its settings, the people who joined, its tables and the facilitator's
 * pace (pauses, countdown, messages, questions, help). Plain JSON, one document per session
 * (store.ts). The facilitator's key and each participant's key are kept only as digests.
 *
 * The functions here are pure: they decide seats and shape answers; sessions.ts does the I/O.
 */
import type { Broadcast, Countdown, HelpRequest, ParticipantSummary, Question, SessionSettings, SessionStatus } from '../../protocol/sessions.ts';

export interface SessionParticipant {
  id: string;
  name: string;
  initiative: string | null;
  /** A digest (credentials.ts): the participant key, which is also the seat's credentials. */
  keyDigest: string;
  table: number | null;
  /** The seat at the table's match, once seated (at the start, or on arrival after it). */
  seat: number | null;
  joinedAt: number;
}

export interface SessionTable {
  index: number;
  matchID: string;
  code: string;
  paused: boolean;
  help: HelpRequest | null;
  /** The facilitator's last answer to this table's help request. */
  helpAnswer: string | null;
  /** Turn number (G.turn.number) last seen, and when it began. */
  turn: number;
  turnStartedAt: number | null;
  lastMoveAt: number | null;
}

export interface SessionNote {
  questionID: string;
  table: number;
  text: string;
  by: string;
  at: number;
}

export interface SessionDoc {
  id: string;
  code: string;
  /** Digest of the facilitator key: never sent anywhere. */
  keyDigest: string;
  settings: SessionSettings;
  status: SessionStatus;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  participants: SessionParticipant[];
  tables: SessionTable[];
  countdown: Countdown | null;
  broadcast: Broadcast | null;
  questions: Question[];
  notes: SessionNote[];
}

/** People placed at each table (whether or not already seated in its match). */
export function placedAt(doc: SessionDoc, table: number): SessionParticipant[] {
  return doc.participants.filter((p) => p.table === table);
}

/**
 * Balanced seating: the table with the fewest people that still has room (the lowest number
 * among equals), or undefined when every table is full.
 */
export function balancedTable(doc: SessionDoc): number | undefined {
  let best: number | undefined;
  let bestCount = Infinity;
  for (const t of doc.tables) {
    const count = placedAt(doc, t.index).length;
    if (count < doc.settings.seatsPerTable && count < bestCount) {
      best = t.index;
      bestCount = count;
    }
  }
  return best;
}

export function participantSummary(p: SessionParticipant): ParticipantSummary {
  return { id: p.id, name: p.name, initiative: p.initiative, table: p.table, seat: p.seat, joinedAt: p.joinedAt };
}

/** The question participants are asked to answer now: the newest one pushed. */
export function openQuestion(doc: SessionDoc): Question | null {
  return doc.questions.at(-1) ?? null;
}
