/**
 * The whole server on one port: a Koa app (the Lobby API, the built client, /healthz and
 * /metrics) and the socket.io transport of the game, both over the one table master that runs
 * every match. main.ts runs it from the environment; tests build it in-process on 127.0.0.1,
 * port 0.
 *
 * The path of a move: a client's 'update' reaches the transport, which checks its shape and
 * seat and hands it to the master; the master checks the player, runs boardgame.io's reducer,
 * stores the new state and publishes it on the match's news channel (pubsub.ts; Redis between
 * instances); the transport of every instance filters it for each of its sockets there.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import type { Content } from '../content/content.ts';
import { GAME_NAME } from '../game/game.ts';
import { BotRunner } from './bots/runner.ts';
import { TableChat } from './chat/chat.ts';
import { chatRoutes } from './chat/routes.ts';
import { playTurnFor } from './deadlines/play-turn.ts';
import { turnRoutes } from './deadlines/routes.ts';
import { TurnClock } from './deadlines/turn-clock.ts';
import { Notices } from './notices/notices.ts';
import { noticeRoutes } from './notices/routes.ts';
import { serviceWorkerRoute } from './notices/service-worker.ts';
import type { Cluster } from './cluster/cluster.ts';
import { defaultPicker, type BotPicker } from './bots/picker.ts';
import type { Config } from './config.ts';
import { clientPages } from './http/client-pages.ts';
import { cors, errors, refuseWhileDraining, requestLog, securityHeaders } from './http/guards.ts';
import { checkHost, hostPolicy } from './http/hosts.ts';
import { originPolicy } from './http/origins.ts';
import { canonicalPaths, isServerPath, unansweredRequests } from './http/paths.ts';
import { lobbyRoutes, type ContentFiles } from './lobby/routes.ts';
import { Tables } from './lobby/tables.ts';
import type { Logger } from './logger.ts';
import { serverGame } from './match/game.ts';
import { TableMaster } from './match/master.ts';
import { InMemoryPubSub } from './match/pubsub.ts';
import { MatchQueues } from './match/queues.ts';
import type { MatchNews } from './match/views.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { newSeed } from './ids.ts';
import { sessionRoutes } from './sessions/routes.ts';
import { Sessions, type SessionNews } from './sessions/sessions.ts';
import type { SessionStore } from './sessions/store.ts';
import { SessionStreams } from './sessions/streams.ts';
import Router from '@koa/router';
import { sideTablesOf } from './storage/side-tables.ts';
import type { MatchStore } from './storage/store.ts';
import { SocketTransport } from './transport/socket-transport.ts';

export interface AppOptions {
  config: Config;
  content: Content;
  contentFiles: ContentFiles;
  /** Connected already. */
  store: MatchStore;
  logger: Logger;
  metrics?: Metrics;
  picker?: BotPicker;
  /** Where workshop sessions are kept; by default the match store's own (SQLite, PostgreSQL). */
  sessionStore?: SessionStore;
  /** The clock of turn deadlines (tests move it forward instead of waiting hours). */
  clock?: () => number;
  /**
   * Where match seeds come from; by default node:crypto (ids.ts). Tests give a fixed sequence,
   * so that the deals a test plays are the same on every run: a test that only holds on some
   * deals fails on the developer's machine, not once in a while in CI.
   */
  seeds?: () => string;
  /** Several instances (REDIS_URL): match news and the match lock over Redis. Closed by shutdown(). */
  cluster?: Cluster;
}

