/**
 * Bringing your own initiative to an online table: a person joining in the waiting room
 * brings it with the join; the server checks it against the scenario's budget (a bad one is
 * refused with the problem and where it is, and nothing is kept); when play begins the table
 * is dealt again from the same match seed with the initiatives, as a hot-seat table is set
 * up. Real SQLite, the real master.
 */
import type { State } from 'boardgame.io';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanInitiative } from '../../../src/rules/own-case.ts';
import { setup } from '../../../src/rules/setup.ts';
import type { GameState } from '../../../src/rules/state.ts';
import { repairShop } from '../../helpers/own-initiative.ts';
import { startServer, testDeck, type TestServer } from '../helpers/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function openTable(s: TestServer, seats: number) {
  const created = await s.api.post('/api/tables', { scenario: 'standard', seats });
  expect(created.status).toBe(201);
  return created.body as { matchID: string; code: string; hostKey: string };
}

async function sit(s: TestServer, code: string, name: string, initiative?: unknown) {
  const joined = await s.api.post(`/api/tables/${code}/join`, initiative === undefined ? { name } : { name, initiative });
  expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  return joined.body as { matchID: string; playerID: string; credentials: string };
}

async function stored(s: TestServer, matchID: string): Promise<State<GameState>> {
  return (await s.store.fetch(matchID, { state: true })).state as State<GameState>;
}

const deck = () => testDeck().content;

