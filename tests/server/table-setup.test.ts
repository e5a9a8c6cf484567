/**
 * Setting a table up through the Lobby API: what it can expect at its size (band and playing
 * time, GET /api/scenarios and the answer to POST /api/tables), and the roles and cases a
 * table may choose, refused with a plain sentence when the choice cannot be dealt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectationOf } from '../../src/content/expected-play.ts';
import { content } from '../helpers/table.ts';
import { startServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe('setting a table up', () => {
  it('GET /api/scenarios lists each scenario with its band and playing time at every size', async () => {
    const res = await server.api.get('/api/scenarios');
    expect(res.status).toBe(200);
    const standard = (res.body as { id: string; players: { min: number; max: number }; sizes: { players: number }[] }[]).find((s) => s.id === 'standard')!;
    expect(standard.sizes.map((x) => x.players)).toEqual(Array.from({ length: standard.players.max - standard.players.min + 1 }, (_, i) => standard.players.min + i));
    expect(standard.sizes.find((x) => x.players === 4)).toEqual({ players: 4, ...expectationOf(content(), 'standard', 4) });
    expect(standard.sizes.find((x) => x.players === 4)).toMatchObject({ band: { low: 0.4, high: 0.65 }, minutes: expect.any(Number), turns: expect.any(Number) });
    expect(standard.sizes.find((x) => x.players === 1)).toMatchObject({ solo: true });
  });

  it('answers what the new table can expect: its band and playing time at its size', async () => {
    const res = await server.api.post('/api/tables', { scenario: 'short', seats: 3 });
    expect(res.status).toBe(201);
    expect(res.body.expected).toEqual(expectationOf(content(), 'short', 3));
    expect(res.body.expected.minutes).toBeGreaterThan(0);
  });

  it.each([
    [{ roles: ['maker', 'no-such-role'] }, /There is no role "no-such-role" in scenario "standard"; its roles are .*maker/],
    [{ cases: ['repair-cafe', 'repair-cafe'] }, /^Seats 1 and 2 both have the case "repair-cafe": each seat needs a different case\.$/],
    [{ roles: ['maker', 'maker'] }, /^Seats 1 and 2 both have the role "maker": each seat needs a different role\.$/],
    [{ roles: ['maker'] }, /^Choose one role for each of the 2 seats: "roles" lists 1\.$/],
    [{ cases: ['repair-cafe', 'time-bank', 'food-coop'] }, /^Choose one case for each of the 2 seats: "cases" lists 3\.$/],
    [{ cases: 'repair-cafe' }, /^"cases" lists one case id per seat/],
  ])('refuses a bad choice of roles or cases %j with 400 and a plain sentence', async (choice, message) => {
    const res = await server.api.post('/api/tables', { scenario: 'standard', seats: 2, ...choice });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('badSetup');
    expect(res.body.message).toMatch(message);
  });

});
