/**
 * The game server's socket.io side, speaking boardgame.io's client protocol ('sync',
 * 'update' in; 'sync', 'update', 'matchData' out) in place of boardgame.io's SocketIO
 * transport, whose 0.50.2 version trusts clients too much (docs/server.md, "Security").
 *
 * A socket is bound to one match and one seat (or none: a spectator) by a successful sync;
 * only a bound seat may send moves, and only for its own match and seat. The server keeps
 * per-match structures (a room, a subscription) only for matches that exist and have a
 * bound socket, and drops them when the last one leaves.
 *
 * With several instances (cluster/) news come from Redis, so a socket's first state and the
 * news after it must not cross: a room remembers the newest update it heard, and a sync
 * re-reads the state when the room's subscription was confirmed after the first read began.
 * A client thus never ends on a state older than one the match has published.
 */
import type { Server as HttpServer } from 'node:http';
import { Server as IOServer, type Socket } from 'socket.io';
import type { LogEntry, State } from 'boardgame.io';
import type { Refusal, RefusalReason, TableNews } from '../../protocol/table.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { HostPolicy } from '../http/hosts.ts';
import type { OriginPolicy } from '../http/origins.ts';
import type { ServerGame } from '../match/game.ts';
import type { TableMaster } from '../match/master.ts';
import { matchChannel, type PubSub } from '../match/pubsub.ts';
import { createViews, type Outgoing, type MatchNews, type Views } from '../match/views.ts';
import type { RateLimit } from '../config.ts';
import type { TableMetadata } from '../storage/store.ts';
import { RoomNews } from './room-news.ts';
import { depthLimitedParser, isMatchID, playerAction, seatOf, socketRateLimiter } from './socket-limits.ts';

export interface SocketTransportOptions {
  /** The HTTP server whose /socket.io/ requests this transport answers (the app's own come after). */
  http: HttpServer;
  /** The processed game (match/game.ts): its name is the socket.io namespace, its moves the accepted ones. */
  game: ServerGame;
  /** Runs the syncs and moves. */
  master: TableMaster;
  /** The match news the master publishes, heard here for the matches this server's sockets watch. */
  news: PubSub<MatchNews>;
  origins: OriginPolicy;
  /** The names this server answers to (DNS rebinding). */
  hosts: HostPolicy;
  maxMessageBytes: number;
  socketRate: RateLimit;
  /**
   * Send each move as a patch of the receiver's view (boardgame.io's deltaState: about 1 KB a
   * move) rather than the whole view (several KB, growing with the match). DELTA_STATE.
   */
  deltaState: boolean;
  metrics: Metrics;
  logger: Logger;
}

/** A match watched from this server: its sockets and what its subscription has heard. */
interface Room {
  members: Set<Socket>;
  /** The newest state heard and its views: patches start from it; a socket whose first state was read before it gets it whole. */
  news: RoomNews;
  /** Resolves when news of the match reach this room (at once in one process). */
  ready: Promise<void>;
  /** The tick at which the subscription was confirmed (undefined while waiting). */
  readyAt?: number;
}

interface Binding {
  matchID: string;
  seat: string | null;
}

function emit(socket: Socket, message: Outgoing): void {
  socket.emit(message.type, ...message.args);
}

export class SocketTransport {
  private readonly io: IOServer;
  private readonly master: TableMaster;
  private readonly views: Views;
  private readonly moveNames: ReadonlySet<string>;
  /** Bound sockets per match, on this server. */
  private readonly rooms = new Map<string, Room>();
  /** Orders syncs against subscriptions (see Room.readyAt). */
  private tick = 0;
  /** Bound sockets per seat ("matchID/seat"), to tell when a seat comes and goes. */
  private readonly seats = new Map<string, number>();
  private readonly bindings = new WeakMap<Socket, Binding>();
  /** Each socket's messages are handled one at a time, in order. */
  private readonly chains = new WeakMap<Socket, Promise<void>>();
  private readonly allowMessage: (socketID: string) => Promise<boolean>;
  private draining = false;

  constructor(private readonly options: SocketTransportOptions) {
    const { http, game, master, origins, hosts, maxMessageBytes, metrics, logger } = options;
    this.master = master;
    this.views = createViews(game);
    this.moveNames = new Set(game.moveNames);
    this.allowMessage = socketRateLimiter(options.socketRate);
    this.io = new IOServer(http, {
      maxHttpBufferSize: maxMessageBytes,
      parser: depthLimitedParser,
      pingInterval: 10_000,
      pingTimeout: 20_000,
      // Browsers enforce CORS on polling requests; the check below also stops a foreign
      // page's WebSocket, which CORS does not cover.
      cors: { origin: (origin, cb) => cb(null, origin !== undefined && origins.isListed(origin)), methods: ['GET', 'POST'] },
      allowRequest: (req, cb) => {
        const ok = hosts.allows(req.headers.host) && origins.allows(req.headers.origin, req.headers.host);
        if (!ok) metrics.refusedMessages.inc({ reason: 'origin' });
        cb(ok ? null : 'origin not allowed', ok);
      },
    });
    // Only the game's namespace exists; socket.io refuses any other name without creating
    // anything (a dynamic namespace would keep a child per made-up name).
    this.io.of(game.name).on('connection', (socket) => this.connect(socket));
    logger.debug({ maxMessageBytes }, 'socket.io attached');
  }

