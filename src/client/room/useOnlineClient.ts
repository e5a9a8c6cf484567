/**
 * The boardgame.io client of an online table, made once the deck and the connection's code are
 * here. Both load behind the waiting room: it shows the table's record (seats, invite, this
 * seat's tools) without them, so a player who has just joined sees their seat at once, not
 * after the game's engine has arrived on a slow phone. The table itself waits for the client.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Content } from '../../content/content.ts';
import { useDeck } from '../app/deck.ts';
import { loadConnect, type Connect } from './table-parts.ts';
import type { OnlineOptions, TableClient } from '../table/connect.ts';

export interface OnlineClient {
  content: Content | null;
  /** Null until the deck and the connection's code are here (or while `options` is null). */
  client: TableClient | null;
  /** The deck could not be read. */
  deckError: Error | null;
  /** The connection's code could not be loaded (an ApiError 'network'). */
  loadError: Error | null;
}

/**
 * A client for `options` (null: none yet), made anew when they change or when `renew` does
 * (the waiting room and the table each have their own). Starting and stopping it is the
 * showing component's job: the waiting room's useMatch, and for the table LiveTable
 * (room/OnlineRoom.tsx), which opens the connection before the table's own code has come.
 */
export function useOnlineClient(options: OnlineOptions | null, renew: unknown): OnlineClient {
  const deck = useDeck();
  const [connect, setConnect] = useState<Connect | null>(null);
  const [failed, setFailed] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    loadConnect().then(
      (m) => live && setConnect(m),
      (err: Error) => live && setFailed(err),
    );
    return () => {
      live = false;
    };
  }, []);
  const key = options ? JSON.stringify(options) : null;
  const client = useMemo(() => (connect && deck.content && options ? connect.onlineClient(deck.content, options) : null), [connect, deck.content, key, renew]);
  return { content: deck.content ?? null, client, deckError: deck.error ?? null, loadError: failed };
}
