/**
 * Nothing a player sends makes the server write outside its JSON log: boardgame.io's own
 * "ERROR: invalid move …" line for a move the rules refuse goes to the logger (debug), not to
 * stderr.
 */
import type { State } from 'boardgame.io';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GameState } from '../../src/rules/state.ts';
import { seatedSocket, startServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('a move the rules refuse', () => {
  it('is refused with no line on stderr or stdout, and logged as JSON', async () => {
    const { t, p, seat, state } = await seatedSocket(server);
    const errors = vi.spyOn(console, 'error');
    const logs = vi.spyOn(console, 'log');
    const warnings = vi.spyOn(console, 'warn');
    try {
      // Travelling to where one already is: a well-formed move the rules refuse.
      const here = (state.G as GameState).players[seat].place;
      const update = { type: 'MAKE_MOVE', payload: { type: 'travel', args: [{ to: here }], playerID: String(seat), credentials: t.seats[seat].credentials } };
      p.socket.emit('update', update, state._stateID, t.matchID, String(seat));
      const [, refusal] = (await p.next('refused')) as [string, { reason: string }];
      expect(refusal.reason).toBe('illegal');
      expect(errors).not.toHaveBeenCalled();
      expect(logs).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      logs.mockRestore();
      warnings.mockRestore();
      p.close();
    }
    const said = server.logs().split('\n').filter((l) => l.includes('boardgame.io said')).map((l) => JSON.parse(l) as { said: string; matchID: string });
    expect(said.some((l) => l.matchID === t.matchID && l.said.includes('invalid move'))).toBe(true);
    expect(((await server.store.fetch(t.matchID, { state: true })).state as State)._stateID).toBe(state._stateID);
  });
});
