/**
 * The boardgame.io clients behind the three ways of sitting at a table:
 *  - hot-seat: the whole match runs in this browser (boardgame.io's Local master, in
 *    hotseat-transport.ts), kept in localStorage so a closed tab or a reload loses nothing; the
 *    client acts for whoever's turn it is;
 *  - online: one seat, moves go to the lobby server over socket.io (table-socket.ts);
 *  - spectator: the public view of an online match, no seat.
 */
import type { Game } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import type { Transport } from 'boardgame.io/internal';
import type { Content } from '../../content/content.ts';
import { createGame, type SetupData } from '../../game/game.ts';
import type { OwnInitiative } from '../../rules/own-case.ts';
import type { GameState } from '../../rules/state.ts';
import type { TableChannel } from './channel.ts';
import { HotseatTransport } from './hotseat-transport.ts';
import { TableSocket, type TransportOpts } from './table-socket.ts';

type GameClient = ReturnType<typeof Client<GameState>>;
/** The transports of a table: boardgame.io's protocol and the project's channel. */
type TableTransport = Transport & TableChannel;

/** boardgame.io's client of a table, with the channel of its transport (channel.ts). */
export type TableClient = GameClient & { readonly channel: TableChannel };

/** A client whose transport is made by `transport`, which is kept as its channel. */
function withChannel(make: (multiplayer: (opts: TransportOpts) => TableTransport) => GameClient, transport: (opts: TransportOpts) => TableTransport): TableClient {
  let made: TableTransport | undefined;
  const client = make((opts) => (made = transport(opts)));
  // boardgame.io's Client makes its transport in its constructor.
  if (!made) throw new Error('the table client made no transport');
  return Object.assign(client, { channel: made });
}

export interface HotseatOptions {
  matchID: string;
  scenario: string;
  players: number;
  /** The match seed: the same seed deals the same game. */
  seed: string;
  /** Players' own initiatives by seat (null: a deck case). */
  own?: (OwnInitiative | null)[];
  /** Roles and cases the table chose, one a seat (otherwise dealt with the seed). */
  roles?: string[];
  cases?: string[];
}

/** What the hot-seat table sets up, as the rules take it (validateSetupData checks it first). */
export function hotseatSetupData(options: HotseatOptions): SetupData {
  return { scenario: options.scenario, ...(options.own ? { own: options.own } : {}), ...(options.roles ? { roles: options.roles } : {}), ...(options.cases ? { cases: options.cases } : {}) };
}

/** The game with the hot-seat table's scenario and seed built in (Local has no setup data). */
function hotseatGame(content: Content, options: HotseatOptions): Game<GameState> {
  const game = createGame(content);
  const data = hotseatSetupData(options);
  return { ...game, seed: options.seed, setup: (context) => game.setup!(context, data) } as Game<GameState>;
}

export function hotseatClient(content: Content, options: HotseatOptions): TableClient {
  return withChannel(
    (multiplayer) => Client<GameState>({ game: hotseatGame(content, options), numPlayers: options.players, matchID: options.matchID, playerID: '0', debug: false, multiplayer }),
    (opts) => new HotseatTransport(opts, 'soc:hotseat'),
  );
}

export interface OnlineOptions {
  server: string;
  matchID: string;
  /** Absent for a spectator. */
  playerID?: string;
  credentials?: string;
}

export function onlineClient(content: Content, options: OnlineOptions): TableClient {
  return withChannel(
    (multiplayer) => Client<GameState>({ game: createGame(content), matchID: options.matchID, playerID: options.playerID, credentials: options.credentials, debug: false, multiplayer }),
    (opts) => new TableSocket(opts, options.server),
  );
}
