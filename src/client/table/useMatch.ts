/** The state of a boardgame.io client as React state: the public view and the connection. */
import { useEffect, useState } from 'react';
import type { PublicState } from '../../rules/view.ts';
import type { TableClient } from './connect.ts';

export interface MatchSnapshot {
  view: PublicState | null;
  connected: boolean;
  /** Player names from the server (online), by seat. */
  names: (string | null)[];
}

function snapshot(client: TableClient): MatchSnapshot {
  const state = client.getState();
  const matchData = (client as unknown as { matchData?: { id: number; name?: string }[] }).matchData ?? [];
  const names: (string | null)[] = [];
  for (const m of matchData) names[m.id] = m.name ?? null;
  return {
    // The client's G is the player view the server (or the local master) sent.
    view: (state?.G as unknown as PublicState | undefined) ?? null,
    connected: state?.isConnected ?? false,
    names,
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
