/**
 * A seated player brings, changes or takes back their own initiative while the table waits
 * (POST /api/tables/CODE/initiative with the seat's credentials): the join's check, the other
 * seats hear of it at once, the host's start deals in the last one; refused after the start,
 * with other credentials, or when it does not fit, and then nothing changes. Real SQLite,
 * real sockets, the real master.
 */
import type { State } from 'boardgame.io';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanInitiative } from '../../../src/rules/own-case.ts';
import type { GameState } from '../../../src/rules/state.ts';
import { repairShop } from '../../helpers/own-initiative.ts';
import { gameClient, startServer, until, type GameClient, type TestServer } from '../helpers/server.ts';
import { bearer, openTable, sit } from './seating.ts';

let server: TestServer | undefined;
const clients: GameClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.stop();
  await server?.close();
  server = undefined;
});

const energyCoop = { ...repairShop, name: 'Energy coop Zonnedak', needs: { resources: 3, organisation: 2, transformation: 2 }, offers: ['resources'], learns: ['making'] };

const seatInitiatives = async (s: TestServer, code: string) =>
  ((await s.api.get(`/api/tables/${code}`)).body.seats as { initiative?: string }[]).map((x) => x.initiative ?? null);

const storedSeat = async (s: TestServer, matchID: string, seat: number) => (await s.store.fetch(matchID, { metadata: true })).metadata!.players[seat];

