/**
 * Two servers to aim the security probes at: this project's, and plain boardgame.io 0.50.2
 * (its own Server, SocketIO transport, Lobby API and in-memory store) with the same game.
 * Every probe must find its hole in the plain server (so the probe can fail) and not in ours.
 */
import type { Server as HttpServer } from 'node:http';
import type { State } from 'boardgame.io';
import { Server, SocketIO } from 'boardgame.io/server';
import { createGame } from '../../../src/game/game.ts';
import { apiFor, startServer, tableWith, testDeck, type Api, type TestServer } from './server.ts';

export interface Seat {
  playerID: string;
  credentials: string;
}

export interface Target {
  name: 'ours' | 'plain 0.50.2';
  url: string;
  api: Api;
  /** A match with every seat joined. */
  createMatch(seats: number, joined?: number): Promise<{ matchID: string; seats: Seat[] }>;
  /** The match creation request as a client would send it (for size and rate probes). */
  createRequest(body?: Record<string, unknown>): Promise<{ status: number }>;
  storedState(matchID: string): Promise<State | undefined>;
  storedMetadata(matchID: string): Promise<{ players: Record<string, { credentials?: string }>; createdAt: number } | undefined>;
  /** Per-match structures the server holds in memory. */
  perMatchStructures(): number;
  close(): Promise<void>;
}

export async function ourTarget(env: Record<string, string> = {}): Promise<Target & { server: TestServer }> {
  // The server's own seeds (node:crypto), as in production: the probes read them.
  const server = await startServer(env, { seeds: 'crypto' });
  return {
    name: 'ours',
    server,
    url: server.url,
    api: server.api,
    async createMatch(seats, joined = seats) {
      const names = Array.from({ length: seats }, (_, i) => `Player ${i + 1}`);
      const t = await tableWith(server, names.slice(0, joined), { seats });
      // Some seats empty: the host starts the table (bots take the empty seats), so the joined ones can play.
      if (joined > 0 && joined < seats) {
        const started = await server.api.post(`/api/tables/${t.code}/start`, {}, { authorization: `Bearer ${t.hostKey}` });
        if (started.status !== 200) throw new Error(`start failed: ${JSON.stringify(started.body)}`);
      }
      return { matchID: t.matchID, seats: t.seats };
    },
    createRequest: (body = { scenario: 'standard', seats: 2 }) => server.api.post('/api/tables', body),
    storedState: async (matchID) => (await server.store.fetch(matchID, { state: true })).state,
    storedMetadata: async (matchID) => (await server.store.fetch(matchID, { metadata: true })).metadata as never,
    perMatchStructures: () => server.app.queues.size + server.app.transport.roomCount,
    close: () => server.close(),
  };
}

export async function plainTarget(): Promise<Target> {
  const game = createGame(testDeck().content);
  const transport = new SocketIO();
  const bgio = Server({ games: [game as never], transport, origins: ['http://localhost:1'] });
  // Server.run has no host option: bind its listen to loopback for the test.
  const app = bgio.app as unknown as { listen: (...args: unknown[]) => HttpServer };
  const listen = app.listen.bind(app);
  app.listen = (port: unknown, cb: unknown) => listen(port, '127.0.0.1', cb);
  const { appServer } = await bgio.run({ port: 0 });
  const address = appServer.address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const api = apiFor(url);
  const db = bgio.db as unknown as { fetch: (id: string, o: object) => { state?: State; metadata?: never } };
  return {
    name: 'plain 0.50.2',
    url,
    api,
    async createMatch(seats, joined = seats) {
      const created = await api.post(`/games/${game.name}/create`, { numPlayers: seats, setupData: { scenario: 'standard' } });
      const matchID = created.body.matchID as string;
      const out: Seat[] = [];
      for (let i = 0; i < joined; i++) {
        const j = await api.post(`/games/${game.name}/${matchID}/join`, { playerID: String(i), playerName: `Player ${i + 1}` });
        out.push({ playerID: String(i), credentials: j.body.playerCredentials });
      }
      return { matchID, seats: out };
    },
    createRequest: (body = { numPlayers: 2, setupData: { scenario: 'standard' } }) => api.post(`/games/${game.name}/create`, body),
    storedState: async (matchID) => db.fetch(matchID, { state: true }).state,
    storedMetadata: async (matchID) => db.fetch(matchID, { metadata: true }).metadata,
    perMatchStructures: () => {
      const t = transport as unknown as { perMatchQueue: Map<string, unknown>; roomInfo: Map<string, unknown> };
      return t.perMatchQueue.size + t.roomInfo.size;
    },
    close: async () => {
      bgio.kill({ appServer, apiServer: undefined as never });
      (bgio.app as unknown as { _io: { close: () => void } })._io?.close();
      appServer.closeAllConnections();
    },
  };
}