describe('an own initiative brought to an online table', () => {
  it('becomes the player’s case when the host starts: the same deal, only that seat’s case and hand change', async () => {
    server = await startServer();
    const table = await openTable(server, 3);
    const ana = await sit(server, table.code, 'Ana', repairShop);
    await sit(server, table.code, 'Bo');
    const waiting = (await server.api.get(`/api/tables/${table.code}`)).body;
    expect(waiting.seats.map((s: { initiative?: string }) => s.initiative ?? null)).toEqual([repairShop.name, null, null]);
    const before = await stored(server, table.matchID);
    expect(before.G.cases[0].own).toBeUndefined();

    expect((await server.api.post(`/api/tables/${table.code}/start`, {}, bearer(table.hostKey))).status).toBe(200);

    const after = await stored(server, table.matchID);
    expect(after._stateID).toBe(1);
    expect(after.G.cases[0]).toMatchObject({ id: 'own-1', holder: 0, own: { name: repairShop.name, needs: repairShop.needs, transformation: repairShop.transformation } });
    // The same match seed: roles and the other seats' deck cases as dealt at creation.
    expect(after.G.secret.seed).toBe(before.G.secret.seed);
    expect(after.G.players.map((p) => p.role)).toEqual(before.G.players.map((p) => p.role));
    expect(after.G.cases.slice(1)).toEqual(before.G.cases.slice(1));
    // Exactly the table a hot-seat set-up makes from that seed and these initiatives.
    const own = [cleanInitiative(repairShop), null, null];
    expect(after.G).toEqual(setup(deck(), { scenario: 'standard', players: 3, seed: before.G.secret.seed, own }));
    const { metadata } = await server.store.fetch(table.matchID, { metadata: true });
    expect(metadata!.setupData).toEqual({ scenario: 'standard', own });
    expect(metadata!.players[0].data).toBeUndefined();
    expect((await server.api.get(`/api/tables/${table.code}`)).body.seats[0].initiative).toBeUndefined();

    // Play goes on from the new deal: a move on the old state is stale, on the new one it counts.
    const endTurn = (stateID: number) => server!.app.master.move(table.matchID, { type: 'MAKE_MOVE', payload: { type: 'endTurn', args: [], playerID: '0' } }, stateID, ana.credentials);
    expect(await endTurn(0)).toEqual({ ok: false, reason: 'stale' });
    expect((await endTurn(1)).ok).toBe(true);
  });

  it('counts for every seat that brought one when the last seat is taken', async () => {
    server = await startServer();
    const table = await openTable(server, 2);
    const other = { ...repairShop, name: 'Energy coop Zonnedak', needs: { resources: 3, organisation: 2, transformation: 2 }, offers: ['resources'], learns: ['making'] };
    await sit(server, table.code, 'Ana', repairShop);
    await sit(server, table.code, 'Bo', other);
    const after = await stored(server, table.matchID);
    expect(after.G.cases.map((c) => c.own?.name)).toEqual([repairShop.name, other.name]);
    expect((await server.api.get(`/api/tables/${table.code}`)).body.status).toBe('playing');
  });

  it('leaves a table without initiatives as it was dealt', async () => {
    server = await startServer();
    const table = await openTable(server, 3);
    await sit(server, table.code, 'Ana');
    const before = await stored(server, table.matchID);
    expect((await server.api.post(`/api/tables/${table.code}/start`, {}, bearer(table.hostKey))).status).toBe(200);
    const after = await stored(server, table.matchID);
    expect(after._stateID).toBe(0);
    expect(after.G).toEqual(before.G);
  });

  it('is refused when it does not fit, saying what and where, and nothing is kept', async () => {
    server = await startServer();
    // Standard at four players: 7–8 needs (game-content/scenarios.json).
    const table = await openTable(server, 4);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ needs: { making: 3, resources: 3, identity: 3 } }, '/initiative/needs', /9 needs in all: an initiative has 7–8/],
      [{ needs: { making: 4, resources: 2, identity: 2 } }, '/initiative/needs/making', /4 needs of making: at most 3 in one pattern/],
      [{ name: '' }, '/initiative/name', /give your initiative a name/],
      [{ line: 'two\nlines' }, '/initiative/line', /one line/],
      [{ transformation: 'free-lunch' }, '/initiative/transformation', /choose the transformation from the menu/],
      [{ offers: ['making', 'identity', 'dreaming'] }, '/initiative/offers', /"I can offer": choose 1 to 2 patterns/],
      [{ learns: ['garden'] }, '/initiative/learns', /"I want to learn": "garden" is not a pattern/],
      [{ budget: 99 }, '/initiative/budget', /no field "budget"/],
    ];
    for (const [change, at, sentence] of cases) {
      const answer = await server.api.post(`/api/tables/${table.code}/join`, { name: 'Ana', initiative: { ...repairShop, ...change } });
      expect(answer.status, JSON.stringify(change)).toBe(400);
      expect(answer.body).toMatchObject({ error: 'badInitiative', at });
      expect(answer.body.message).toMatch(sentence);
      expect(answer.body.problem.code).toEqual(expect.any(String));
    }
    const notAnObject = await server.api.post(`/api/tables/${table.code}/join`, { name: 'Ana', initiative: 'my garden' });
    expect([notAnObject.status, notAnObject.body.at]).toEqual([400, '/initiative']);
    const info = (await server.api.get(`/api/tables/${table.code}`)).body;
    expect(info.seats.every((s: { name: string | null }) => s.name === null)).toBe(true);
    const { metadata } = await server.store.fetch(table.matchID, { metadata: true });
    expect(Object.values(metadata!.players).every((p) => p.credentials === undefined && p.data === undefined)).toBe(true);
  });

  it('cannot be brought once play has begun', async () => {
    server = await startServer();
    const table = await openTable(server, 2);
    await sit(server, table.code, 'Ana');
    expect((await server.api.post(`/api/tables/${table.code}/start`, {}, bearer(table.hostKey))).status).toBe(200);
    expect((await server.api.post(`/api/tables/${table.code}/seats/1/free`, {}, bearer(table.hostKey))).status).toBe(200);
    const late = await server.api.post(`/api/tables/${table.code}/join`, { name: 'Bo', initiative: repairShop });
    expect([late.status, late.body.error]).toEqual([409, 'initiativeTooLate']);
    await sit(server, table.code, 'Bo');
  });
});
