/**
 * The code and the deck an online table needs besides its page, each loaded once for the whole
 * page. This module is part of the app's first download (pages.ts starts the parts as a table's
 * address opens), so the requests go out as soon as the app runs: asked for from inside another
 * chunk, they would wait for that chunk to arrive and run first, one more step in a row on a
 * slow line.
 */
import { loadDeck } from '../app/deck.ts';
import { ApiError } from '../lobby/api.ts';

/** The connection's module: boardgame.io's client and the game, as the table connects with them. */
export type Connect = typeof import('../table/connect.ts');

let connecting: Promise<Connect> | undefined;

/**
 * The connection's code (boardgame.io's client, the game), loaded once. A failed load is the
 * line's fault, said as the server out of reach (errors.network), and may be tried again.
 */
export function loadConnect(): Promise<Connect> {
  connecting ??= import('../table/connect.ts').catch((err: unknown) => {
    connecting = undefined;
    throw new ApiError('network', err instanceof Error ? err.message : String(err));
  });
  return connecting;
}

/** Everything the online table needs besides its page, fetched ahead (a table's address, a seat link). */
export function loadTableParts(): Promise<unknown> {
  return Promise.all([loadDeck(), loadConnect(), import('../table/Table.tsx')]);
}

/**
 * Opens the table's socket for `seat` (none: a spectator) now, from a small chunk of its own
 * (table/early-socket.ts), so that its handshake and first sync overlap the table's parts coming
 * instead of following them. If that chunk cannot come, the table opens its socket later as ever.
 */
export function openTableAhead(matchID: string, seat?: { playerID: string; credentials: string }): void {
  import('../table/early-socket.ts').then(
    (m) => m.openEarly(location.origin, { matchID, ...seat }),
    () => undefined,
  );
}
