/**
 * The game server's socket.io side, speaking boardgame.io's client protocol ('sync',
 * 'update' in; 'sync', 'update', 'matchData' out) in place of boardgame.io's SocketIO
 * transport, whose 0.50.2 version trusts clients too much (docs/server.md, "Security").
 *
 * A socket is bound to one match and one seat (or none: a spectator) by a successful sync;
 * only a bound seat may send moves, and only for its own match and seat. The server keeps
 * per-match structures (a room, a subscription) only for matches that exist and have a
 * bound socket, and drops them when the last one leaves.
 */
import type { Server as HttpServer } from 'node:http';
import { Server as IOServer, type Socket } from 'socket.io';
import type { Game } from 'boardgame.io';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { OriginPolicy } from '../http/origins.ts';
import type { TableMaster } from '../match/master.ts';
import type { PubSub } from '../match/pubsub.ts';
import { createViews, type MatchNews, type Outgoing, type Views } from '../match/views.ts';
import type { RateLimit } from '../config.ts';
import { isMatchID, playerAction, seatOf, socketRateLimiter } from './socket-limits.ts';

export interface SocketTransportOptions {
  origins: OriginPolicy;
  maxMessageBytes: number;
  socketRate: RateLimit;
  pubSub: PubSub<MatchNews>;
  metrics: Metrics;
  logger: Logger;
}

interface Binding {
  matchID: string;
  seat: string | null;
}

const channel = (matchID: string) => `match:${matchID}`;

function emit(socket: Socket, message: Outgoing): void {
  socket.emit(message.type, ...message.args);
}

export class SocketTransport {
  private io: IOServer | undefined;
  private master: TableMaster | undefined;
  private views: Views | undefined;
  private moveNames: ReadonlySet<string> = new Set();
  /** Bound sockets per match, on this server. */
  private readonly rooms = new Map<string, Set<Socket>>();
  /** Bound sockets per seat ("matchID/seat"), to tell when a seat comes and goes. */
  private readonly seats = new Map<string, number>();
  private readonly bindings = new WeakMap<Socket, Binding>();
  /** Each socket's messages are handled one at a time, in order. */
  private readonly chains = new WeakMap<Socket, Promise<void>>();
  private readonly allowMessage: (socketID: string) => Promise<boolean>;
  private draining = false;

  constructor(private readonly options: SocketTransportOptions) {
    this.allowMessage = socketRateLimiter(options.socketRate);
  }

  /** boardgame.io's Server calls this with its (processed) games; sockets come with attach(). */
  init(_app: unknown, games: Game[]): void {
    if (games.length !== 1) throw new Error('this server runs exactly one game');
    this.views = createViews(games[0]);
    this.moveNames = new Set(Object.keys(games[0].moves ?? {}));
  }

  /** The master that runs the matches (it needs this transport's publish, so it comes second). */
  useMaster(master: TableMaster): void {
    this.master = master;
  }

  publish = (matchID: string, news: MatchNews): void => {
    void this.options.pubSub.publish(channel(matchID), news);
  };

  attach(http: HttpServer, game: Game): void {
    const { origins, maxMessageBytes, logger } = this.options;
    const io = new IOServer(http, {
      maxHttpBufferSize: maxMessageBytes,
      pingInterval: 10_000,
      pingTimeout: 20_000,
      // Browsers enforce CORS on polling requests; the check below also stops a foreign
      // page's WebSocket, which CORS does not cover.
      cors: { origin: (origin, cb) => cb(null, origin !== undefined && origins.isListed(origin)), methods: ['GET', 'POST'] },
      allowRequest: (req, cb) => {
        const ok = origins.allows(req.headers.origin, req.headers.host);
        if (!ok) this.options.metrics.refusedMessages.inc({ reason: 'origin' });
        cb(ok ? null : 'origin not allowed', ok);
      },
    });
    this.io = io;
    // Only the game's namespace exists; socket.io refuses any other name without creating
    // anything (a dynamic namespace would keep a child per made-up name).
    io.of(game.name!).on('connection', (socket) => this.connect(socket));
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
  }

  private refuse(socket: Socket, matchID: unknown, what: 'sync' | 'update', reason: string): void {
    this.options.metrics.refusedMessages.inc({ reason });
    socket.emit('refused', typeof matchID === 'string' ? matchID.slice(0, 64) : null, { what, reason });
  }

