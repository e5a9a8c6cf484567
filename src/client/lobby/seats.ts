/**
 * The seats this browser holds: matchID → player id and credentials, in localStorage, so a
 * reload or a lost connection never costs a player their seat. Credentials never leave this
 * store except in the socket's sync with the server.
 */
import type { OwnInitiative } from '../../rules/own-case.ts';

export interface HeldSeat {
  playerID: string;
  credentials: string;
  name: string;
  code: string;
  /** The own initiative this browser brought to the seat in the waiting room (to change it from where it was). */
  initiative?: OwnInitiative;
}

const KEY = 'soc:seats';

function read(storage: Storage): Record<string, HeldSeat> {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, HeldSeat>) : {};
  } catch {
    return {};
  }
}

export function heldSeat(matchID: string, storage: Storage = localStorage): HeldSeat | undefined {
  const seat = read(storage)[matchID];
  return seat && typeof seat.playerID === 'string' && typeof seat.credentials === 'string' ? seat : undefined;
}

export function holdSeat(matchID: string, seat: HeldSeat, storage: Storage = localStorage): void {
  const all = read(storage);
  all[matchID] = seat;
  storage.setItem(KEY, JSON.stringify(all));
}

/** Every seat this browser holds (My tables). */
export function heldSeats(storage: Storage = localStorage): Record<string, HeldSeat> {
  const all = read(storage);
  return Object.fromEntries(Object.entries(all).filter(([, s]) => s && typeof s.playerID === 'string' && typeof s.credentials === 'string'));
}

/** The seat was left: this browser forgets its key. */
export function forgetSeat(matchID: string, storage: Storage = localStorage): void {
  const all = read(storage);
  delete all[matchID];
  storage.setItem(KEY, JSON.stringify(all));
}
