/**
 * The online table's transport: boardgame.io's socket.io protocol (the client sends `sync` and
 * `update`; the server sends `sync`, `update`, `patch` and `matchData`) and the project's own
 * messages of the table socket (`refused`, `chat`: protocol/table.ts, docs/api.md), handed to
 * the table through its channel. It takes the place of boardgame.io's SocketIO transport, built
 * on the transport base boardgame.io offers for this (boardgame.io/internal), so the table never
 * reaches into a private socket.
 */
import type { CredentialedActionShape, LogEntry, State, SyncInfo } from 'boardgame.io';
import { Transport } from 'boardgame.io/internal';
import type { Socket } from 'socket.io-client';
import type { ChatNews } from '../../protocol/away.ts';
import type { Refusal, TableNews } from '../../protocol/table.ts';
import { Listeners, type TableChannel } from './channel.ts';
import { openTableSocket, takeEarly, type SocketSeat } from './early-socket.ts';

export type TransportOpts = ConstructorParameters<typeof Transport>[0];
type MatchData = Extract<Parameters<TransportOpts['transportDataCallback']>[0], { type: 'matchData' }>['args'][1];
type Patch = Extract<Parameters<TransportOpts['transportDataCallback']>[0], { type: 'patch' }>['args'];

export class TableSocket extends Transport implements TableChannel {
  private socket: Socket | null = null;
  private readonly refusals = new Listeners<[Refusal]>();
  private readonly chats = new Listeners<[ChatNews]>();
  private readonly connections = new Listeners<[]>();

  /** `server`: the server's address (its origin); the game's name is the socket.io namespace. */
  constructor(
    opts: TransportOpts,
    private readonly server: string,
  ) {
    super(opts);
  }

  connect(): void {
    if (this.socket) return;
    // The socket the app opened as the page opened (early-socket.ts), if it is this seat's;
    // otherwise a new one. Either syncs as this transport's seat at each (re)connect.
    const seat = (): SocketSeat => ({ matchID: this.matchID, playerID: this.playerID, credentials: this.credentials });
    const early = takeEarly(this.server, this.gameName, seat);
    const socket = early?.socket ?? openTableSocket(this.server, this.gameName, seat);
    this.socket = socket;
    socket.on('sync', (matchID: string, info: SyncInfo) => this.notifyClient({ type: 'sync', args: [matchID, info] }));
    socket.on('update', (matchID: string, state: State, deltalog: LogEntry[]) => this.notifyClient({ type: 'update', args: [matchID, state, deltalog] }));
    socket.on('patch', (...args: Patch) => this.notifyClient({ type: 'patch', args }));
    socket.on('matchData', (matchID: string, seats: MatchData) => this.notifyClient({ type: 'matchData', args: [matchID, seats] }));
    socket.on('refused', (...[matchID, refusal]: TableNews['refused']) => {
      // A refused sync of a made-up match carries no ID; anything else names its match.
      if (matchID === null || matchID === this.matchID) this.refusals.tell(refusal);
    });
    socket.on('chat', (...[matchID, news]: TableNews['chat']) => {
      if (matchID === this.matchID) this.chats.tell(news);
    });
    const connected = () => {
      this.setConnectionStatus(true);
      this.connections.tell();
    };
    socket.on('connect', connected);
    socket.on('disconnect', () => this.setConnectionStatus(false));
    if (early) {
      // Where the connection stands, then what the server sent before these listeners, in the
      // order a socket opened here would have heard them.
      if (socket.connected) connected();
      early.replay();
    }
  }

  disconnect(): void {
    this.socket?.close();
    this.socket = null;
    this.setConnectionStatus(false);
  }

  sendAction(state: State, action: CredentialedActionShape.Any): void {
    this.socket?.emit('update', action, state._stateID, this.matchID, this.playerID);
  }

  /** The table chat goes through the lobby API (chat/api.ts), not boardgame.io's chat. */
  sendChatMessage(): void {}

  requestSync(): void {
    this.socket?.emit('sync', this.matchID, this.playerID, this.credentials, this.numPlayers);
  }

  updateMatchID(id: string): void {
    this.matchID = id;
    this.requestSync();
  }

  updatePlayerID(id: string): void {
    this.playerID = id;
    this.requestSync();
  }

  updateCredentials(credentials?: string): void {
    this.credentials = credentials;
    this.requestSync();
  }

  onRefused(listener: (refusal: Refusal) => void): () => void {
    return this.refusals.add(listener);
  }

  onChat(listener: (news: ChatNews) => void): () => void {
    return this.chats.add(listener);
  }

  onConnected(listener: () => void): () => void {
    return this.connections.add(listener);
  }

  undo(state: State): void {
    if (this.playerID === null) return;
    this.sendAction(state, { type: 'UNDO', payload: { type: null, args: null, playerID: this.playerID, credentials: this.credentials ?? '' } });
  }
}