  private connect(socket: Socket): void {
    const { metrics } = this.options;
    this.chains.set(socket, Promise.resolve());
    const handle = (work: () => Promise<void>) => {
      const next = (this.chains.get(socket) ?? Promise.resolve()).then(async () => {
        if (!(await this.allowMessage(socket.id))) {
          metrics.refusedMessages.inc({ reason: 'rate' });
          return;
        }
        await work();
      });
      this.chains.set(
        socket,
        next.catch((err) => this.options.logger.error({ err, socket: socket.id }, 'socket message failed')),
      );
    };
    // Arguments are taken by position; the credentials among them are never logged.
    socket.on('sync', (...args: unknown[]) => handle(() => this.sync(socket, args[0], args[1], args[2])));
    socket.on('update', (...args: unknown[]) => handle(() => this.update(socket, args[0], args[1], args[2], args[3])));
    socket.on('disconnect', () => {
      void this.unbind(socket);
    });
    socket.onAny((event: string) => {
      if (event !== 'sync' && event !== 'update') metrics.refusedMessages.inc({ reason: 'event' });
    });
    // A sync may come with the connection itself (the table client's handshake `auth`:
    // { sync: [matchID, playerID, credentials] }), saving the round trip of a sync sent after
    // it: on a phone's line, the table shows that much sooner on every connect and reconnect.
    const early = (socket.handshake.auth as { sync?: unknown } | undefined)?.sync;
    if (Array.isArray(early)) handle(() => this.sync(socket, early[0], early[1], early[2]));
  }

  /** Tells the socket why its message was not taken (the protocol's `refused`, protocol/table.ts). */
  private refuse(socket: Socket, matchID: unknown, what: Refusal['what'], reason: RefusalReason): void {
    this.options.metrics.refusedMessages.inc({ reason });
    const args: TableNews['refused'] = [typeof matchID === 'string' ? matchID.slice(0, 64) : null, { what, reason }];
    socket.emit('refused', ...args);
  }

  private async sync(socket: Socket, matchID: unknown, playerID: unknown, credentials?: unknown): Promise<void> {
    const seat = seatOf(playerID);
    if (!isMatchID(matchID) || seat === 'invalid') return this.refuse(socket, matchID, 'sync', 'badRequest');
    if (this.draining) return this.refuse(socket, matchID, 'sync', 'shuttingDown');
    const startedAt = ++this.tick;
    let result = await this.master.sync(matchID, seat, credentials);
    if (!result.ok) {
      this.options.logger.info({ matchID, seat, reason: result.reason }, 'sync refused');
      return this.refuse(socket, matchID, 'sync', result.reason);
    }
    const current = this.bindings.get(socket);
    if (current?.matchID !== matchID || current.seat !== seat) {
      await this.unbind(socket);
      this.bind(socket, { matchID, seat });
    }
    const room = this.rooms.get(matchID);
    if (room && room.readyAt === undefined) await room.ready;
    if (room && room.readyAt !== undefined && room.readyAt > startedAt) {
      // News published while the subscription was on its way may be missing from the
      // room: the state read now is at least as new as any of them.
      const again = await this.master.sync(matchID, seat, credentials);
      if (!again.ok) return this.refuse(socket, matchID, 'sync', again.reason);
      result = again;
    }
    // The socket may have gone (or synced elsewhere) while this one waited.
    const bound = this.bindings.get(socket);
    if (!socket.connected || bound?.matchID !== matchID || bound.seat !== seat) return;
    this.emitSync(socket, { matchID, seat }, result.state, result.log, result.metadata);
    if (current?.matchID === matchID && current.seat === seat) return;
    if (seat !== null && this.seatCount(matchID, seat, +1) === 1) await this.master.setConnected(matchID, seat, true);
  }

