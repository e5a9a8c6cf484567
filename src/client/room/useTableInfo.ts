/**
 * A table's lobby record (status, seats, links), kept fresh: read again whenever the match's
 * seats change on the socket (someone sits down, leaves, connects, a bot takes over, the
 * start), so the waiting room shows arrivals live; a slow poll covers a missed message.
 */
import { useEffect, useState } from 'react';
import { ApiError, lobby, type TableInfo } from '../lobby/api.ts';
import type { TableClient } from '../table/connect.ts';

const SAFETY_POLL_MS = 15_000;

const isNetwork = (err: unknown) => err instanceof ApiError && err.code === 'network';

/** What, when it changes, makes the table worth reading again: the seats, and the connection (a reconnect may find the seat gone). */
function seatsKey(client: TableClient | null): string {
  return JSON.stringify([(client as unknown as { matchData?: unknown } | null)?.matchData ?? null, client?.getState()?.isConnected ?? null]);
}

export function useTableInfo(code: string | null, client: TableClient | null): { info: TableInfo | null; error: unknown; reload: () => void } {
  const [info, setInfo] = useState<TableInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const known = info !== null;
  useEffect(() => {
    if (!code) return;
    let live = true;
    lobby.getTable(code).then(
      (t) => live && (setInfo(t), setError(null)),
      // Once the table is shown, a server out of reach is the table's own news (its offline
      // banner; it reconnects by itself): the last record stays. A real answer (the table is
      // gone) still replaces it.
      (err) => live && !(isNetwork(err) && known) && setError(err),
    );
    return () => {
      live = false;
    };
  }, [code, tick]);
  useEffect(() => {
    if (!client) return;
    let last = seatsKey(client);
    return client.subscribe(() => {
      const now = seatsKey(client);
      if (now === last) return;
      last = now;
      setTick((x) => x + 1);
    });
  }, [client]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (!document.hidden) setTick((x) => x + 1);
    }, SAFETY_POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return { info, error, reload: () => setTick((x) => x + 1) };
}
