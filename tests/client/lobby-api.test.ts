/**
 * A table's record asked for ahead (lobby/api.ts): the join page's lookup starts before React
 * renders, a turn notice's seat link asks for its match's table in one request, and a seat link's
 * lookup or a join's answer is handed to the table that opens next.
 * Each is handed over once and only while fresh; every other read asks the server.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handTableOver, lobby, readMatchAhead, readTableAhead, type TableInfo } from '../../src/client/lobby/api.ts';

const record = (code: string, names: (string | null)[]): TableInfo => ({
  code,
  matchID: `match-${code}`,
  scenario: 'standard',
  seats: names.map((name, id) => ({ id, name, connected: name !== null, bot: false })),
  createdAt: 0,
  over: false,
  status: 'waiting',
  listed: false,
});

let asked: string[] = [];
let seats: (string | null)[] = [null, null];

beforeEach(() => {
  asked = [];
  seats = [null, null];
  vi.useFakeTimers();
  vi.stubGlobal('fetch', async (path: string) => {
    asked.push(path);
    // A match's turn: its code (the match IDs here are match-CODE).
    const turn = /^\/api\/matches\/match-([A-Z]+)\/turn$/.exec(path);
    if (turn) return new Response(JSON.stringify({ code: turn[1] }), { status: 200, headers: { 'content-type': 'application/json' } });
    // A match's table: the same record as by its code.
    const table = /^\/api\/matches\/match-([A-Z]+)\/table$/.exec(path);
    const code = table ? table[1] : path.split('/').pop()!;
    return new Response(JSON.stringify(record(code, seats)), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a table record asked for ahead', () => {
  it('is the join page’s first read, and only its first', async () => {
    readTableAhead('ABCDEF');
    expect(asked).toEqual(['/api/tables/ABCDEF']);
    seats = ['Ana', null];
    // The page asks with the code as typed in the link; it gets the answer already on its way.
    expect((await lobby.getTable('abcdef')).seats[0].name).toBeNull();
    expect(asked).toHaveLength(1);
    // A second read is a new question: Ana's arrival shows.
    expect((await lobby.getTable('ABCDEF')).seats[0].name).toBe('Ana');
    expect(asked).toHaveLength(2);
  });

  it('hands a join’s answer to the waiting room, which then needs no request', async () => {
    handTableOver(record('GHJKMN', ['Bo', null]));
    expect((await lobby.getTable('GHJKMN')).seats[0].name).toBe('Bo');
    expect(asked).toEqual([]);
  });

  it('is not handed over once it is stale: the page asks again', async () => {
    handTableOver(record('PQRSTU', ['Bo', null]));
    vi.advanceTimersByTime(5_000);
    seats = ['Bo', 'Cy'];
    expect((await lobby.getTable('PQRSTU')).seats[1].name).toBe('Cy');
    expect(asked).toEqual(['/api/tables/PQRSTU']);
  });

  it('passes a failure on to the page that reads it, not to the console as unhandled', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: 'unknownCode', message: 'no such table' }), { status: 404 }));
    readTableAhead('ZZZZZZ');
    await vi.advanceTimersByTimeAsync(10);
    await expect(lobby.getTable('ZZZZZZ')).rejects.toMatchObject({ code: 'unknownCode' });
  });

  it('for a seat carried without its code, asks for its match’s table once, which gives the table both its code and its record', async () => {
    readMatchAhead('match-VWXYZA');
    expect(asked).toEqual(['/api/matches/match-VWXYZA/table']);
    const { code } = await lobby.turn('match-VWXYZA');
    expect(code).toBe('VWXYZA');
    expect((await lobby.getTable(code)).code).toBe('VWXYZA');
    expect(asked).toHaveLength(1);
    // Read again, each is a new question.
    await lobby.turn('match-VWXYZA');
    expect(asked).toEqual(['/api/matches/match-VWXYZA/table', '/api/matches/match-VWXYZA/turn']);
  });

  it('passes a match that is gone on to the table page as its problem', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: 'unknownMatch', message: 'There is no such table.' }), { status: 404 }));
    readMatchAhead('match-GONE');
    await vi.advanceTimersByTimeAsync(10);
    await expect(lobby.turn('match-GONE')).rejects.toMatchObject({ code: 'unknownMatch' });
  });
});
