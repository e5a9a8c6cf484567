/**
 * Seats carried between devices in a link: /tables#carry=… holds the seats of this browser
 * (match, seat, credentials, name, code) as base64url JSON, and /table/ID#seat=N.SECRET (the
 * link in a turn notice) holds one. The part after # never reaches a server or its logs;
 * the page that reads it stores the seats and removes it from the address.
 */
import type { HeldSeat } from '../lobby/seats.ts';

const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;

function toBase64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function carryHash(seats: Record<string, HeldSeat>): string {
  const list = Object.entries(seats).map(([m, s]) => [m, s.playerID, s.credentials, s.name, s.code]);
  return `carry=${toBase64url(JSON.stringify(list))}`;
}

/** The seats in a #carry= hash; undefined when the hash holds none or is broken. */
export function readCarry(hash: string): Record<string, HeldSeat> | undefined {
  const m = /^#?carry=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return undefined;
  try {
    const list = JSON.parse(fromBase64url(m[1])) as unknown;
    if (!Array.isArray(list)) return undefined;
    const seats: Record<string, HeldSeat> = {};
    for (const item of list) {
      if (!Array.isArray(item) || item.length !== 5 || !item.every((x) => typeof x === 'string')) return undefined;
      const [matchID, playerID, credentials, name, code] = item as string[];
      if (!MATCH_ID.test(matchID) || !/^\d{1,2}$/.test(playerID) || credentials.length === 0 || credentials.length > 256) return undefined;
      seats[matchID] = { playerID, credentials, name: name.slice(0, 40), code: code.slice(0, 12) };
    }
    return seats;
  } catch {
    return undefined;
  }
}

/** The seat in a notice link's #seat=N.SECRET. */
export function readSeatHash(hash: string): { playerID: string; credentials: string } | undefined {
  const m = /^#?seat=(\d{1,2})\.([A-Za-z0-9_-]{1,256})$/.exec(hash);
  return m ? { playerID: m[1], credentials: m[2] } : undefined;
}
