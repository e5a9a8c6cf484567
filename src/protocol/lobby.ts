/**
 * The lobby API's answers (docs/api.md), shared by the server that sends them and the client
 * that reads them. Types only: neither side imports the other's code.
 */
import type { Pace } from './away.ts';

export interface SeatInfo {
  id: number;
  name: string | null;
  connected: boolean;
  bot: boolean;
}

export interface TableInfo {
  code: string;
  matchID: string;
  scenario: string;
  seats: SeatInfo[];
  createdAt: number;
  over: boolean;
  /** GET /api/tables/:code only: the links to hand out (PUBLIC_URL, else the network address). */
  joinUrl?: string;
  spectatorUrl?: string;
  /** An asynchronous table's turn deadline; absent: live. */
  pace?: Pace;
}

/** POST /api/tables */
export interface CreatedTable {
  matchID: string;
  code: string;
  joinUrl: string;
  spectatorUrl: string;
}

/** POST /api/tables/:code/join */
export interface JoinedSeat {
  matchID: string;
  playerID: string;
  credentials: string;
}
