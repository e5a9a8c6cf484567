/** Opening a table and sitting down at it through the lobby API, for the lobby's server tests. */
import { expect } from 'vitest';
import type { TestServer } from '../helpers/server.ts';

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** A new table of the standard scenario (`extra`: more of the creation's fields). */
export async function openTable(s: TestServer, seats: number, extra: Record<string, unknown> = {}) {
  const created = await s.api.post('/api/tables', { scenario: 'standard', seats, ...extra });
  expect(created.status).toBe(201);
  return created.body as { matchID: string; code: string; hostKey: string; joinUrl: string };
}

/** Joins as `name` (in `seat`, if given) and answers the seat. */
export async function sit(s: TestServer, code: string, name: string, seat?: number) {
  const joined = await s.api.post(`/api/tables/${code}/join`, seat === undefined ? { name } : { name, seat });
  expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  return joined.body as { matchID: string; playerID: string; credentials: string };
}
