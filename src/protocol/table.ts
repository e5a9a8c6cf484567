/**
 * The table socket's messages beyond boardgame.io's protocol (docs/api.md, "The table socket"):
 * what the server sends a table client besides `sync`, `update`, `patch` and `matchData`, and
 * why it refuses a message. Types only, shared by the server's transport
 * (server/transport/socket-transport.ts) and the client's (client/table/table-socket.ts).
 */
import type { ChatNews } from './away.ts';

/** Why the table master refused a sync or a move. */
export type MasterRefusal =
  | 'unknownMatch'
  | 'unauthorized'
  | 'gameOver'
  | 'stale'
  | 'notYourTurn'
  | 'unknownMove'
  | 'illegal'
  /** The session's facilitator paused this table (sessions/). */
  | 'paused'
  /** The session's facilitator ended every table. */
  | 'sessionEnded'
  /** A lobby table still in its waiting room: the host has not started it, seats are free. */
  | 'notStarted';

/** Why the server refused a message: the master's reasons and the transport's own. */
export type RefusalReason =
  | MasterRefusal
  /** A sync whose match ID or seat is not one. */
  | 'badRequest'
  /** A move before a successful sync, or for another seat or match (spectators get this). */
  | 'notBound'
  /** Not a move of this game, or a move with extra or wrong fields (transport/move-schemas.ts). */
  | 'badAction'
  /** The server is stopping: the client reconnects elsewhere or later. */
  | 'shuttingDown';

export interface Refusal {
  what: 'sync' | 'update';
  reason: RefusalReason;
}

/** The project's server-to-client events on the table socket, by name, with their arguments. */
export interface TableNews {
  /** A sync or a move was refused; the match ID is null when the message carried none. */
  refused: [matchID: string | null, refusal: Refusal];
  /** Table chat (chat/chat.ts): a message, or who agreed to show the chat in the harvest. */
  chat: [matchID: string, news: ChatNews];
}