describe('a seated player’s own initiative in the waiting room', () => {
  it('is brought, changed and taken back, each change heard by the other seats, and the last one is dealt in', async () => {
    server = await startServer();
    const table = await openTable(server, 3);
    const ana = await sit(server, table.code, 'Ana');
    const bo = await sit(server, table.code, 'Bo');
    const set = (initiative: unknown) => server!.api.post(`/api/tables/${table.code}/initiative`, { playerID: ana.playerID, credentials: ana.credentials, initiative });

    // Bo's browser sits in the waiting room and hears the seats' news.
    const boClient = gameClient(server.url, table.matchID, bo.playerID, bo.credentials);
    clients.push(boClient);
    await until('Bo connected', () => boClient.getState()?.isConnected);
    const heard = () => (boClient as unknown as { matchData?: { data?: { initiative?: string } }[] }).matchData?.[0]?.data?.initiative ?? null;

    const brought = await set(repairShop);
    expect(brought.status, JSON.stringify(brought.body)).toBe(200);
    expect(brought.body).toEqual({ ok: true, initiative: cleanInitiative(repairShop) });
    expect(await seatInitiatives(server, table.code)).toEqual([repairShop.name, null, null]);
    await until('Bo hears Ana’s initiative', () => heard() === repairShop.name);

    const changed = await set(energyCoop);
    expect(changed.status).toBe(200);
    expect(await seatInitiatives(server, table.code)).toEqual([energyCoop.name, null, null]);
    await until('Bo hears the change', () => heard() === energyCoop.name);

    const cleared = await set(null);
    expect(cleared.body).toEqual({ ok: true, initiative: null });
    expect(await seatInitiatives(server, table.code)).toEqual([null, null, null]);
    expect((await storedSeat(server, table.matchID, 0)).data).toBeUndefined();
    await until('Bo hears it taken back', () => heard() === null);

    // Brought again (leaving the field out is a deck case too, as at the join), then the host starts.
    expect((await server.api.post(`/api/tables/${table.code}/initiative`, { playerID: ana.playerID, credentials: ana.credentials })).body.initiative).toBeNull();
    expect((await set(energyCoop)).status).toBe(200);
    expect((await server.api.post(`/api/tables/${table.code}/start`, {}, bearer(table.hostKey))).status).toBe(200);
    const state = (await server.store.fetch(table.matchID, { state: true })).state as State<GameState>;
    expect(state.G.cases.map((c) => c.own?.name ?? null)).toEqual([energyCoop.name, null, null]);
  });

  it('is refused once play has begun, and the dealt table stays as it is', async () => {
    server = await startServer();
    const table = await openTable(server, 2);
    const ana = await sit(server, table.code, 'Ana');
    expect((await server.api.post(`/api/tables/${table.code}/start`, {}, bearer(table.hostKey))).status).toBe(200);
    const before = await server.store.fetch(table.matchID, { state: true, metadata: true });
    for (const initiative of [repairShop, null]) {
      const late = await server.api.post(`/api/tables/${table.code}/initiative`, { playerID: ana.playerID, credentials: ana.credentials, initiative });
      expect([late.status, late.body.error]).toEqual([409, 'initiativeTooLate']);
    }
    const after = await server.store.fetch(table.matchID, { state: true, metadata: true });
    expect(after.state).toEqual(before.state);
    expect(after.metadata!.players).toEqual(before.metadata!.players);
  });

  it('is refused with another seat’s or no credentials, and nothing changes', async () => {
    server = await startServer();
    const table = await openTable(server, 3);
    const ana = await sit(server, table.code, 'Ana');
    const bo = await sit(server, table.code, 'Bo');
    expect((await server.api.post(`/api/tables/${table.code}/initiative`, { playerID: ana.playerID, credentials: ana.credentials, initiative: repairShop })).status).toBe(200);
    const attempts: Record<string, unknown>[] = [
      { playerID: ana.playerID, credentials: bo.credentials, initiative: energyCoop },
      { playerID: ana.playerID, initiative: null },
      { playerID: '2', credentials: '', initiative: energyCoop },
      { playerID: '7', credentials: ana.credentials, initiative: energyCoop },
      { credentials: ana.credentials, initiative: null },
    ];
    for (const body of attempts) {
      const refused = await server.api.post(`/api/tables/${table.code}/initiative`, body);
      expect([refused.status, refused.body.error], JSON.stringify(body)).toEqual([403, 'badCredentials']);
    }
    const unknown = await server.api.post('/api/tables/ZZZZZZ/initiative', { playerID: ana.playerID, credentials: ana.credentials, initiative: null });
    expect([unknown.status, unknown.body.error]).toEqual([404, 'unknownCode']);
    expect(await seatInitiatives(server, table.code)).toEqual([repairShop.name, null, null]);
    expect((await storedSeat(server, table.matchID, 0)).data).toEqual({ initiative: cleanInitiative(repairShop) });
  });

  it('is refused when it does not fit, with the join’s problem and where it is, and the one brought before stays', async () => {
    server = await startServer();
    // Standard at four players: 7–8 needs (game-content/scenarios.json).
    const table = await openTable(server, 4);
    const ana = await sit(server, table.code, 'Ana');
    const set = (initiative: unknown) => server!.api.post(`/api/tables/${table.code}/initiative`, { playerID: ana.playerID, credentials: ana.credentials, initiative });
    expect((await set(repairShop)).status).toBe(200);
    const cases: [unknown, string, RegExp][] = [
      [{ ...repairShop, needs: { making: 3, resources: 3, identity: 3 } }, '/initiative/needs', /9 needs in all: an initiative has 7–8/],
      [{ ...repairShop, name: '' }, '/initiative/name', /give your initiative a name/],
      [{ ...repairShop, offers: ['making', 'identity', 'dreaming'] }, '/initiative/offers', /"I can offer": choose 1 to 2 patterns/],
      [{ ...repairShop, budget: 99 }, '/initiative/budget', /no field "budget"/],
      ['my garden', '/initiative', /./],
    ];
    for (const [initiative, at, sentence] of cases) {
      const answer = await set(initiative);
      expect(answer.status, JSON.stringify(initiative)).toBe(400);
      expect(answer.body).toMatchObject({ error: 'badInitiative', at });
      expect(answer.body.message).toMatch(sentence);
      expect(answer.body.problem.code).toEqual(expect.any(String));
    }
    expect(await seatInitiatives(server, table.code)).toEqual([repairShop.name, null, null, null]);
    expect((await storedSeat(server, table.matchID, 0)).data).toEqual({ initiative: cleanInitiative(repairShop) });
  });
});
