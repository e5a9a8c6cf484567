/**
 * A table's socket opened as its page opens, before the game's code and the deck have come.
 *
 * On a slow phone the table's parts (boardgame.io's client, the game, the deck, the table) take
 * about a second to arrive, and only then would the socket open: its handshake and the first
 * sync are two more round trips on top. The socket itself needs none of those parts, only the
 * match and the seat, which the page's address or this browser's held seat gives at once. So the
 * app opens it here (room/table-parts.ts), the server answers its sync as it connects, and what
 * comes is kept until the table's transport (table-socket.ts) takes the socket over and hears it
 * all, in order, as if it had been listening from the start.
 *
 * A socket nobody takes (the page went elsewhere, the seat was gone) is closed after UNTAKEN_MS.
 */
import { io, type Socket } from 'socket.io-client';
import { GAME_NAME } from '../../game/name.ts';

/** Who a table socket syncs as: boardgame.io's sync arguments (a spectator has no seat). */
export interface SocketSeat {
  matchID: string;
  playerID?: string | null;
  credentials?: string;
}

/**
 * A socket to the table server's namespace `namespace` at `server` (its origin). A WebSocket
 * first: one round trip to a live connection instead of socket.io's polling handshake and upgrade
 * (three or four on a 150 ms phone link); polling stays the fallback where a proxy refuses
 * WebSockets. The sync goes with the connection (the handshake's auth, read at each connect and
 * reconnect, so `sync` is asked each time): the server answers it as the connection opens, a
 * round trip sooner than a sync sent once connected.
 */
export function openTableSocket(server: string, namespace: string, sync: () => SocketSeat): Socket {
  return io(`${server.replace(/\/$/, '')}/${namespace}`, {
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    auth: (give) => {
      const { matchID, playerID, credentials } = sync();
      give({ sync: [matchID, playerID, credentials] });
    },
  });
}

export const UNTAKEN_MS = 30_000;

interface Early {
  key: string;
  socket: Socket;
  /** Who the socket syncs as at its next (re)connect: the taker's seat once taken. */
  syncAs: () => SocketSeat;
  /** What the server sent before the socket was taken, in order. */
  heard: [event: string, args: unknown[]][];
  hear: (event: string, ...args: unknown[]) => void;
  timer: ReturnType<typeof setTimeout>;
}

let early: Early | undefined;

const keyOf = (server: string, namespace: string, seat: SocketSeat) => JSON.stringify([server.replace(/\/$/, ''), namespace, seat.matchID, seat.playerID ?? null, seat.credentials ?? null]);

/** Opens the socket of `seat` at `server` now, unless it is open already (one at a time), and gives it. */
export function openEarly(server: string, seat: SocketSeat, namespace: string = GAME_NAME): Socket {
  const key = keyOf(server, namespace, seat);
  if (early?.key === key) return early.socket;
  dropEarly();
  const heard: Early['heard'] = [];
  const hear = (event: string, ...args: unknown[]) => heard.push([event, args]);
  const opened: Early = { key, socket: openTableSocket(server, namespace, () => opened.syncAs()), syncAs: () => seat, heard, hear, timer: setTimeout(dropEarly, UNTAKEN_MS) };
  opened.socket.onAny(hear);
  early = opened;
  return opened.socket;
}

/** Closes an early socket nobody took. */
export function dropEarly(): void {
  if (!early) return;
  clearTimeout(early.timer);
  early.socket.close();
  early = undefined;
}

/**
 * The early socket of the seat `sync` gives now at `server`, if one is open, handed over once:
 * from now on it syncs as `sync` says; `replay` tells what the server sent so far to the
 * listeners the taker has put on the socket by then; whether it is connected is the socket's own
 * `connected`.
 */
export function takeEarly(server: string, namespace: string, sync: () => SocketSeat): { socket: Socket; replay: () => void } | undefined {
  if (!early || early.key !== keyOf(server, namespace, sync())) return undefined;
  const taken = early;
  const { socket, heard, hear, timer } = taken;
  clearTimeout(timer);
  taken.syncAs = sync;
  early = undefined;
  socket.offAny(hear);
  return {
    socket,
    replay: () => {
      for (const [event, args] of heard.splice(0)) for (const listener of socket.listeners(event)) listener(...args);
    },
  };
}
