/**
 * Decks have versions: a table remembers the deck it was opened with (version and content
 * hash) in its stored record, and GET /api/decks/outcomes counts real play per deck version
 * beside the simulator's figures for the deck the server plays.
 */
import type { State } from 'boardgame.io';
import { afterEach, describe, expect, it } from 'vitest';
import { hashDeck } from '../../../src/content/deck-identity.ts';
import type { GameState, Outcome } from '../../../src/rules/state.ts';
import type { DeckOutcomes } from '../../../src/server/lobby/deck-outcomes.ts';
import type { TableMetadata } from '../../../src/server/storage/store.ts';
import { startServer, testDeck, until, type TestServer } from '../helpers/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function openTable(s: TestServer, seats = 2): Promise<string> {
  const created = await s.api.post('/api/tables', { scenario: 'standard', seats });
  expect(created.status).toBe(201);
  return created.body.matchID as string;
}

/** Ends a stored match the way the game master does: the outcome in G and ctx, the metadata's gameover. */
async function endMatch(s: TestServer, matchID: string, outcome: Outcome, round: number, turn: number) {
  const { state, metadata } = (await s.store.fetch(matchID, { state: true, metadata: true })) as { state: State<GameState>; metadata: TableMetadata };
  const G: GameState = { ...state.G, outcome, turn: { ...state.G.turn, round, number: turn } };
  await s.store.setState(matchID, { ...state, G, ctx: { ...state.ctx, gameover: outcome }, _stateID: state._stateID + 1 });
  await s.store.setMetadata(matchID, { ...metadata, gameover: outcome, updatedAt: Date.now() });
}

describe('a deck version in the match record', () => {
  it('stores the deck’s version and content hash with every new table, in the SQLite file', async () => {
    server = await startServer({ DECK_SIM_GAMES: '0' });
    const matchID = await openTable(server);
    const row = server.store['open']().prepare('SELECT metadata FROM matches WHERE id = ?').get(matchID) as { metadata: string };
    const stored = JSON.parse(row.metadata) as TableMetadata;
    const raw = testDeck().content.raw;
    expect(stored.deck).toEqual({ version: raw.scenarios.version ?? 'unversioned', hash: hashDeck(raw) });
    expect(stored.deck?.hash).toMatch(/^sha256:[0-9a-f]{16}$/);
  });
});

describe('GET /api/decks/outcomes', () => {
  it('counts a won and a lost finished match and an unfinished one, beside the simulator', async () => {
    server = await startServer({ DECK_SIM_GAMES: '2' });
    const won = await openTable(server);
    const lost = await openTable(server);
    await openTable(server);
    await openTable(server, 3);
    await endMatch(server, won, { result: 'won', reason: 'allCases' }, 7, 14);
    await endMatch(server, lost, { result: 'lost', reason: 'crisis' }, 5, 9);

    const answer = await until('the simulator to finish', async () => {
      const got = await server!.api.get<DeckOutcomes>('/api/decks/outcomes');
      return got.body.rows.find((r) => r.simulator)?.simulator?.status === 'ready' && got;
    });
    expect(answer.status).toBe(200);
    const { deck, rows } = answer.body;
    expect(deck).toEqual({ version: testDeck().content.raw.scenarios.version ?? 'unversioned', hash: hashDeck(testDeck().content.raw) });
    const two = rows.find((r) => r.players === 2)!;
    expect(two).toMatchObject({ version: deck.version, hash: deck.hash, current: true, scenario: 'standard' });
    expect(two.real).toEqual({ played: 3, finished: 2, won: 1, lost: 1, winRate: 0.5, meanRounds: 6, meanTurns: 11.5, lossCauses: { crisis: 1 } });
    const three = rows.find((r) => r.players === 3)!;
    expect(three.real).toMatchObject({ played: 1, finished: 0, winRate: null, meanRounds: null });
    // The simulator plays standard at four seats: a row of its own while no real table had four.
    const four = rows.find((r) => r.players === 4)!;
    expect(four.real.played).toBe(0);
    expect(four.simulator).toMatchObject({ status: 'ready', games: 2, done: 2, bot: 'heuristic' });
    expect(four.simulator!.winRate).toBeGreaterThanOrEqual(0);
    expect(four.simulator!.meanRounds).toBeGreaterThan(0);

    for (const lang of ['nl', 'en']) {
      const page = await fetch(`${server.url}/decks/outcomes?lang=${lang}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(deck.hash);
      expect(html).toContain(lang === 'nl' ? 'Uitkomsten per deckversie' : 'Outcomes per deck version');
      expect(html).toContain('50 %');
    }
  });
});
