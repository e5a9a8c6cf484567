/**
 * Tables across time zones (docs/api.md): table chat, the turn and its deadline, notices.
 * Shared by the server that sends these and the client that reads them; types only.
 */

/** Quick reactions: a word each, shown as a sign the fonts have, in both languages. */
export const REACTIONS = ['thanks', 'agree', 'idea', 'question', 'wait'] as const;
export type Reaction = (typeof REACTIONS)[number];

export interface ChatMessage {
  seq: number;
  seat: number;
  name: string;
  kind: 'text' | 'reaction';
  /** Plain text (shown as text, never as markup), or a Reaction. */
  body: string;
  /** Milliseconds since 1970 (UTC). */
  at: number;
}

/** GET /api/matches/:matchID/chat */
export interface ChatHistory {
  messages: ChatMessage[];
  /** Seats that agreed to show the chat in the harvest. */
  consent: number[];
  /** Every person at the table agreed: the harvest shows the chat. */
  agreed: boolean;
  /** How many people (not bots) hold a seat. */
  people: number;
}

/** What the socket's `chat` event carries, after the match ID. */
export type ChatNews = { message: ChatMessage } | { consent: number[]; agreed: boolean; people: number };

/** The pace of a table, chosen when it is opened. */
export type TurnHours = 12 | 24 | 72;
export const TURN_HOURS: readonly TurnHours[] = [12, 24, 72];
export interface Pace {
  /** How long a seat has for its turn. */
  hours: TurnHours;
  /** When the time is up: a bot plays the turn, or the turn is ended as it stands. */
  onTimeout: 'bot' | 'skip';
}

/** GET /api/matches/:matchID/turn */
export interface TurnInfo {
  matchID: string;
  code: string;
  /** Absent: a live table (no deadline). */
  pace?: Pace;
  turn: number;
  seat: string;
  names: (string | null)[];
  /** When the seat's time is up (ms since 1970, UTC); absent on a live table. */
  dueAt?: number;
  over: boolean;
}

/** GET /api/notices/key */
export interface PushKey {
  publicKey: string;
}
