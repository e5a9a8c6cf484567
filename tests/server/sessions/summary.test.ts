/**
 * A table on the dashboard: stalled only while it is being played (started, not paused, not
 * over) and no move came for the session's stall time; whose turn it is and since when.
 */
import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { setup } from '../../../src/rules/index.ts';
import type { SessionDoc, SessionTable } from '../../../src/server/sessions/session-doc.ts';
import { summariseTable } from '../../../src/server/sessions/summary.ts';
import type { TableMetadata } from '../../../src/server/storage/store.ts';
import { testDeck } from '../helpers/server.ts';

const MIN = 60_000;
const started = 1_000_000;

function fixture(overrides: Partial<SessionTable> = {}, status: SessionDoc['status'] = 'running') {
  const table: SessionTable = { index: 0, matchID: 'm', code: 'ABCDEF', paused: false, help: null, helpAnswer: null, turn: 1, turnStartedAt: started, lastMoveAt: null, ...overrides };
  const doc = {
    status,
    startedAt: status === 'gathering' ? null : started,
    settings: { stallMinutes: 3 },
    participants: [{ id: 'p', name: 'Ana', initiative: null, keyDigest: 'x', table: 0, seat: 0, joinedAt: 0 }],
    tables: [table],
  } as unknown as SessionDoc;
  const G = setup(testDeck().content, { scenario: 'standard', players: 2, seed: 's' });
  const state = { G, ctx: {} } as unknown as State;
  const metadata = { players: { 0: { id: 0, name: 'Ana', isConnected: true }, 1: { id: 1, name: 'Bot 2', data: { bot: true }, isConnected: true } } } as unknown as TableMetadata;
  return { doc, table, state, metadata };
}

describe('a table on the dashboard', () => {
  it('is stalled after the stall time without a move, and not before', () => {
    const { doc, table, state, metadata } = fixture();
    expect(summariseTable(doc, table, state, metadata, started + 3 * MIN - 1).stalled).toBe(false);
    expect(summariseTable(doc, table, state, metadata, started + 3 * MIN).stalled).toBe(true);
    const moved = fixture({ lastMoveAt: started + 2 * MIN });
    expect(summariseTable(moved.doc, moved.table, moved.state, moved.metadata, started + 4 * MIN).stalled).toBe(false);
  });

  it('is never stalled while paused, before the start, or when over', () => {
    const paused = fixture({ paused: true });
    expect(summariseTable(paused.doc, paused.table, paused.state, paused.metadata, started + 60 * MIN).stalled).toBe(false);
    const gathering = fixture({}, 'gathering');
    expect(summariseTable(gathering.doc, gathering.table, gathering.state, gathering.metadata, started + 60 * MIN).stalled).toBe(false);
    const over = fixture();
    (over.state.G as { outcome: unknown }).outcome = { result: 'won', reason: 'allCases' };
    expect(summariseTable(over.doc, over.table, over.state, over.metadata, started + 60 * MIN)).toMatchObject({ stalled: false, over: true, turn: null });
  });

  it('names whose turn it is and since when, and who is connected', () => {
    const { doc, table, state, metadata } = fixture();
    const s = summariseTable(doc, table, state, metadata, started + MIN);
    const seat = (state.G as { turn: { seat: number } }).turn.seat;
    expect(s.turn).toEqual({ seat, name: seat === 0 ? 'Ana' : 'Bot 2', since: started });
    expect(s.seats).toEqual([
      { seat: 0, name: 'Ana', bot: false, connected: true, participantID: 'p' },
      { seat: 1, name: 'Bot 2', bot: true, connected: true, participantID: null },
    ]);
  });
});
