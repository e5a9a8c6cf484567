/**
 * The lobby server's HTTP API (docs/api.md) for the client. Every failure becomes an ApiError
 * with the server's stable code, which the pages translate; a network failure is "network".
 */
import type { Pace } from '../../protocol/away.ts';
import type { CreatedTable, JoinedSeat, TableInfo } from '../../protocol/lobby.ts';
import type { OwnInitiative, OwnProblem } from '../../rules/own-case.ts';

export type { CreatedTable, JoinedSeat, SeatInfo, TableInfo } from '../../protocol/lobby.ts';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 0,
    /** The rest of the server's answer (e.g. a refused initiative's `problem` and `at`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * One request to the API. `key` (a session's facilitator or participant key) goes in the
 * Authorization header only, never in an address.
 */
export function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, key?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return readAnswer<T>(fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
}

/**
 * The answer to a request already sent (by call, or by the join page's own script before the
 * app had started: early-join.ts): its JSON, or the ApiError it amounts to.
 */
export async function readAnswer<T>(sent: Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await sent;
  } catch (err) {
    throw new ApiError('network', (err as Error).message);
  }
  let answer: unknown = null;
  try {
    answer = await res.json();
  } catch {
    // A proxy's HTML error page, or nothing: the status says enough.
  }
  if (!res.ok) {
    const { error, message, ...details } = (answer ?? {}) as { error?: string; message?: string };
    throw new ApiError(error ?? (res.status >= 500 ? 'network' : 'unknown'), message ?? res.statusText, res.status, details);
  }
  return answer as T;
}

/**
 * Answers already known or already asked for, handed to the next page that reads them, once: the
 * join page's address is known before React renders, and a seat link's lookup or a join's answer
 * is what the table opening next reads first. On a slow phone each round trip saved is felt; an
 * answer older than AHEAD_MS is not handed over but asked again.
 */
const AHEAD_MS = 5_000;
function answersAhead<T>() {
  const known = new Map<string, { at: number; answer: Promise<T> }>();
  return {
    put(key: string, answer: Promise<T>): void {
      // Whoever takes it handles its failure; until then it must not count as unhandled.
      answer.catch(() => undefined);
      known.set(key, { at: Date.now(), answer });
    },
    take(key: string, ask: () => Promise<T>): Promise<T> {
      const ahead = known.get(key);
      known.delete(key);
      return ahead && Date.now() - ahead.at < AHEAD_MS ? ahead.answer : ask();
    },
  };
}

/** Table records by code; the code of a match by its ID. */
const tablesAhead = answersAhead<TableInfo>();
const codesAhead = answersAhead<{ code: string }>();
const codeKey = (code: string) => code.toUpperCase();
const askTable = (code: string) => call<TableInfo>('GET', `/api/tables/${encodeURIComponent(code)}`);
const askCode = (matchID: string) => call<{ code: string }>('GET', `/api/matches/${encodeURIComponent(matchID)}/turn`);

/** Asks for a table's record now, for the page about to read it (lobby.getTable takes it). */
export function readTableAhead(code: string): Promise<TableInfo> {
  const answer = askTable(code);
  tablesAhead.put(codeKey(code), answer);
  return answer;
}

/**
 * Asks now for the table of a match whose seat came without its code (a turn notice's link), in
 * one request: the table page reads the code (lobby.turn) and then the record (lobby.getTable),
 * which on a slow phone would be two round trips after the app has started.
 */
export function readMatchAhead(matchID: string): Promise<TableInfo> {
  const answer = call<TableInfo>('GET', `/api/matches/${encodeURIComponent(matchID)}/table`);
  answer.then(handTableOver, () => undefined);
  codesAhead.put(matchID, answer.then(({ code }) => ({ code })));
  return answer;
}

/** Hands a record just received to the next reader of this table. */
export function handTableOver(table: TableInfo): void {
  tablesAhead.put(codeKey(table.code), Promise.resolve(table));
}

export const lobby = {
  listTables: () => call<TableInfo[]>('GET', '/api/tables'),
  getTable: (code: string) => tablesAhead.take(codeKey(code), () => askTable(code)),
  /** `chosen`: roles and cases per seat (left out: dealt at random). */
  createTable: (scenario: string, seats: number, bots: number[], pace: Pace | null = null, listed = false, chosen: { roles?: string[]; cases?: string[] } = {}) =>
    call<CreatedTable>('POST', '/api/tables', { scenario, seats, bots, listed, ...(pace ? { pace } : {}), ...chosen }),
  /** `initiative`: the player's own initiative (rules/own-case.ts), or none for a deck case. */
  join: (code: string, name: string, seat?: number, initiative?: OwnInitiative | null) =>
    call<JoinedSeat>('POST', `/api/tables/${encodeURIComponent(code)}/join`, { name, ...(seat === undefined ? {} : { seat }), ...(initiative ? { initiative } : {}) }),
  /** A seated player's own initiative while the table waits: an initiative to bring or change it, null for a deck case. */
  setInitiative: (code: string, playerID: string, credentials: string, initiative: OwnInitiative | null) =>
    call<{ ok: true; initiative: OwnInitiative | null }>('POST', `/api/tables/${encodeURIComponent(code)}/initiative`, { playerID, credentials, initiative }),
  leave: (code: string, playerID: string, credentials: string) => call<{ ok: true }>('POST', `/api/tables/${encodeURIComponent(code)}/leave`, { playerID, credentials }),
  /** The host's requests: the host key goes in the Authorization header. */
  start: (code: string, hostKey: string) => call<{ ok: true }>('POST', `/api/tables/${encodeURIComponent(code)}/start`, {}, hostKey),
  handSeat: (code: string, hostKey: string, seat: number, to: 'bot' | 'free') => call<{ ok: true }>('POST', `/api/tables/${encodeURIComponent(code)}/seats/${seat}/${to}`, {}, hostKey),
  /** The code of a match (for a seat carried here without one). */
  turn: (matchID: string) => codesAhead.take(matchID, () => askCode(matchID)),
};

/** The problem of an initiative the server refused (badInitiative), for the editor to say where it is; undefined for any other failure. */
export function refusedInitiative(err: unknown): OwnProblem | undefined {
  return err instanceof ApiError && err.code === 'badInitiative' ? (err.details.problem as OwnProblem | undefined) : undefined;
}

/** The translation key of an error, for `t()`. */
function errorKey(err: unknown): { key: string; code: string } {
  const code = err instanceof ApiError ? err.code : 'unknown';
  return { key: `errors.${code}`, code };
}

/** A failed request as one sentence in the reader's language (errors.CODE, else the general one with the code). */
export function errorText(t: (key: string, options?: Record<string, unknown>) => string, err: unknown): string {
  const { key, code } = errorKey(err);
  return t(key, { code, defaultValue: t('errors.unknown', { code }) });
}
