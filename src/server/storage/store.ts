/**
 * The store behind the game server: boardgame.io's storage shape (async, so a network
 * database fits it) typed with this project's match metadata, and the few promises this
 * project adds on top. tests/server/storage/contract.ts checks any implementation against
 * all of them.
 *
 * - createMatch refuses an ID that exists (MatchExistsError): a match is never overwritten.
 * - setState is a compare-and-set on `_stateID`: a write is accepted only when it moves the
 *   stored `_stateID` forward, so a write computed from an out-of-date state is refused
 *   (StaleStateError) instead of silently undoing someone else's move. It appends the
 *   deltalog to the match's log in the same transaction; the log is never rewritten.
 * - setState and setMetadata on an unknown match throw UnknownMatchError: nothing is created
 *   by a write.
 * - A table's join code (metadata.code) can be looked up.
 * - listTables answers a listing (the lobby's open tables, the bots to resume) in one query,
 *   with each match's metadata and, when asked, its state.
 */
import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { LogEntry, Server, State } from 'boardgame.io';
import type pg from 'pg';
import type { Pace } from '../../protocol/away.ts';
import type { SessionStore } from '../sessions/store.ts';

/** Match metadata as this project stores it: boardgame.io's, plus the table's join code. */
export interface TableMetadata extends Server.MatchData {
  code?: string;
  /** A table of a workshop session (src/server/sessions): which one, and its number there. */
  session?: { id: string; table: number };
  /**
   * Moves are refused while a hold is on: a session's facilitator paused or ended the table,
   * or a lobby table waits for its host's start (or for its last free seat to be taken).
   */
  hold?: 'paused' | 'ended' | 'waiting';
  /** The digest of a lobby table's host key (lobby/tables.ts): it starts the table and hands seats to bots. */
  host?: string;
  /** An asynchronous table's turn deadline (deadlines/); absent: a live table. */
  pace?: Pace;
  /** The table's group-chat webhook (notices/) and the address its links start with; never sent to a client. */
  webhook?: { url: string; base: string };
  /** The deck the table was opened with (src/content/deck-identity.ts): its version and content hash. */
  deck?: { version: string; hash: string };
}

/** What a match holds, field by field. */
export interface MatchFields {
  state: State;
  metadata: TableMetadata;
  log: LogEntry[];
  initialState: State;
}

/** Which fields a fetch asks for. */
export type FetchOpts = { [K in keyof MatchFields]?: boolean };

/** The fields asked for (as boardgame.io's FetchResult; each is undefined for an unknown match). */
export type Fetched<O extends FetchOpts> = Pick<MatchFields, { [K in keyof O & keyof MatchFields]: O[K] extends true ? K : never }[keyof O & keyof MatchFields]>;

/** Which matches a listing is about, most recently updated first. */
export interface ListingOpts {
  gameName?: string;
  where?: {
    isGameover?: boolean;
    /** Listed in the lobby (false) or not (true: a session's table). */
    unlisted?: boolean;
    updatedBefore?: number;
    updatedAfter?: number;
  };
  /** At most this many. */
  limit?: number;
}

/** One match of a listing: its metadata and, with `withState`, its state. */
export type Listing<S extends boolean = false> = { matchID: string; metadata: TableMetadata } & (S extends true ? { state: State } : unknown);

export interface MatchStore {
  /** Names the kind of store for /healthz ("sqlite", "postgres"). */
  readonly kind: string;
  connect(): Promise<void>;
  createMatch(matchID: string, opts: { initialState: State; metadata: TableMetadata }): Promise<void>;
  setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void>;
  setMetadata(matchID: string, metadata: TableMetadata): Promise<void>;
  fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<Fetched<O>>;
  wipe(matchID: string): Promise<void>;
  listMatches(opts?: ListingOpts): Promise<string[]>;
  /** The matches of a listing with their metadata (and states), in one query. */
  listTables<S extends boolean = false>(opts: ListingOpts & { withState?: S }): Promise<Listing<S>[]>;
  /** The match a join code belongs to. */
  matchIDForCode(code: string): Promise<string | undefined>;
  /** Throws if the store cannot answer (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Workshop sessions in the same database (a store without: the app is given one, or has none). */
  sessions?(): SessionStore;
  /** The database itself, for the tables beside the matches (side-tables.ts): one or the other. */
  sqliteDatabase?(): SqliteDatabase;
  postgresPool?(): pg.Pool;
}

export class StaleStateError extends Error {
  constructor(matchID: string, offered: number, stored: number) {
    super(`match ${matchID}: refused a write of _stateID ${offered} over stored _stateID ${stored}`);
    this.name = 'StaleStateError';
  }
}

export class UnknownMatchError extends Error {
  constructor(matchID: string) {
    super(`match ${matchID} does not exist`);
    this.name = 'UnknownMatchError';
  }
}

export class MatchExistsError extends Error {
  constructor(matchID: string) {
    super(`match ${matchID} exists already`);
    this.name = 'MatchExistsError';
  }
}

export class CodeTakenError extends Error {
  constructor(code: string) {
    super(`join code ${code} is in use`);
    this.name = 'CodeTakenError';
  }
}
