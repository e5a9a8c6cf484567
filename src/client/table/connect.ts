/**
 * The boardgame.io clients behind the three ways of sitting at a table:
 *  - hot-seat: the whole match runs in this browser (boardgame.io Local), kept in
 *    localStorage so a closed tab or a reload loses nothing; the client acts for whoever's turn it is;
 *  - online: one seat, moves go to the lobby server over socket.io;
 *  - spectator: the public view of an online match, no seat.
 */
import type { Game } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Local, SocketIO } from 'boardgame.io/multiplayer';
import type { Content } from '../../content/content.ts';
import { createGame, type SetupData } from '../../game/game.ts';
import type { OwnInitiative } from '../../rules/own-case.ts';
import type { GameState } from '../../rules/state.ts';

export type TableClient = ReturnType<typeof Client<GameState>>;

export interface HotseatOptions {
  matchID: string;
  scenario: string;
  players: number;
  /** The match seed: the same seed deals the same game. */
  seed: string;
  /** Players' own initiatives by seat (null: a deck case). */
  own?: (OwnInitiative | null)[];
}

/** The game with the hot-seat table's scenario and seed built in (Local has no setup data). */
function hotseatGame(content: Content, options: HotseatOptions): Game<GameState> {
  const game = createGame(content);
  const data: SetupData = { scenario: options.scenario, ...(options.own ? { own: options.own } : {}) };
  return { ...game, seed: options.seed, setup: (context) => game.setup!(context, data) } as Game<GameState>;
}

export function hotseatClient(content: Content, options: HotseatOptions): TableClient {
  return Client<GameState>({
    game: hotseatGame(content, options),
    numPlayers: options.players,
    matchID: options.matchID,
    playerID: '0',
    debug: false,
    multiplayer: Local({ persist: true, storageKey: 'soc:hotseat' }),
  });
}

export interface OnlineOptions {
  server: string;
  matchID: string;
  /** Absent for a spectator. */
  playerID?: string;
  credentials?: string;
}

export function onlineClient(content: Content, options: OnlineOptions): TableClient {
  return Client<GameState>({
    game: createGame(content),
    matchID: options.matchID,
    playerID: options.playerID,
    credentials: options.credentials,
    debug: false,
    multiplayer: SocketIO({ server: options.server }),
  });
}

/** The raw socket of an online client, to hear the server's `refused` answers. */
export function socketOf(client: TableClient): { on(event: string, fn: (...args: unknown[]) => void): void; off(event: string, fn: (...args: unknown[]) => void): void } | undefined {
  return (client as unknown as { transport?: { socket?: never } }).transport?.socket;
}

/**
 * Takes back the last move. boardgame.io's client.undo() first runs the undo in the browser,
 * but the browser never holds the undo history (the server strips it from every view), so it
 * would log "No moves to undo" before asking the server anyway. This sends the same UNDO
 * action straight to the master, which decides.
 */
export function undoLastMove(client: TableClient): void {
  const internals = client as unknown as {
    transport: { sendAction(state: unknown, action: unknown): void };
    store: { getState(): unknown };
  };
  internals.transport.sendAction(internals.store.getState(), {
    type: 'UNDO',
    payload: { type: null, args: null, playerID: client.playerID, credentials: client.credentials },
  });
}
