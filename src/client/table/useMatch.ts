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

function snapshot(client: TableClient): MatchSnapshot {
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

export function useMatch(client: TableClient): MatchSnapshot {
  const [snap, setSnap] = useState<MatchSnapshot>(() => snapshot(client));
  useEffect(() => {
    const stop = client.subscribe(() => setSnap(snapshot(client)));
    client.start();
    return () => {
      stop();
      client.stop();
    };
  }, [client]);
  return snap;
}
