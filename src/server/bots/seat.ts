/**
 * A seat the server plays: what a bot seat looks like in a table's metadata. Lobby tables
 * (a host's start, a stalled seat handed over) and workshop sessions (empty seats at the
 * start) make bot seats the same way.
 */
import { digestCredentials, newCredentials } from '../credentials.ts';
import type { TableMetadata } from '../storage/store.ts';

type Seat = TableMetadata['players'][number];

/** Nobody ever learns a bot seat's credentials: the digest is of a secret thrown away at once. */
export function botSeat(id: number): Seat {
  return { id, name: `Bot ${id + 1}`, credentials: digestCredentials(newCredentials()), data: { bot: true }, isConnected: true };
}

export function isBotSeat(seat: Seat | undefined): boolean {
  return seat?.data?.bot === true;
}
