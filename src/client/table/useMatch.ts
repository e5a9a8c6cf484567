/** The state of a boardgame.io client as React state: the public view and the connection. */
import { useEffect, useState } from 'react';
import type { SeatCan } from '../../protocol/seat.ts';
import type { PublicState } from '../../rules/view.ts';
import type { TableClient } from './connect.ts';

export interface MatchSnapshot {
  view: PublicState | null;
  /** What its master says this seat can do now (null for spectators and before the first state). */
  can: SeatCan | null;
  connected: boolean;
  /** Player names from the server (online), by seat. */
  names: (string | null)[];
  /** Which seats have a browser connected (online), by seat. */
  present: boolean[];
}

const NOT_CONNECTED: MatchSnapshot = { view: null, can: null, connected: false, names: [], present: [] };

function snapshot(client: TableClient | null): MatchSnapshot {
  if (!client) return NOT_CONNECTED;
  const state = client.getState();
  const matchData = (client as unknown as { matchData?: { id: number; name?: string; isConnected?: boolean }[] }).matchData ?? [];
  const names: (string | null)[] = [];
  const present: boolean[] = [];
  for (const m of matchData) {
    names[m.id] = m.name ?? null;
    present[m.id] = m.isConnected === true;
  }
  return {
    // The client's G is the player view the server (or the local master) sent.
    view: (state?.G as unknown as PublicState | undefined) ?? null,
    can: (state as { can?: SeatCan } | null)?.can ?? null,
    connected: state?.isConnected ?? false,
    names,
    present,
  };
}

/** The client's state, kept current; started here and stopped on unmount. A null client (not made yet) is not connected. */
export function useMatch(client: TableClient | null): MatchSnapshot {
  const [snap, setSnap] = useState<MatchSnapshot>(() => snapshot(client));
  useEffect(() => {
    // A client made later (the engine arrived) tells of itself once connected.
    if (!client) return;
    const stop = client.subscribe(() => setSnap(snapshot(client)));
    client.start();
    return () => {
      stop();
      client.stop();
    };
  }, [client]);
  return snap;
}
