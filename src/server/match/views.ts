/**
 * What leaves the server about a match. Every state goes through the game's playerView (which
 * strips deck orders and the rules' random state) and boardgame.io's plugin views (which strip
 * the match seed and the PRNG state); metadata goes out as names and connection flags only.
 * The initial state is never sent: it holds the match seed and every deck unshuffled-to-come.
 */
import type { Game, LogEntry, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { ChatNews } from '../../protocol/away.ts';
import type { TableMetadata } from '../storage/store.ts';
import { diff } from './json-patch.ts';

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
  | { type: 'matchData'; args: [matchID: string, seats: PublicSeat[]] }
  /** Table chat (chat/chat.ts): the same for every receiver. */
  | { type: 'chat'; args: [matchID: string, news: ChatNews] }
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
    return seat;
  });
}

export type Viewer = string | null;

/** Filters news and syncs for one receiver (a seat, or null for a spectator). */
export function createViews(game: Game) {
  const filter = getFilterPlayerView(game);
  return {
    news(viewer: Viewer, news: MatchNews): Outgoing {
      if (news.type === 'update') return filter(viewer, news) as Outgoing;
      if (news.type === 'patch') {
        // boardgame.io's filter would diff with rfc6902 (slow on arrays): filter both states, diff here.
        const [matchID, prevStateID, prev, state] = news.args;
        const before = filter(viewer, { type: 'update', args: [matchID, prev] } as never) as Outgoing;
        const after = filter(viewer, { type: 'update', args: [matchID, state] } as never) as Outgoing;
        const [, next, log] = after.args as [string, State, LogEntry[] | undefined];
        return { type: 'patch', args: [matchID, prevStateID, state._stateID, diff(before.args[1], next), log] };
      }
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
