/**
 * The pages of the table client, read from the address. Addresses are the links people send
 * each other (/join/CODE, /watch/CODE) and survive a reload (a hot-seat table keeps its
 * scenario, seats and seed in its address).
 */
import type { OwnInitiative } from '../../rules/own-case.ts';

export type Route =
  | { page: 'home' }
  | { page: 'hotseat'; matchID: string; scenario: string; players: number; seed: string; names: string[]; bots: number[]; botDelayMs?: number; own?: (OwnInitiative | null)[]; roles?: string[]; cases?: string[] }
  | { page: 'join'; code: string }
  | { page: 'watch'; code: string }
  | { page: 'table'; matchID: string }
  | { page: 'session'; code: string }
  | { page: 'facilitate'; sessionID: string }
  | { page: 'harvest'; sessionID: string }
  | { page: 'mytables' }
  | { page: 'rules'; quick: boolean }
  | { page: 'notFound'; path: string };

const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;

function seatList(text: string | null, players: number): number[] {
  if (!text) return [];
  return [...new Set(text.split(',').map(Number))].filter((s) => Number.isInteger(s) && s >= 0 && s < players).sort((a, b) => a - b);
}

/** A path segment decoded; a broken escape (a mistyped link) is kept as typed. */
function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Own initiatives in a hot-seat address: JSON, one entry a seat (null: a deck case). Only the
 * shape is read here; the rules check each one against the budget when the game is set up.
 */
function ownList(text: string | null, players: number): { own?: (OwnInitiative | null)[] } {
  if (!text) return {};
  try {
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list) || list.length > players) return {};
    if (!list.every((x) => x === null || (typeof x === 'object' && !Array.isArray(x)))) return {};
    return list.some((x) => x !== null) ? { own: list as (OwnInitiative | null)[] } : {};
  } catch {
    return {};
  }
}

/**
 * Roles or cases chosen at set-up in a hot-seat address: ids, one a seat, comma-separated. Only
 * the shape is read here; the rules check the ids against the scenario when the game is set up.
 */
function chosenList(key: 'roles' | 'cases', text: string | null, players: number): { roles?: string[] } | { cases?: string[] } {
  if (!text) return {};
  const ids = text.split(',').map((x) => x.trim());
  return ids.length === players && ids.every((x) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(x)) ? { [key]: ids } : {};
}

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decode);
  const q = new URLSearchParams(search);
  if (parts.length === 0) return { page: 'home' };
  if (parts.length === 1 && parts[0] === 'tables') return { page: 'mytables' };
  if (parts[0] === 'rules' && parts.length <= 2 && (parts.length === 1 || parts[1] === 'quick')) return { page: 'rules', quick: parts.length === 2 };
  const [first, second] = parts;
  if (parts.length === 2 && first === 'join') return { page: 'join', code: second };
  if (parts.length === 2 && first === 'watch') return { page: 'watch', code: second };
  if (parts.length === 2 && first === 'table' && MATCH_ID.test(second)) return { page: 'table', matchID: second };
  if (parts.length === 2 && first === 'session') return { page: 'session', code: second };
  if (parts.length === 2 && first === 'facilitate' && MATCH_ID.test(second)) return { page: 'facilitate', sessionID: second };
  if (parts.length === 3 && first === 'facilitate' && MATCH_ID.test(second) && parts[2] === 'harvest') return { page: 'harvest', sessionID: second };
  if (parts.length === 2 && first === 'hotseat' && MATCH_ID.test(second)) {
    const players = Math.min(6, Math.max(1, Math.trunc(Number(q.get('players') ?? '2')) || 2));
    const names = (q.get('names') ?? '').split(',').slice(0, players).map((s) => s.trim().slice(0, 24));
    const delay = q.get('botDelay');
    return {
      page: 'hotseat',
      matchID: second,
      scenario: q.get('scenario') || 'standard',
      players,
      seed: q.get('seed') || second,
      names,
      bots: seatList(q.get('bots'), players),
      ...ownList(q.get('own'), players),
      ...chosenList('roles', q.get('roles'), players),
      ...chosenList('cases', q.get('cases'), players),
      ...(delay !== null && Number.isFinite(Number(delay)) ? { botDelayMs: Math.max(0, Math.min(10_000, Number(delay))) } : {}),
    };
  }
  return { page: 'notFound', path: pathname };
}

/** The address of a new hot-seat table. */
export function hotseatPath(options: { matchID: string; scenario: string; players: number; seed: string; names: string[]; bots: number[]; own?: (OwnInitiative | null)[]; roles?: string[]; cases?: string[] }): string {
  const q = new URLSearchParams({ scenario: options.scenario, players: String(options.players), seed: options.seed });
  if (options.names.some((x) => x.trim())) q.set('names', options.names.map((x) => x.trim().replaceAll(',', ' ')).join(','));
  if (options.bots.length) q.set('bots', options.bots.join(','));
  if (options.own?.some((x) => x)) q.set('own', JSON.stringify(options.own.slice(0, options.players)));
  // Roles and cases the table chose (left out: dealt with the seed).
  if (options.roles) q.set('roles', options.roles.slice(0, options.players).join(','));
  if (options.cases) q.set('cases', options.cases.slice(0, options.players).join(','));
  return `/hotseat/${options.matchID}?${q}`;
}

/** A short random id for a hot-seat table (not a secret: it only names the saved game). */
export function newLocalID(random: () => number = Math.random): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let id = '';
  for (let i = 0; i < 10; i++) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}