export interface App {
  http: HttpServer;
  master: TableMaster;
  transport: SocketTransport;
  tables: Tables;
  bots: BotRunner;
  queues: MatchQueues;
  metrics: Metrics;
  /** Workshop sessions (absent when the store keeps none). */
  sessions?: Sessions;
  /** Table chat; readTableChat() for a session's facilitator, chatForHarvest() for the harvest. */
  chat: TableChat;
  /** Whose turn it is at each table and until when; plays turns whose deadline passed. */
  turns: TurnClock;
  /** Turn notices: e-mail, Web Push, the table's webhook. */
  notices: Notices;
  /** Resets connection flags left from a previous run and resumes bot seats; then listens. */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** SIGTERM: stop taking work, finish moves in flight, close sockets and the store. */
  shutdown(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const { config, content, store, logger } = options;
  const metrics = options.metrics ?? createMetrics();
  const origins = originPolicy(config.origins);
  const hosts = hostPolicy({ publicUrl: config.publicUrl, listenHost: config.host, allowedHosts: config.allowedHosts });
  const { cluster } = options;
  // The news of every match: in this process, or over Redis to every instance.
  const news = cluster?.pubSub ?? new InMemoryPubSub<MatchNews>();
  const game = serverGame(content);
  const app = new Koa();
  app.proxy = config.trustProxy;

  const queues = new MatchQueues();
  const master = new TableMaster({ game, store, queues, lock: cluster?.lock, news, metrics, logger: logger.child({ part: 'master' }) });
  const bots = new BotRunner({ content, master, store, picker: options.picker ?? defaultPicker, delayMs: config.botDelayMs, logger: logger.child({ part: 'bots' }) });
  const tables = new Tables({
    content,
    game,
    newSeed: options.seeds ?? newSeed,
    store,
    master,
    dropSeat: (matchID, seat) => {
      master.seatLeft(matchID, seat);
      // The player left the seat: their notice addresses go with it.
      notices.forgetSeat(matchID, Number(seat)).catch((err) => logger.warn({ err, matchID }, 'notice addresses not deleted'));
    },
    onCreated: (matchID, state, metadata) => {
      bots.consider(matchID, state, metadata);
      turns.moved(matchID, state, metadata).catch((err) => logger.warn({ err, matchID }, 'turn not written down'));
    },
    // A waiting room opened onto play, or a seat went to a bot: the same look as after a move.
    onSeatsChanged: async (matchID) => {
      const snapshot = await master.snapshot(matchID);
      if (!snapshot) return;
      bots.consider(matchID, snapshot.state, snapshot.metadata);
      await turns.moved(matchID, snapshot.state, snapshot.metadata).catch((err) => logger.warn({ err, matchID }, 'turn not written down'));
    },
    metrics,
    logger: logger.child({ part: 'lobby' }),
  });

  // Workshop sessions: over the tables, in the same database, news across instances like matches'.
  const sessionStore = options.sessionStore ?? store.sessions?.();
  const sessionNews = cluster?.sessionNews ?? new InMemoryPubSub<SessionNews>();
  const streams = new SessionStreams({ news: sessionNews, logger: logger.child({ part: 'sessions' }) });
  const sessions = sessionStore
    ? new Sessions({
        content,
        store: sessionStore,
        matches: store,
        tables,
        master,
        news: sessionNews,
        logger: logger.child({ part: 'sessions' }),
        kickBots: async (matchID) => {
          const snapshot = await master.snapshot(matchID);
          if (snapshot) bots.consider(matchID, snapshot.state, snapshot.metadata);
        },
      })
    : undefined;
  if (sessions) {
    master.onAccepted((matchID, state, metadata) => {
      if (metadata.session) sessions.moved(matchID, state, metadata).catch((err) => logger.warn({ err, matchID }, 'session not told of a move'));
    });
  }
  // Tables across time zones: their own tables in the store's database, their own routes.
  const side = sideTablesOf(store);
  const away = config.away;
  const chat = new TableChat({ side, master, publish: master.publish, maxChars: away.chatMaxChars, rate: away.chatRate, logger: logger.child({ part: 'chat' }) });
  const turns = new TurnClock({
    side,
    hourMs: away.deadlineHourMs,
    pollMs: away.deadlinePollMs,
    now: options.clock,
    logger: logger.child({ part: 'deadlines' }),
    takeOver: (matchID, seat, turn) => playTurnFor({ content, master, picker: options.picker ?? defaultPicker }, matchID, seat, turn),
  });
  const notices = new Notices({
    side,
    config: away,
    publicUrl: config.publicUrl,
    logger: logger.child({ part: 'notices' }),
    now: options.clock,
    tableOf: async (matchID) => (await master.snapshot(matchID))?.metadata,
  });
  turns.onTurnStarted((t) => notices.turnStarted(t));
  master.onAccepted((matchID, state, metadata) => {
    turns.moved(matchID, state, metadata).catch((err) => logger.warn({ err, matchID }, 'turn not written down'));
    // No turn comes any more: nobody's address is kept.
    if (state.ctx.gameover !== undefined) notices.forgetMatch(matchID).catch((err) => logger.warn({ err, matchID }, 'notice addresses not deleted'));
  });
  const awayRouter = new Router();
  chatRoutes(awayRouter, chat, config);
  turnRoutes(awayRouter, master, turns);
  noticeRoutes(awayRouter, notices, master, config);
  serviceWorkerRoute(awayRouter);

  let draining = false;
  const router = lobbyRoutes({ config, tables, store, metrics, content: options.contentFiles, deck: content });
  app.use(errors(logger));
  // Guards and routers below all see one form of the path.
  app.use(canonicalPaths());
  app.use(checkHost(hosts));
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(refuseWhileDraining(() => draining));
  app.use(cors(origins, isServerPath));
  // Looked at once the routers below have run: a 404 in the API's form for a server path
  // nothing answered, and before it a 405 for a path that takes other methods (its Allow header
  // says which), whichever router the path belongs to.
  app.use(unansweredRequests());
  app.use(router.allowedMethods());
  if (sessions) app.use(sessionRoutes({ config, sessions, streams, metrics, readTableChat: (matchID) => chat.readTableChat(matchID) }).routes());
  app.use(awayRouter.routes());
  app.use(router.routes());
  app.use(clientPages(config.clientDir, isServerPath));

  const http = createServer(app.callback());
  // Slow clients may not hold a connection open forever.
  http.headersTimeout = 20_000;
  http.requestTimeout = 30_000;
  // socket.io answers /socket.io/ on this server and hands every other request to the app.
  const transport = new SocketTransport({
    http,
    game,
    master,
    news,
    origins,
    hosts,
    maxMessageBytes: config.maxMessageBytes,
    socketRate: config.socketRate,
    deltaState: config.deltaState,
    metrics,
    logger: logger.child({ part: 'socket' }),
  });

  return {
    http,
    master,
    transport,
    tables,
    bots,
    queues,
    metrics,
    sessions,
    chat,
    turns,
    notices,
    async listen(port, host) {
      // With other instances running, the flags may be theirs: only a lone server clears them.
      if (!cluster) await resetConnections(store, GAME_NAME);
      const resumed = await bots.resume(GAME_NAME);
      if (resumed > 0) logger.info({ matches: resumed }, 'bot seats resumed');
      await notices.start();
      // Deadlines that passed while no server ran are played now.
      turns.start();
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve();
        });
      });
      return http.address() as AddressInfo;
    },
    async shutdown() {
      draining = true;
      transport.drain();
      bots.stop();
      await turns.stop();
      await notices.idle();
      notices.close();
      streams.close();
      // No new connections; the ones open get 503 and are closed below.
      http.close();
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), config.shutdownGraceMs)));
      const finished = await Promise.race([queues.idle().then(() => 'idle' as const), graceOver]);
      clearTimeout(timer);
      if (finished === 'timeout') logger.warn({ matches: queues.size }, 'shutdown: moves still running after the grace period');
      await transport.close();
      http.closeAllConnections();
      await queues.idle();
      await cluster?.close();
      await store.close();
    },
  };
}

/** Nobody is connected to a server that is just starting: clear flags a crash left behind. */
async function resetConnections(store: MatchStore, gameName: string): Promise<void> {
  for (const { matchID, metadata: m } of await store.listTables({ gameName, where: { isGameover: false } })) {
    let changed = false;
    for (const p of Object.values(m.players)) {
      if (p.isConnected && !p.data?.bot) {
        p.isConnected = false;
        changed = true;
      }
    }
    if (changed) await store.setMetadata(matchID, m);
  }
}
