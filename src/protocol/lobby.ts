/**
 * The lobby API's answers (docs/api.md), shared by the server that sends them and the client
 * that reads them. Types only: neither side imports the other's code.
 */
import type { Expectation } from '../content/expected-play.ts';
import type { Text } from '../content/schema.ts';
import type { Pace } from './away.ts';

export type { Expectation };

export interface SeatInfo {
  id: number;
  name: string | null;
  connected: boolean;
  bot: boolean;
  /** The name of the own initiative brought to this seat in the waiting room (absent: a deck case, or play has begun). */
  initiative?: string;
}

export type TableStatus = 'waiting' | 'playing' | 'over';

export interface TableInfo {
  code: string;
  matchID: string;
  scenario: string;
  seats: SeatInfo[];
  createdAt: number;
  over: boolean;
  /**
   * waiting: in the waiting room (seats fill, nobody moves) until the host starts it or the
   * last free seat is taken; playing; over.
   */
  status: TableStatus;
  /** Shown in the public list (GET /api/tables); tables are private unless created with listed: true. */
  listed: boolean;
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
  /**
   * The host's secret: it starts the table and hands seats to bots and back
   * (Authorization: Bearer …). Given only here, never again.
   */
  hostKey: string;
  /** What this table can expect: its scenario's band at its size and the measured playing time. */
  expected: Expectation;
}

/** GET /api/scenarios: the scenarios a table or session can play, with what to expect at each size. */
export interface ScenarioListing {
  id: string;
  name: Text;
  text: Text;
  difficulty: Expectation['difficulty'];
  players: { min: number; max: number };
  /** One entry per table size from players.min to players.max. */
  sizes: ({ players: number } & Expectation)[];
}

/** POST /api/tables/:code/join */
export interface JoinedSeat {
  matchID: string;
  playerID: string;
  credentials: string;
  /** The table as it is after this join (as GET /api/tables/:code answers): the page that opens next needs no second request. */
  table: TableInfo;
}
