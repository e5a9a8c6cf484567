/**
 * A workshop session through the real server's API: a facilitator creates it, people join,
 * are seated (balanced, late, beside bots), play; the facilitator pauses, pushes a question,
 * answers a call for help, ends it and reads the harvest; the session survives a restart.
 * The facilitator's key must never appear in anything a participant or a log can see.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveArgs } from '../../../src/game/game.ts';
import { legalMoves } from '../../../src/rules/index.ts';
import type { GameState } from '../../../src/rules/state.ts';
import { onlineClient } from '../../../src/client/table/connect.ts';
import type { CreatedSession, Dashboard, ParticipantView } from '../../../src/protocol/sessions.ts';
import type { Refusal } from '../../../src/protocol/table.ts';
import { startServer, testDeck, until, type ApiAnswer, type TestServer } from '../helpers/server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'soc-sessions-'));
let server: TestServer;
/** Everything a participant (or anyone without the key) was answered, to search for the key. */
const seenByParticipants: string[] = [];

beforeAll(async () => {
  server = await startServer({ PUBLIC_URL: 'https://school.example' }, { dataDir });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

function seen<T>(answer: ApiAnswer<T>): ApiAnswer<T> {
  seenByParticipants.push(JSON.stringify(answer.body), JSON.stringify([...answer.headers]));
  return answer;
}

async function create(body: Record<string, unknown>): Promise<CreatedSession> {
  const res = await server.api.post('/api/sessions', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function enter(code: string, name: string, extra: Record<string, unknown> = {}) {
  const res = seen(await server.api.post(`/api/sessions/join/${code}`, { name, ...extra }));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { sessionID: string; participantID: string; participantKey: string };
}

async function dashboard(s: CreatedSession): Promise<Dashboard> {
  const res = await server.api.get(`/api/sessions/${s.sessionID}`, bearer(s.facilitatorKey));
  expect(res.status).toBe(200);
  return res.body;
}

async function me(sessionID: string, key: string): Promise<ParticipantView> {
  const res = seen(await server.api.get(`/api/sessions/${sessionID}/me`, bearer(key)));
  expect(res.status).toBe(200);
  return res.body;
}

describe('creating a session', () => {
  it('answers 201 with the session, its code, a join link, a facilitator link and key', async () => {
    const s = await create({ title: 'Bootcamp Gent', scenario: 'standard', seatsPerTable: 2, tables: 2, bots: true });
    expect(s.sessionID).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(s.code).toMatch(/^[A-Z]{6}$/);
    expect(s.joinUrl).toBe(`https://school.example/session/${s.code}`);
    // The key travels after '#': a browser never sends it to the server with the page request.
    expect(s.facilitatorUrl).toBe(`https://school.example/facilitate/${s.sessionID}#key=${s.facilitatorKey}`);
    const d = await dashboard(s);
    expect(d.tables).toHaveLength(2);
    for (const t of d.tables) {
      expect(t.matchID).toBeTruthy();
      expect(t.code).toMatch(/^[A-Z]{6}$/);
    }
    expect(d.settings).toMatchObject({ title: 'Bootcamp Gent', seatsPerTable: 2, tables: 2, bots: true, seating: 'auto' });
  });

  it('tells what a table of its scenario and size can expect, its playing length included, as the lobby does', async () => {
    const scenarios = (await server.api.get('/api/scenarios')).body as { id: string; sizes: ({ players: number } & NonNullable<CreatedSession['expected']>)[] }[];
    for (const [scenario, seatsPerTable] of [['standard', 3], ['short', 4]] as const) {
      const { players: _, ...lobby } = scenarios.find((x) => x.id === scenario)!.sizes.find((x) => x.players === seatsPerTable)!;
      expect(lobby.minutes, `${scenario} at ${seatsPerTable} is measured`).toEqual(expect.any(Number));
      const s = await create({ scenario, seatsPerTable, tables: 1 });
      expect(s.expected).toEqual(lobby);
      expect((await dashboard(s)).expected).toEqual(lobby);
      expect((await server.api.get(`/api/sessions/join/${s.code}`)).body.expected).toEqual(lobby);
    }
  });

  it('refuses bad settings with a JSON error', async () => {
    for (const [body, code] of [
      [{ scenario: 'nope' }, 'unknownScenario'],
      [{ seatsPerTable: 9 }, 'badSeats'],
      [{ tables: 0 }, 'badTables'],
      [{ seating: 'random' }, 'badSeating'],
      [{ title: 'x'.repeat(200) }, 'badText'],
    ] as const) {
      const res = await server.api.post('/api/sessions', body);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe(code);
      expect(typeof res.body.message).toBe('string');
    }
  });

  it('answers the dashboard only to the facilitator key: 401 without, 403 with a wrong one or a participant key', async () => {
    const s = await create({ seatsPerTable: 2, tables: 1 });
    const p = await enter(s.code, 'Ana');
    const none = seen(await server.api.get(`/api/sessions/${s.sessionID}`));
    expect(none.status).toBe(401);
    expect(none.body.error).toBe('facilitatorKeyRequired');
    for (const key of ['wrong', s.facilitatorKey.slice(0, -1) + (s.facilitatorKey.endsWith('A') ? 'B' : 'A'), p.participantKey]) {
      for (const path of ['', '/harvest', '/harvest.csv', '/events', '/tables/0/replay']) {
        const res = seen(await server.api.get(`/api/sessions/${s.sessionID}${path}`, bearer(key)));
        expect(res.status, path).toBe(403);
        expect(res.body).toEqual({ error: 'badFacilitatorKey', message: expect.any(String) });
      }
      const pause = seen(await server.api.post(`/api/sessions/${s.sessionID}/pause`, {}, bearer(key)));
      expect(pause.status).toBe(403);
    }
    // An unknown session answers like a wrong key: nothing tells whether it exists.
    const unknown = await server.api.get('/api/sessions/AAAAAAAAAAAAAAAA', bearer(s.facilitatorKey));
    expect(unknown.status).toBe(403);
  });

  it('keeps session tables out of the public table list and their seats out of direct joins', async () => {
    const s = await create({ seatsPerTable: 2, tables: 1 });
    const d = await dashboard(s);
    const list = await server.api.get('/api/tables');
    expect(list.body.map((t: { matchID: string }) => t.matchID)).not.toContain(d.tables[0].matchID);
    const direct = await server.api.post(`/api/tables/${d.tables[0].code}/join`, { name: 'Sneaky' });
    expect(direct.status).toBe(403);
    expect(direct.body.error).toBe('sessionTable');
  });
});

describe('a session played', () => {
  it('seats people balanced, gives empty seats to bots at the start, seats a late arrival, paces, helps, harvests', async () => {
    const s = await create({ title: 'Pace', seatsPerTable: 3, tables: 2, bots: true, initiatives: true });
    const invitation = seen(await server.api.get(`/api/sessions/join/${s.code.toLowerCase()}`));
    expect(invitation.body).toMatchObject({ sessionID: s.sessionID, title: 'Pace', status: 'gathering', initiatives: true, seating: 'auto' });
    const ana = await enter(s.code, 'Ana', { initiative: 'Repair café in Gent' });
    const bo = await enter(s.code, 'Bo', { initiative: 'Energy cooperative' });
    const chen = await enter(s.code, 'Chen');
    let d = await dashboard(s);
    expect(d.participants.map((p) => [p.name, p.table])).toEqual([['Ana', 0], ['Bo', 1], ['Chen', 0]]);
    expect(d.participants[0].initiative).toBe('Repair café in Gent');
    expect((await me(s.sessionID, ana.participantKey)).table).toBeNull();

    expect((await server.api.post(`/api/sessions/${s.sessionID}/start`, undefined, bearer(s.facilitatorKey))).status).toBe(200);
    d = await dashboard(s);
    expect(d.status).toBe('running');
    expect(d.tables[0].seats.map((x) => [x.name, x.bot])).toEqual([['Ana', false], ['Chen', false], ['Bot 3', true]]);
    expect(d.tables[1].seats.map((x) => [x.name, x.bot])).toEqual([['Bo', false], ['Bot 2', true], ['Bot 3', true]]);

    // A late arrival takes a bot's seat at the table with fewer people.
    const dee = await enter(s.code, 'Dee');
    d = await dashboard(s);
    expect(d.tables[1].seats.map((x) => x.name)).toEqual(['Bo', 'Dee', 'Bot 3']);
    const deeView = await me(s.sessionID, dee.participantKey);
    expect(deeView.table).toMatchObject({ index: 1, playerID: '1', matchID: d.tables[1].matchID });

    // Ana plays with her participant key as the seat's credentials.
    const anaView = await me(s.sessionID, ana.participantKey);
    expect(anaView.table).toMatchObject({ index: 0, playerID: '0' });
    // The table client as the browser makes it: refusals reach it through its channel.
    const client = onlineClient(testDeck().content, { server: server.url, matchID: anaView.table!.matchID, playerID: '0', credentials: ana.participantKey });
    const refusals: Refusal[] = [];
    client.channel.onRefused((r) => refusals.push(r));
    client.start();
    await until('Ana synced', () => client.getState());
    const play = () => {
      const state = client.getState()!;
      const move = legalMoves(testDeck().content, state.G as GameState, 0).find((m) => m.type !== 'endTurn')!;
      (client.moves as Record<string, (a: unknown) => void>)[move.type](moveArgs(move));
      return state._stateID;
    };

    // Pause all: the move is refused with the reason "paused"; after resume it is accepted.
    expect((await server.api.post(`/api/sessions/${s.sessionID}/pause`, {}, bearer(s.facilitatorKey))).status).toBe(200);
    expect((await me(s.sessionID, ana.participantKey)).paused).toBe(true);
    expect((await dashboard(s)).tables.every((t) => t.paused)).toBe(true);
    const before = play();
    await until('the paused move refused', () => refusals.length > 0);
    expect(refusals[0]).toEqual({ what: 'update', reason: 'paused' });
    expect((await server.store.fetch(anaView.table!.matchID, { state: true })).state._stateID).toBe(before);
    await server.api.post(`/api/sessions/${s.sessionID}/resume`, {}, bearer(s.facilitatorKey));
    play();
    await until('the move accepted after resume', async () => (await server.store.fetch(anaView.table!.matchID, { state: true })).state._stateID > before);
    await until('the dashboard knows the move', async () => (await dashboard(s)).tables[0].lastMoveAt !== null);
    client.stop();

    // Countdown, broadcast, a question answered with notes, a call for help answered.
    await server.api.post(`/api/sessions/${s.sessionID}/countdown`, { seconds: 300, label: 'Plenary' }, bearer(s.facilitatorKey));
    await server.api.post(`/api/sessions/${s.sessionID}/broadcast`, { text: 'Ten minutes left' }, bearer(s.facilitatorKey));
    const asked = await server.api.post(`/api/sessions/${s.sessionID}/questions`, { text: 'What did you give away?' }, bearer(s.facilitatorKey));
    const questionID = asked.body.questionID as string;
    let view = await me(s.sessionID, bo.participantKey);
    expect(view.countdown?.label).toBe('Plenary');
    expect(view.countdown!.endsAt - view.serverNow).toBeGreaterThan(290_000);
    expect(view.broadcast?.text).toBe('Ten minutes left');
    expect(view.question).toMatchObject({ id: questionID, text: 'What did you give away?' });
    expect(seen(await server.api.post(`/api/sessions/${s.sessionID}/me/notes`, { questionID, text: 'Our time,\nand a drill.' }, bearer(bo.participantKey))).status).toBe(200);
    expect((await me(s.sessionID, dee.participantKey)).notes).toBe('Our time,\nand a drill.');

    expect(seen(await server.api.post(`/api/sessions/${s.sessionID}/me/help`, { text: 'How does teaching work?' }, bearer(chen.participantKey))).status).toBe(200);
    d = await dashboard(s);
    expect(d.tables[0].help).toMatchObject({ by: 'Chen', text: 'How does teaching work?' });
    expect((await me(s.sessionID, ana.participantKey)).help).toEqual({ pending: true, answer: null });
    await server.api.post(`/api/sessions/${s.sessionID}/help/answer`, { table: 0, text: 'Coming!' }, bearer(s.facilitatorKey));
    expect((await dashboard(s)).tables[0].help).toBeNull();
    expect((await me(s.sessionID, ana.participantKey)).help).toEqual({ pending: false, answer: 'Coming!' });

    // The harvest: JSON and CSV.
    const harvest = await server.api.get(`/api/sessions/${s.sessionID}/harvest`, bearer(s.facilitatorKey));
    expect(harvest.status).toBe(200);
    expect(harvest.body.tables).toHaveLength(2);
    expect(harvest.body.tables[1].notes).toEqual([{ questionID, question: 'What did you give away?', text: 'Our time,\nand a drill.' }]);
    expect(harvest.body.tables[0].players[0]).toMatchObject({ name: 'Ana', initiative: 'Repair café in Gent' });
    expect(harvest.body.questions[0].answers).toEqual([{ table: 1, text: 'Our time,\nand a drill.' }]);
    const csv = await server.api.get(`/api/sessions/${s.sessionID}/harvest.csv`, bearer(s.facilitatorKey));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('"Our time,\nand a drill."');
    expect(csv.body).toContain('Repair café in Gent');

    const replay = await server.api.get(`/api/sessions/${s.sessionID}/tables/0/replay`, bearer(s.facilitatorKey));
    expect(replay.status).toBe(200);
    expect(replay.body[0].moves.length).toBeGreaterThan(0);

    // Ending stops every table.
    await server.api.post(`/api/sessions/${s.sessionID}/end`, undefined, bearer(s.facilitatorKey));
    d = await dashboard(s);
    expect(d.status).toBe('ended');
    expect(d.tables.every((t) => t.ended)).toBe(true);
    const late = seen(await server.api.post(`/api/sessions/join/${s.code}`, { name: 'Eve' }));
    expect(late.status).toBe(410);
  });

  it('opens tables as people arrive', async () => {
    const s = await create({ seatsPerTable: 2, tables: null });
    for (const name of ['A', 'B', 'C', 'D', 'E']) await enter(s.code, name);
    const d = await dashboard(s);
    expect(d.tables).toHaveLength(3);
    expect(d.participants.map((p) => p.table)).toEqual([0, 0, 1, 1, 2]);
  });

  it('lets people choose their table, or the facilitator arrange them before the start', async () => {
    const self = await create({ seatsPerTable: 2, tables: 2, seating: 'self' });
    const a = await enter(self.code, 'A', { table: 1 });
    await enter(self.code, 'B', { table: 1 });
    const full = seen(await server.api.post(`/api/sessions/join/${self.code}`, { name: 'C', table: 1 }));
    expect(full.status).toBe(409);
    expect(full.body.error).toBe('tableFull');
    expect(seen(await server.api.post(`/api/sessions/${self.sessionID}/me/table`, { table: 0 }, bearer(a.participantKey))).status).toBe(200);
    expect((await dashboard(self)).participants.map((p) => p.table)).toEqual([0, 1]);

    const arranged = await create({ seatsPerTable: 2, tables: 2, seating: 'arranged' });
    const x = await enter(arranged.code, 'X');
    await enter(arranged.code, 'Y');
    expect((await dashboard(arranged)).participants.map((p) => p.table)).toEqual([null, null]);
    expect((await server.api.post(`/api/sessions/${arranged.sessionID}/arrange`, { participantID: x.participantID, table: 1 }, bearer(arranged.facilitatorKey))).status).toBe(200);
    await server.api.post(`/api/sessions/${arranged.sessionID}/start`, undefined, bearer(arranged.facilitatorKey));
    const d = await dashboard(arranged);
    expect(d.participants.map((p) => [p.table, p.seat])).toEqual([[1, 0], [0, 0]]);
  });

  it('lets the facilitator read each table’s chat, and nobody else through the session', async () => {
    const s = await create({ seatsPerTable: 2, tables: 1 });
    const ana = await enter(s.code, 'Ana');
    await enter(s.code, 'Bo');
    await server.api.post(`/api/sessions/${s.sessionID}/start`, undefined, bearer(s.facilitatorKey));
    const me = seen(await server.api.get(`/api/sessions/${s.sessionID}/me`, bearer(ana.participantKey))).body as ParticipantView;
    const said = await server.api.post(`/api/matches/${me.table!.matchID}/chat`, { playerID: me.table!.playerID, credentials: ana.participantKey, text: 'Wie wil de moestuin doen?' });
    expect(said.status).toBe(201);
    const chat = await server.api.get(`/api/sessions/${s.sessionID}/tables/0/chat`, bearer(s.facilitatorKey));
    expect(chat.status).toBe(200);
    expect(chat.body.map((m: { name: string; body: string }) => [m.name, m.body])).toEqual([['Ana', 'Wie wil de moestuin doen?']]);
    expect(seen(await server.api.get(`/api/sessions/${s.sessionID}/tables/0/chat`, bearer(ana.participantKey))).status).toBe(403);
    expect(seen(await server.api.get(`/api/sessions/${s.sessionID}/tables/0/chat`)).status).toBe(401);
    expect((await server.api.get(`/api/sessions/${s.sessionID}/tables/7/chat`, bearer(s.facilitatorKey))).body.error).toBe('unknownTable');
  });

  it('never shows the facilitator key to participants or in the log, and survives a restart', async () => {
    const s = await create({ title: 'Restart', seatsPerTable: 2, tables: 1 });
    const p = await enter(s.code, 'Ana');
    await me(s.sessionID, p.participantKey);
    const all = seenByParticipants.join('\n');
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(s.facilitatorKey);
    expect(all).not.toMatch(/keyDigest|sha256:/);
    expect(server.logs()).not.toContain(s.facilitatorKey);
    expect(server.logs()).not.toContain(p.participantKey);

    await server.close();
    server = await startServer({ PUBLIC_URL: 'https://school.example' }, { dataDir });
    const d = await dashboard(s);
    expect(d.settings.title).toBe('Restart');
    expect(d.participants.map((x) => x.name)).toEqual(['Ana']);
    expect((await me(s.sessionID, p.participantKey)).me.name).toBe('Ana');
  });
});
