/**
 * The hot-seat table's transport: boardgame.io's Local master, in this browser and kept in
 * localStorage, with each state it sends carrying what the acting seat can do (`can`,
 * protocol/seat.ts), worked out by the same function as on the server (game/undo.ts) from the
 * full state the master holds. The master strips its undo stack from every view, as the
 * server does, so the view alone cannot tell.
 */
import type { CredentialedActionShape, State } from 'boardgame.io';
import { Transport } from 'boardgame.io/internal';
import { Local } from 'boardgame.io/multiplayer';
import { seatCan } from '../../game/undo.ts';
import { Listeners, type TableChannel } from './channel.ts';
import type { TransportOpts } from './table-socket.ts';

type TransportData = Parameters<TransportOpts['transportDataCallback']>[0];

export class HotseatTransport extends Transport implements TableChannel {
  private readonly local: ReturnType<ReturnType<typeof Local>>;
  private readonly connections = new Listeners<[]>();
  /** The master's newest full state: it publishes a move's state before it stores it. */
  private latest: State | null = null;

  constructor(opts: TransportOpts, storageKey: string) {
    super(opts);
    this.local = Local({ persist: true, storageKey })({ ...opts, transportDataCallback: (data) => this.heard(data) });
    // The master's one subscriber (Local uses it only for its own bots, which this table does not use).
    this.local.master.subscribe(({ state }) => {
      this.latest = state;
    });
  }

  /** A state for the client, with what the acting seat can do in it. */
  private heard(data: TransportData): void {
    if (data.type === 'sync' || data.type === 'update') {
      const sent = data.type === 'sync' ? data.args[1].state : data.args[1];
      const full = this.fullState(data.args[0], sent._stateID);
      if (full && this.playerID !== null) Object.assign(sent, { can: seatCan(full, this.playerID) });
    }
    this.notifyClient(data);
  }

  /** The master's full state with this ID: the one it just published, or the stored one (a sync after a reload). */
  private fullState(matchID: string, stateID: number): State | null {
    if (this.latest?._stateID === stateID) return this.latest;
    const stored = this.local.master.storageAPI.fetch(matchID, { state: true });
    const state = stored instanceof Promise ? undefined : stored.state;
    return state?._stateID === stateID ? state : null;
  }

  connect(): void {
    this.local.connect();
    this.setConnectionStatus(true);
    this.connections.tell();
  }

  disconnect(): void {
    this.local.disconnect();
    this.setConnectionStatus(false);
  }

  sendAction(state: State, action: CredentialedActionShape.Any): void {
    this.local.sendAction(state, action);
  }

  sendChatMessage(): void {}

  requestSync(): void {
    this.local.requestSync();
  }

  updateMatchID(id: string): void {
    this.matchID = id;
    this.local.updateMatchID(id);
  }

  updatePlayerID(id: string): void {
    this.playerID = id;
    this.local.updatePlayerID(id);
  }

  updateCredentials(credentials?: string): void {
    this.credentials = credentials;
    this.local.updateCredentials(credentials);
  }

  /** A hot-seat master refuses nothing the table offers: its moves are the legal ones. */
  onRefused(): () => void {
    return () => undefined;
  }

  /** A hot-seat table has no chat. */
  onChat(): () => void {
    return () => undefined;
  }

  onConnected(listener: () => void): () => void {
    return this.connections.add(listener);
  }

  undo(state: State): void {
    if (this.playerID === null) return;
    this.local.sendAction(state, { type: 'UNDO', payload: { type: null, args: null, playerID: this.playerID, credentials: this.credentials ?? '' } });
  }
}
