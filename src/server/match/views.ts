/**
 * What leaves the server about a match. Every state goes through the game's playerView (which
 * strips deck orders and the rules' random state) and boardgame.io's plugin views (which strip
 * the match seed and the PRNG state); metadata goes out as names, connection flags and the names of own initiatives only.
 * The initial state is never sent: it holds the match seed and every deck unshuffled-to-come.
 */
import type { LogEntry, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { seatCan } from '../../game/undo.ts';
import type { TableNews } from '../../protocol/table.ts';
import type { TableMetadata } from '../storage/store.ts';
import type { ServerGame } from './game.ts';
import { diff } from './json-patch.ts';

/** What every client may know about a seat. */
export interface PublicSeat {
  id: number;
  name?: string;
  isConnected?: boolean;
  /** `initiative`: the name of the own initiative brought to the seat in the waiting room (public there too, GET /api/tables/CODE); it is here so that a change reaches the others at once. */
  data?: { bot?: boolean; initiative?: string };
}

/**
 * News about a match, as the master publishes it: unfiltered (each transport filters it for
 * its own sockets), one state per move (each room diffs it against the state it heard before).
 */
export type MatchNews =
  /** A stored move: the match's new state, with the move's log entries as `deltalog`. */
  | { type: 'update'; args: [matchID: string, state: State] }
  | { type: 'matchData'; args: [matchID: string, seats: PublicSeat[]] }
  /** Table chat (chat/chat.ts): the same for every receiver. */
  | { type: 'chat'; args: TableNews['chat'] }
  /** A player left the seat (lobby/tables.ts): every instance disconnects the seat's sockets; nothing is sent. */
  | { type: 'seatLeft'; args: [matchID: string, seat: string] };

/** A message as it goes out on a socket: the event name and its arguments. */
export interface Outgoing {
  type: string;
  args: unknown[];
}

export function publicSeats(metadata: TableMetadata): PublicSeat[] {
  return Object.values(metadata.players).map((p) => {
    const seat: PublicSeat = { id: p.id };
    if (p.name !== undefined) seat.name = p.name;
    seat.isConnected = p.isConnected === true;
    if (p.data?.bot) seat.data = { bot: true };
    const own = (p.data as { initiative?: { name?: unknown } } | undefined)?.initiative?.name;
    if (typeof own === 'string') seat.data = { ...seat.data, initiative: own };
    return seat;
  });
}

/** A receiver: a seat ("0", "1", …), or null for a spectator. */
export type Viewer = string | null;

/** One receiver's view of a state: the state as it may see it, and the log entries it may read. */
export interface View {
  state: State;
  log: LogEntry[] | undefined;
}

/** Filters states for receivers, and makes the messages boardgame.io's client reads. */
export function createViews(game: ServerGame) {
  const filter = getFilterPlayerView(game);
  /** `state` as `viewer` sees it; `log` (the state's own deltalog when absent) redacted for it. */
  const view = (viewer: Viewer, matchID: string, state: State, log?: LogEntry[]): View => {
    const filtered = filter(viewer, { type: 'update', args: [matchID, log === undefined ? state : { ...state, deltalog: log }] });
    if (filtered.type !== 'update') throw new Error(`boardgame.io filtered an update into a ${filtered.type}`);
    // A seat also hears what it can do now (protocol/seat.ts), from the undo stack the filter strips.
    const seen = viewer === null ? filtered.args[1] : { ...filtered.args[1], can: seatCan(state, viewer) };
    return { state: seen, log: filtered.args[2] };
  };
  return {
    view,
    update(matchID: string, after: View): Outgoing {
      return { type: 'update', args: [matchID, after.state, after.log] };
    },
    /** boardgame.io's deltaState: a JSON patch from the receiver's view of the state before. */
    patch(matchID: string, before: View, after: View): Outgoing {
      return { type: 'patch', args: [matchID, before.state._stateID, after.state._stateID, diff(before.state, after.state), after.log] };
    },
    sync(viewer: Viewer, matchID: string, state: State, log: LogEntry[], metadata: TableMetadata): Outgoing {
      // No initialState here, on purpose (see above); boardgame.io's client only needs it
      // for a local reset, which a multiplayer table never does.
      const seen = view(viewer, matchID, state, log);
      return { type: 'sync', args: [matchID, { state: seen.state, log: seen.log ?? [], filteredMetadata: publicSeats(metadata) }] };
    },
  };
}

export type Views = ReturnType<typeof createViews>;