  private async update(socket: Socket, action: unknown, stateID: unknown, matchID: unknown, playerID: unknown): Promise<void> {
    const binding = this.bindings.get(socket);
    if (!binding || binding.seat === null || binding.matchID !== matchID || binding.seat !== playerID) {
      return this.refuse(socket, matchID, 'update', 'notBound');
    }
    const clean = playerAction(action, binding.seat, this.moveNames);
    if (!clean || !Number.isInteger(stateID)) return this.refuse(socket, matchID, 'update', 'badAction');
    if (this.draining) return this.refuse(socket, matchID, 'update', 'shuttingDown');
    const credentials = (action as { payload: { credentials?: unknown } }).payload.credentials;
    const result = await this.master.move(binding.matchID, clean, stateID as number, credentials);
    if (!result.ok) {
      this.refuse(socket, matchID, 'update', result.reason);
      // A client that fell behind gets the current state again.
      if (result.reason === 'stale') await this.resync(socket, binding);
      if (result.reason === 'unauthorized') await this.unbind(socket);
    }
  }

  private async resync(socket: Socket, binding: Binding): Promise<void> {
    const snapshot = await this.master.snapshot(binding.matchID);
    if (snapshot) this.emitSync(socket, binding, snapshot.state, snapshot.log, snapshot.metadata);
  }

  /** A state read from the store, followed by the newest update if the room heard one since. */
  private emitSync(socket: Socket, binding: Binding, state: State, log: LogEntry[], metadata: TableMetadata): void {
    emit(socket, this.views.sync(binding.seat, binding.matchID, state, log, metadata));
    const news = this.rooms.get(binding.matchID)?.news;
    news?.seed(state);
    const newer = news?.newerThan(state._stateID, binding.seat);
    if (newer) emit(socket, newer);
  }

  private bind(socket: Socket, binding: Binding): void {
    this.bindings.set(socket, binding);
    let room = this.rooms.get(binding.matchID);
    if (!room) {
      const made: Room = { members: new Set(), news: new RoomNews(this.views, binding.matchID, this.options.deltaState), ready: Promise.resolve() };
      room = made;
      this.rooms.set(binding.matchID, made);
      const subscribed = this.options.news.subscribe(matchChannel(binding.matchID), (news) => this.heard(made, news));
      if (subscribed) {
        made.ready = subscribed.then(() => {
          made.readyAt = ++this.tick;
        });
      } else {
        made.readyAt = ++this.tick;
      }
      this.options.metrics.matchesActive.set(this.rooms.size);
    }
    room.members.add(socket);
    this.options.metrics.connectedClients.inc({ role: binding.seat === null ? 'spectator' : 'player' });
  }

  private async unbind(socket: Socket): Promise<void> {
    const binding = this.bindings.get(socket);
    if (!binding) return;
    this.bindings.delete(socket);
    const room = this.rooms.get(binding.matchID);
    room?.members.delete(socket);
    if (room && room.members.size === 0) {
      this.rooms.delete(binding.matchID);
      this.options.news.unsubscribeAll(matchChannel(binding.matchID));
      this.options.metrics.matchesActive.set(this.rooms.size);
    }
    this.options.metrics.connectedClients.dec({ role: binding.seat === null ? 'spectator' : 'player' });
    // While shutting down the flags are left alone: the next start clears them all.
    if (binding.seat !== null && this.seatCount(binding.matchID, binding.seat, -1) === 0 && !this.draining) {
      await this.master.setConnected(binding.matchID, binding.seat, false);
    }
  }

  private seatCount(matchID: string, seat: string, delta: number): number {
    const key = `${matchID}/${seat}`;
    const count = (this.seats.get(key) ?? 0) + delta;
    if (count <= 0) this.seats.delete(key);
    else this.seats.set(key, count);
    return Math.max(count, 0);
  }

  /** News of a room's match: a state is filtered once per viewer, not once per socket. */
  private heard(room: Room, news: MatchNews): void {
    if (news.type === 'seatLeft') return this.dropSeat(room, news.args[1]);
    if (news.type !== 'update') {
      // Seats and chat: the same for every receiver.
      for (const s of room.members) emit(s, news);
      return;
    }
    const messageFor = room.news.heard(news.args[1]);
    if (!messageFor) return;
    for (const s of room.members) emit(s, messageFor(this.bindings.get(s)?.seat ?? null));
  }

  /** Disconnects this server's sockets of a seat whose player left (the credentials are void). */
  private dropSeat(room: Room, seat: string): void {
    for (const s of room.members) if (this.bindings.get(s)?.seat === seat) s.disconnect(true);
  }

  /** Matches with a room here (for tests: none for unknown IDs). */
  get roomCount(): number {
    return this.rooms.size;
  }

  /** socket.io namespaces (for tests: made-up names add none). */
  get namespaceCount(): number {
    return (this.io as unknown as { _nsps: Map<string, unknown> })._nsps.size;
  }

  /** Stops taking syncs and moves (SIGTERM); sockets stay open until close(). */
  drain(): void {
    this.draining = true;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.io.close(() => resolve()));
  }
}
