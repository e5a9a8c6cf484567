/**
 * The authority over every match this server runs: it checks who may do what, runs moves
 * through boardgame.io's reducer, stores the result and only then tells the table. It plays
 * the part of boardgame.io's Master, with the holes of 0.50.2 closed:
 *
 * - only MAKE_MOVE, UNDO and REDO are accepted from a player, rebuilt from their parts, with
 *   the player's own seat (never a forged UPDATE, SYNC, PATCH, PLUGIN or GAME_EVENT);
 * - every seat needs credentials, checked against a stored digest in constant time;
 * - a sync for an unknown match is refused and creates nothing;
 * - a move is stored (compare-and-set on _stateID) before anyone hears of it, so every move
 *   a client has seen survives a crash;
 * - initial states never leave the server (views.ts).
 *
 * It publishes every change itself, on the match's news channel (pubsub.ts; Redis between
 * instances): the transport of each instance listens there for the matches its sockets watch.
 */
import type { LogEntry, State } from 'boardgame.io';
import { CreateGameReducer } from 'boardgame.io/internal';
import { credentialsMatch } from '../credentials.ts';
import type { MasterRefusal } from '../../protocol/table.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { StaleStateError, type MatchStore, type TableMetadata } from '../storage/store.ts';
import type { ServerGame } from './game.ts';
import { processLock, type MatchLock } from './lock.ts';
import { matchChannel, type PubSub } from './pubsub.ts';
import { quietly } from './quiet-reducer.ts';
import type { MatchQueues } from './queues.ts';
import { publicSeats, type MatchNews } from './views.ts';

/** An action as the master runs it: rebuilt by the transport, never passed through. */
export type PlayerAction =
  | { type: 'MAKE_MOVE'; payload: { type: string; args: unknown[]; playerID: string } }
  | { type: 'UNDO' | 'REDO'; payload: { type: null; args: null; playerID: string } };

export type MoveResult = { ok: true; state: State } | { ok: false; reason: MasterRefusal };
export type SyncResult = { ok: true; state: State; log: LogEntry[]; metadata: TableMetadata } | { ok: false; reason: MasterRefusal };

export interface MasterOptions {
  game: ServerGame;
  store: MatchStore;
  queues: MatchQueues;
  /** Held around every change of a match; several instances share one (cluster/redis-lock.ts). */
  lock?: MatchLock;
  /** The news channels of the matches (unfiltered news; each transport filters for its sockets). */
  news: PubSub<MatchNews>;
  metrics: Metrics;
  logger: Logger;
}

type AcceptedListener = (matchID: string, state: State, metadata: TableMetadata) => void;

/**
 * A new state for a match that nobody has moved in yet, from its changed metadata (a lobby
 * table dealt again at its start with the initiatives its players brought, lobby/tables.ts);
 * undefined keeps the state.
 */
export type Restate<T> = (metadata: TableMetadata, state: State, result: T) => State | undefined;

export class TableMaster {
  readonly game: ServerGame;
  private readonly reducer: ReturnType<typeof CreateGameReducer>;
  private readonly listeners: AcceptedListener[] = [];
  private readonly lock: MatchLock;

  constructor(private readonly options: MasterOptions) {
    this.game = options.game;
    this.reducer = CreateGameReducer({ game: options.game });
    this.lock = options.lock ?? processLock;
  }

  /** Tells everyone watching a match (on every instance) of a change; the transports filter it. */
  publish = (matchID: string, news: MatchNews): void => {
    void this.options.news.publish(matchChannel(matchID), news);
  };

  /** A change of a match: after the earlier ones here, and while no other instance makes one. */
  private exclusive<T>(matchID: string, task: () => Promise<T>): Promise<T> {
    return this.options.queues.run(matchID, () => this.lock.hold(matchID, task));
  }

  /** Called after every stored move (the bot runner listens). */
  onAccepted(listener: AcceptedListener): void {
    this.listeners.push(listener);
  }

  /**
   * A client asks for the match: a seat must prove its credentials, a spectator (seat null)
   * sees the public view. Unknown matches are refused, never created.
   */
  async sync(matchID: string, seat: string | null, credentials: unknown): Promise<SyncResult> {
    const snapshot = await this.snapshot(matchID);
    if (!snapshot) return { ok: false, reason: 'unknownMatch' };
    if (seat !== null && !this.mayAct(snapshot.metadata, seat, credentials)) return { ok: false, reason: 'unauthorized' };
    return { ok: true, ...snapshot };
  }

  /** A match as stored: state, log and metadata (server-side only: nothing here is filtered). */
  async snapshot(matchID: string): Promise<{ state: State; log: LogEntry[]; metadata: TableMetadata } | undefined> {
    const { state, metadata, log } = await this.options.store.fetch(matchID, { state: true, metadata: true, log: true });
    if (!state || !metadata) return undefined;
    return { state, log: log ?? [], metadata };
  }

  /** Whether `credentials` open `seat` at this table. A seat nobody joined opens to nothing. */
  mayAct(metadata: TableMetadata, seat: string, credentials: unknown): boolean {
    const player = Object.hasOwn(metadata.players, seat) ? metadata.players[Number(seat)] : undefined;
    return player !== undefined && credentialsMatch(player.credentials, credentials);
  }

