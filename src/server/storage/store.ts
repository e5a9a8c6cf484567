/**
 * The store behind the game server: a boardgame.io storage adapter (the async API, so a
 * network database fits the same shape) with the few promises this project adds on top.
 * tests/server/storage/contract.ts checks any implementation against all of them.
 *
 * - createMatch refuses an ID that exists (MatchExistsError): a match is never overwritten.
 * - setState is a compare-and-set on `_stateID`: a write is accepted only when it moves the
 *   stored `_stateID` forward, so a write computed from an out-of-date state is refused
 *   (StaleStateError) instead of silently undoing someone else's move. It appends the
 *   deltalog to the match's log in the same transaction; the log is never rewritten.
 * - setState and setMetadata on an unknown match throw UnknownMatchError: nothing is created
 *   by a write.
 * - A table's join code (metadata.code) can be looked up.
 */
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import type { Pace } from '../../protocol/away.ts';

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

export interface MatchStore {
  /** Names the kind of store for /healthz ("sqlite", "postgres"). */
  readonly kind: string;
  type(): StorageAPI.Type;
  connect(): Promise<void>;
  createMatch(matchID: string, opts: { initialState: State; metadata: TableMetadata }): Promise<void>;
  setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void>;
  setMetadata(matchID: string, metadata: TableMetadata): Promise<void>;
  fetch<O extends StorageAPI.FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>>;
  wipe(matchID: string): Promise<void>;
  listMatches(opts?: StorageAPI.ListMatchesOpts): Promise<string[]>;
  /** The match a join code belongs to. */
  matchIDForCode(code: string): Promise<string | undefined>;
  /** Throws if the store cannot answer (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
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
