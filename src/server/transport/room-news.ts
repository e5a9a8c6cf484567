/**
 * The newest state of a match as one room of the transport has heard it, and what each
 * receiver is sent of it. Each view is computed once per (state, viewer), however many sockets
 * share the viewer (a player on two devices, many spectators), and kept until the next state:
 * the next move's patch for a viewer is a diff against that kept view, so the state before a
 * move never has to travel with the news.
 */
import type { State } from 'boardgame.io';
import type { Outgoing, View, Viewer, Views } from '../match/views.ts';

interface Heard {
  state: State;
  /** Views of `state`, by viewer ("" for spectators), computed when first asked for. */
  views: Map<string, View>;
}

export class RoomNews {
  private latest: Heard | undefined;
  /**
   * Before the room heard any news: the state its first sync read, so that the first move can
   * go out as a patch too. Only a base for patches, never proof that a state was heard: a
   * socket that synced on an older state still gets the next news.
   */
  private base: Heard | undefined;

  constructor(
    private readonly views: Views,
    private readonly matchID: string,
    /** DELTA_STATE: a move goes out as a patch of the receiver's view, when the room heard the state before it. */
    private readonly deltaState: boolean,
  ) {}

  /** The _stateID of the newest state heard (undefined before the first). */
  get stateID(): number | undefined {
    return this.latest?.state._stateID;
  }

  /** A state a socket's sync read (the first one counts, and only until news arrive). */
  seed(state: State): void {
    if (!this.latest && !this.base) this.base = { state, views: new Map() };
  }

  /**
   * A new state: returns what to send each viewer (made once per viewer), or undefined when
   * the room has heard this state or a newer one already (Redis keeps the order of publishes,
   * so an older state is a duplicate).
   */
  heard(state: State): ((viewer: Viewer) => Outgoing) | undefined {
    if (this.latest && this.latest.state._stateID >= state._stateID) return undefined;
    const before = this.latest ?? this.base;
    const after: Heard = { state, views: new Map() };
    this.latest = after;
    this.base = undefined;
    // Each move adds one to _stateID: a patch applies only to the state just before.
    const patchFrom = this.deltaState && before?.state._stateID === state._stateID - 1 ? before : undefined;
    const messages = new Map<string, Outgoing>();
    return (viewer) => {
      const key = viewer ?? '';
      let message = messages.get(key);
      if (!message) {
        const seen = this.viewOf(after, viewer);
        message = patchFrom ? this.views.patch(this.matchID, this.viewOf(patchFrom, viewer), seen) : this.views.update(this.matchID, seen);
        messages.set(key, message);
      }
      return message;
    };
  }

  /** The newest state heard, whole, for a socket whose first state was read before it. */
  newerThan(stateID: number, viewer: Viewer): Outgoing | undefined {
    const latest = this.latest;
    if (!latest || latest.state._stateID <= stateID) return undefined;
    return this.views.update(this.matchID, this.viewOf(latest, viewer));
  }

  private viewOf(heard: Heard, viewer: Viewer): View {
    const key = viewer ?? '';
    let seen = heard.views.get(key);
    if (!seen) {
      seen = this.views.view(viewer, this.matchID, heard.state);
      heard.views.set(key, seen);
    }
    return seen;
  }
}
