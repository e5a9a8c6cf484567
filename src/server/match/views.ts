/**
 * What leaves the server about a match. Every state goes through the game's playerView (which
 * strips deck orders and the rules' random state) and boardgame.io's plugin views (which strip
 * the match seed and the PRNG state); metadata goes out as names and connection flags only.
 * The initial state is never sent: it holds the match seed and every deck unshuffled-to-come.
 */
import type { Game, LogEntry, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { TableMetadata } from '../storage/store.ts';

/** What every client may know about a seat. */
export interface PublicSeat {
  id: number;
  name?: string;
  isConnected?: boolean;
  data?: { bot?: boolean };
}

/** News about a match, before it is filtered for each receiver. */
export type MatchNews =
  | { type: 'update'; args: [matchID: string, state: State] }
  /** boardgame.io's deltaState: each receiver gets a JSON patch from its view of `prev` to its view of `state`. */
  | { type: 'patch'; args: [matchID: string, prevStateID: number, prev: State, state: State] }
  | { type: 'matchData'; args: [matchID: string, seats: PublicSeat[]] };

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
    return seat;
  });
}

export type Viewer = string | null;

/** Filters news and syncs for one receiver (a seat, or null for a spectator). */
export function createViews(game: Game) {
  const filter = getFilterPlayerView(game);
  return {
    news(viewer: Viewer, news: MatchNews): Outgoing {
      if (news.type === 'update' || news.type === 'patch') return filter(viewer, news as never) as Outgoing;
      return news;
    },
    sync(viewer: Viewer, matchID: string, state: State, log: LogEntry[], metadata: TableMetadata): Outgoing {
      // No initialState here, on purpose (see above); boardgame.io's client only needs it
      // for a local reset, which a multiplayer table never does.
      return filter(viewer, { type: 'sync', args: [matchID, { state, log, filteredMetadata: publicSeats(metadata) }] } as never) as Outgoing;
    },
  };
}

export type Views = ReturnType<typeof createViews>;