  /**
   * Runs a player's action. `credentials` are checked against the seat unless the caller is
   * the server itself (a bot seat: `trusted`).
   */
  move(matchID: string, action: PlayerAction, stateID: number, credentials: unknown, trusted = false): Promise<MoveResult> {
    const started = performance.now();
    return this.exclusive(matchID, async () => {
      const result = await this.runMove(matchID, action, stateID, credentials, trusted);
      const { metrics } = this.options;
      if (result.ok) {
        metrics.moves.inc({ result: 'accepted' });
        metrics.moveSeconds.observe((performance.now() - started) / 1000);
      } else {
        metrics.moves.inc({ result: result.reason === 'stale' ? 'stale' : 'refused' });
      }
      return result;
    });
  }

  private async runMove(matchID: string, action: PlayerAction, stateID: number, credentials: unknown, trusted: boolean): Promise<MoveResult> {
    const { store, logger } = this.options;
    const seat = action.payload.playerID;
    const { state, metadata } = await store.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return { ok: false, reason: 'unknownMatch' };
    if (!trusted && !this.mayAct(metadata, seat, credentials)) return { ok: false, reason: 'unauthorized' };
    if (state.ctx.gameover !== undefined) return { ok: false, reason: 'gameOver' };
    const hold = metadata.hold;
    if (hold) return { ok: false, reason: hold === 'ended' ? 'sessionEnded' : hold === 'waiting' ? 'notStarted' : 'paused' };
    if (state._stateID !== stateID) return { ok: false, reason: 'stale' };
    if (!this.game.flow.isPlayerActive(state.G, state.ctx, seat)) return { ok: false, reason: 'notYourTurn' };
    if (action.type === 'MAKE_MOVE' && !this.game.flow.getMove(state.ctx, action.payload.type, seat)) return { ok: false, reason: 'unknownMove' };
    // With no active-player sets in this game, only the player whose turn it is may take back.
    if (action.type !== 'MAKE_MOVE' && state.ctx.currentPlayer !== seat) return { ok: false, reason: 'notYourTurn' };

    const { transients, ...next } = quietly(logger, { matchID, seat, move: action.payload.type }, () => this.reducer(state, action)) as State & { transients?: { error?: unknown } };
    if (transients?.error !== undefined || next._stateID === state._stateID) return { ok: false, reason: 'illegal' };

    const { deltalog, ...toStore } = next as State & { deltalog?: LogEntry[] };
    try {
      await store.setState(matchID, toStore as State, deltalog);
    } catch (err) {
      if (err instanceof StaleStateError) {
        logger.warn({ matchID, stateID }, 'a move lost a race with another writer and was refused');
        return { ok: false, reason: 'stale' };
      }
      throw err;
    }
    let table = metadata;
    if (next.ctx.gameover !== undefined && (table.gameover === undefined || table.gameover === null)) {
      table = { ...table, gameover: next.ctx.gameover, updatedAt: Date.now() };
      await store.setMetadata(matchID, table);
      logger.info({ matchID, gameover: next.ctx.gameover }, 'match over');
    }
    this.publish(matchID, { type: 'update', args: [matchID, next] });
    for (const listener of this.listeners) listener(matchID, next, table);
    return { ok: true, state: next };
  }

  /**
   * Replaces the state of a match before its first move, in the step that changes its
   * metadata: stored as the next state (so a client holding the old one is stale) before the
   * metadata, then told to the table.
   */
  private async restate<T>(matchID: string, metadata: TableMetadata, result: T, restate: Restate<T>): Promise<void> {
    const { state } = await this.options.store.fetch(matchID, { state: true });
    if (!state || state.ctx.turn > 1 || state._stateID !== 0) return;
    const fresh = restate(metadata, state, result);
    if (!fresh) return;
    const next = { ...fresh, _stateID: state._stateID + 1 };
    await this.options.store.setState(matchID, next, []);
    this.publish(matchID, { type: 'update', args: [matchID, next] });
  }

  /** A player left a seat: their sockets, on every instance, are disconnected. */
  seatLeft(matchID: string, seat: string): void {
    this.publish(matchID, { type: 'seatLeft', args: [matchID, seat] });
  }

  /** Marks a seat connected or not and tells the table. */
  async setConnected(matchID: string, seat: string, connected: boolean): Promise<void> {
    await this.updateMetadata(matchID, (metadata) => {
      const player = Object.hasOwn(metadata.players, seat) ? metadata.players[Number(seat)] : undefined;
      if (!player || player.isConnected === connected) return false;
      player.isConnected = connected;
      return true;
    });
  }

  /**
   * Changes a match's metadata in the match's queue (so it cannot cross a move or a join)
   * and tells the table about its seats. `change` returns false to leave it as it was, or a
   * value to hand back to the caller.
   */
  updateMetadata<T>(matchID: string, change: (metadata: TableMetadata) => T | false, restate?: Restate<T>): Promise<T | false> {
    return this.exclusive(matchID, async () => {
      const { metadata: table } = await this.options.store.fetch(matchID, { metadata: true });
      if (!table) return false;
      const result = change(table);
      if (result === false) return false;
      table.updatedAt = Date.now();
      if (restate) await this.restate(matchID, table, result, restate);
      await this.options.store.setMetadata(matchID, table);
      this.publish(matchID, { type: 'matchData', args: [matchID, publicSeats(table)] });
      return result;
    });
  }
}
