/**
 * Workshop sessions (docs/api.md, "Sessions"): the answers of the session API, shared by the
 * server that sends them and the client that reads them. Types only.
 *
 * A facilitator's key and a participant's key are handed out once, in the answer that creates
 * them; no other answer carries either.
 */
import type { Expectation } from '../content/expected-play.ts';

/** How participants come to their tables. */
export type Seating = 'auto' | 'self' | 'arranged';

export type SessionStatus = 'gathering' | 'running' | 'ended';

/** What the facilitator chooses when creating a session (POST /api/sessions). */
export interface SessionSettings {
  title: string;
  scenario: string;
  seatsPerTable: number;
  /** A fixed number of tables, or null: a new table opens when the others are full. */
  tables: number | null;
  /** Empty seats are played by bots once the session starts. */
  bots: boolean;
  /** Participants bring their own initiative (a sentence) when they join. */
  initiatives: boolean;
  seating: Seating;
  /** Minutes without a move after which a table counts as stalled. */
  stallMinutes: number;
}

/** POST /api/sessions */
export interface CreatedSession {
  sessionID: string;
  code: string;
  joinUrl: string;
  facilitatorUrl: string;
  facilitatorKey: string;
  /** What a table of the session's scenario and size can expect (as GET /api/scenarios and the set-up forms say it); absent for a scenario this deck no longer has. */
  expected?: Expectation;
}

/** GET /api/sessions/join/:code — what a participant sees before joining. */
export interface SessionInvitation {
  sessionID: string;
  code: string;
  title: string;
  scenario: string;
  status: SessionStatus;
  seating: Seating;
  initiatives: boolean;
  /** What a table of the session can expect: its band and, when measured, its playing length. */
  expected?: Expectation;
  /** For self-chosen seating: each table's number, seats and seats spoken for. */
  tables: { index: number; seats: number; taken: number }[];
}

/** POST /api/sessions/join/:code */
export interface JoinedSession {
  sessionID: string;
  participantID: string;
  /** The participant's secret: their seat credentials too. Given only here. */
  participantKey: string;
}

export interface Countdown {
  endsAt: number;
  label: string;
}

export interface Broadcast {
  text: string;
  at: number;
}

export interface Question {
  id: string;
  text: string;
  at: number;
}

export interface HelpRequest {
  at: number;
  by: string;
  text: string;
}

/** GET /api/sessions/:id/me — a participant's view of the session (their own table only). */
export interface ParticipantView {
  sessionID: string;
  title: string;
  status: SessionStatus;
  me: { id: string; name: string; initiative: string | null; table: number | null };
  /** Once seated: the match to play at. Credentials are the participant key. */
  table: { index: number; matchID: string; code: string; playerID: string } | null;
  paused: boolean;
  countdown: Countdown | null;
  broadcast: Broadcast | null;
  question: Question | null;
  /** This table's notes for the open question. */
  notes: string;
  help: { pending: boolean; answer: string | null };
  serverNow: number;
}

export interface SeatSummary {
  seat: number;
  name: string | null;
  bot: boolean;
  connected: boolean;
  participantID: string | null;
}

/** One table on the facilitator's dashboard. */
export interface TableSummary {
  index: number;
  matchID: string;
  code: string;
  seats: SeatSummary[];
  paused: boolean;
  ended: boolean;
  over: boolean;
  outcome: { result: 'won' | 'lost'; reason: string } | null;
  round: number;
  day: number;
  pressure: number;
  trust: number;
  crisis: number;
  casesDone: number;
  casesTotal: number;
  turn: { seat: number; name: string | null; since: number | null } | null;
  lastMoveAt: number | null;
  stalled: boolean;
  help: HelpRequest | null;
}

export interface ParticipantSummary {
  id: string;
  name: string;
  initiative: string | null;
  table: number | null;
  seat: number | null;
  joinedAt: number;
}

/** GET /api/sessions/:id — the dashboard's data (facilitator only). */
export interface Dashboard {
  sessionID: string;
  code: string;
  joinUrl: string;
  settings: SessionSettings;
  /** What a table of the session's scenario and size can expect: its band and, when measured, turns, rounds and minutes. */
  expected?: Expectation;
  status: SessionStatus;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  participants: ParticipantSummary[];
  tables: TableSummary[];
  countdown: Countdown | null;
  broadcast: Broadcast | null;
  questions: Question[];
  serverNow: number;
}

export interface HarvestExchange {
  from: string;
  to: string;
  kind: 'share' | 'teach' | 'coCreate';
  count: number;
}

export interface HarvestTable {
  index: number;
  matchID: string;
  code: string;
  players: { seat: number; name: string; bot: boolean; initiative: string | null; gave: number; received: number }[];
  outcome: { result: 'won' | 'lost'; reason: string } | null;
  rounds: number;
  day: number;
  casesDone: number;
  casesTotal: number;
  commons: string[];
  trust: number;
  crisis: number;
  exchanges: HarvestExchange[];
  /** Moments the facilitator may want to ask about: breakdowns and cascades, commons made, days and waves, the peak of pressure, the end. */
  turningPoints: { round: number; what: 'breakdown' | 'cascade' | 'commons' | 'day' | 'wave' | 'peakPressure' | 'outcome'; detail: string }[];
  /** The table's notes on the facilitator's questions. */
  notes: { questionID: string; question: string; text: string }[];
  /** Notes written in the game's own reflection pauses (the reflect move). */
  reflections: { round: number; prompt: string; note: string }[];
  /** The match's whole debrief (src/harvest/harvest.ts), when its state carries a chronicle. */
  debrief: unknown;
}

/** GET /api/sessions/:id/harvest */
export interface SessionHarvest {
  sessionID: string;
  title: string;
  scenario: string;
  status: SessionStatus;
  at: number;
  tables: HarvestTable[];
  questions: (Question & { answers: { table: number; text: string }[] })[];
  totals: { tables: number; won: number; lost: number; playing: number; casesDone: number; exchanges: number };
}

/** GET /api/sessions/:id/tables/:index/replay — a finished table, turn by turn. */
export interface ReplayStep {
  turn: number;
  round: number;
  seat: number;
  name: string | null;
  pressure: number;
  trust: number;
  crisis: number;
  casesDone: number;
  moves: string[];
}