  private async sync(socket: Socket, matchID: unknown, playerID: unknown, credentials?: unknown): Promise<void> {
    const seat = seatOf(playerID);
    if (!isMatchID(matchID) || seat === 'invalid') return this.refuse(socket, matchID, 'sync', 'badRequest');
    if (this.draining) return this.refuse(socket, matchID, 'sync', 'shuttingDown');
    const result = await this.master!.sync(matchID, seat, credentials);
    if (!result.ok) {
      this.options.logger.info({ matchID, seat, reason: result.reason }, 'sync refused');
      return this.refuse(socket, matchID, 'sync', result.reason);
    }
    const current = this.bindings.get(socket);
    if (current?.matchID !== matchID || current.seat !== seat) {
      await this.unbind(socket);
      this.bind(socket, { matchID, seat });
    }
    emit(socket, this.views!.sync(seat, matchID, result.state, result.log, result.metadata));
    if (current?.matchID === matchID && current.seat === seat) return;
    if (seat !== null && this.seatCount(matchID, seat, +1) === 1) await this.master!.setConnected(matchID, seat, true);
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
    const result = await this.master!.move(binding.matchID, clean, stateID as number, credentials);
    if (!result.ok) {
      this.refuse(socket, matchID, 'update', result.reason);
      // A client that fell behind gets the current state again.
      if (result.reason === 'stale') await this.resync(socket, binding);
      if (result.reason === 'unauthorized') await this.unbind(socket);
    }
  }

  private async resync(socket: Socket, binding: Binding): Promise<void> {
    const snapshot = await this.master!.snapshot(binding.matchID);
    if (snapshot) emit(socket, this.views!.sync(binding.seat, binding.matchID, snapshot.state, snapshot.log, snapshot.metadata));
  }

  private bind(socket: Socket, binding: Binding): void {
    this.bindings.set(socket, binding);
    let room = this.rooms.get(binding.matchID);
    if (!room) {
      room = new Set();
      this.rooms.set(binding.matchID, room);
      const members = room;
      this.options.pubSub.subscribe(channel(binding.matchID), (news) => {
        for (const s of members) emit(s, this.views!.news(this.bindings.get(s)?.seat ?? null, news));
      });
      this.options.metrics.matchesActive.set(this.rooms.size);
    }
    room.add(socket);
    this.options.metrics.connectedClients.inc({ role: binding.seat === null ? 'spectator' : 'player' });
  }

  private async unbind(socket: Socket): Promise<void> {
    const binding = this.bindings.get(socket);
    if (!binding) return;
    this.bindings.delete(socket);
    const room = this.rooms.get(binding.matchID);
    room?.delete(socket);
    if (room && room.size === 0) {
      this.rooms.delete(binding.matchID);
      this.options.pubSub.unsubscribeAll(channel(binding.matchID));
      this.options.metrics.matchesActive.set(this.rooms.size);
    }
    this.options.metrics.connectedClients.dec({ role: binding.seat === null ? 'spectator' : 'player' });
    // While shutting down the flags are left alone: the next start clears them all.
    if (binding.seat !== null && this.seatCount(binding.matchID, binding.seat, -1) === 0 && !this.draining) {
      await this.master!.setConnected(binding.matchID, binding.seat, false);
    }
  }

  private seatCount(matchID: string, seat: string, delta: number): number {
    const key = `${matchID}/${seat}`;
    const count = (this.seats.get(key) ?? 0) + delta;
    if (count <= 0) this.seats.delete(key);
    else this.seats.set(key, count);
    return Math.max(count, 0);
  }

  /** Disconnects the sockets of a seat (its player left; the credentials are void). */
  dropSeat(matchID: string, seat: string): void {
    for (const socket of [...(this.rooms.get(matchID) ?? [])]) {
      if (this.bindings.get(socket)?.seat === seat) socket.disconnect(true);
    }
  }

  /** Matches with a room here (for tests: none for unknown IDs). */
  get roomCount(): number {
    return this.rooms.size;
  }

  /** socket.io namespaces (for tests: made-up names add none). */
  get namespaceCount(): number {
    return (this.io as unknown as { _nsps: Map<string, unknown> } | undefined)?._nsps.size ?? 0;
  }

  /** Stops taking syncs and moves (SIGTERM); sockets stay open until close(). */
  drain(): void {
    this.draining = true;
  }

  async close(): Promise<void> {
    if (!this.io) return;
    await new Promise<void>((resolve) => this.io!.close(() => resolve()));
  }
}
