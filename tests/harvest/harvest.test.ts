/** The harvest tells the story of a match: from its state, from its record, as files. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heuristicBot } from '../../src/bots/index.ts';
import { harvestCsv, harvestJson, parseCsv, CSV_COLUMNS } from '../../src/harvest/export.ts';
import { harvest, harvestRecord, HARVEST_FORMAT } from '../../src/harvest/harvest.ts';
import { RECORD_FORMAT, replay, type MatchRecord } from '../../src/record/record.ts';
import { legalMoves, play, publicView, setup, type Move } from '../../src/rules/index.ts';
import type { GameState, Seat } from '../../src/rules/state.ts';
import { seededRandom } from '../../src/bots/types.ts';
import { content } from '../helpers/table.ts';

/** A whole game played by the heuristic bot; reflections get a note from `noteFor`. */
function botGame(seed: string, players: number, noteFor: (i: number) => string | undefined = () => undefined): { state: GameState; record: MatchRecord } {
  const c = content();
  const state = setup(c, { scenario: 'standard', players, seed });
  const random = seededRandom(`bot:${seed}`);
  const moves: { seat: Seat; move: Move }[] = [];
  let pauses = 0;
  while (!state.outcome) {
    const seat = state.turn.seat;
    let move = heuristicBot(c, state, seat, random)!;
    if (move.type === 'reflect') {
      const note = noteFor(pauses++);
      if (note !== undefined) move = { type: 'reflect', note };
    }
    expect(play(c, state, seat, move)).toBeNull();
    moves.push({ seat, move });
  }
  return { state, record: { format: RECORD_FORMAT, scenario: 'standard', players, seed, moves } };
}

describe('the harvest of a match', () => {
  const { state, record } = botGame('harvest-1', 3, (i) => (i % 2 === 0 ? `We talked, pause ${i + 1}, about "trust".` : undefined));
  const h = harvest(content(), state, { names: ['Ann', 'Bert', ''] });

  it('has a timeline from the set-up to the last round, one row a round', () => {
    expect(h.format).toBe(HARVEST_FORMAT);
    expect(h.timeline.map((r) => r.round)).toEqual(Array.from({ length: state.turn.round + 1 }, (_, i) => i));
    const last = h.timeline.at(-1)!;
    expect([last.trust, last.crisis, last.commons]).toEqual([state.trust, state.crisis, state.commons.length]);
    expect(h.timeline[0].crisis).toBe(0);
    for (const r of h.timeline) {
      expect(r.pressure).toBeLessThanOrEqual(h.limits.pressure);
      expect(r.crisis).toBeLessThanOrEqual(h.limits.crisis);
    }
  });

  it('marks every breakdown and commons in the round it happened', () => {
    expect(h.timeline.flatMap((r) => r.breakdowns)).toEqual(state.stats.breakdowns.map((b) => b.place));
    for (const b of state.stats.breakdowns) expect(h.timeline[b.round].breakdowns).toContain(b.place);
    expect(h.timeline.flatMap((r) => r.commonsMade)).toEqual(state.commons);
    expect(h.totals.breakdowns).toBe(state.stats.breakdowns.length);
  });

  it('draws the exchange network from every teach, share and co-creation', () => {
    const teaches = h.network.filter((l) => l.kind === 'teach');
    expect(Object.fromEntries(teaches.map((l) => [`${l.from}>${l.to}`, l.count]))).toEqual(state.stats.taught);
    const counted = (kind: string) => record.moves.filter((m) => m.move.type === kind).length;
    expect([h.totals.teach, h.totals.share, h.totals.coCreate]).toEqual([counted('teach'), counted('share'), counted('coCreate')]);
    for (const l of h.network) expect(Object.values(l.patterns).reduce((a, b) => a + b!, 0)).toBe(l.count);
    const gave = h.players.reduce((a, p) => a + p.gave.teach + p.gave.share + p.gave.coCreate, 0);
    const received = h.players.reduce((a, p) => a + p.received.teach + p.received.share + p.received.coCreate, 0);
    expect(gave).toBe(received);
    expect(gave).toBe(h.totals.teach + h.totals.share + h.totals.coCreate);
  });

  it('tells each player with their name, role and case', () => {
    expect(h.players.map((p) => p.name)).toEqual(['Ann', 'Bert', null]);
    expect(h.players.map((p) => p.role)).toEqual(state.players.map((p) => p.role));
    expect(h.players.map((p) => p.case)).toEqual(state.cases.map((c) => c.id));
  });

  it('says how far each case got', () => {
    for (const c of h.cases) {
      expect(c.progress).toBeGreaterThanOrEqual(0);
      expect(c.progress).toBeLessThanOrEqual(1);
      if (c.done) expect(c.progress).toBe(1);
    }
    const met = state.cases.reduce((a, c) => a + Object.values(c.met).reduce((x, y) => x + y!, 0), 0);
    // Every need met was met by an apply (one seat) or a co-creation (two seats).
    const helped = h.players.reduce((a, p) => a + Object.values(p.needsMet).reduce((x, y) => x + y, 0), 0);
    expect(helped).toBe(met + h.totals.coCreate);
  });

  it('keeps the notes in order, and the pauses the table skipped', () => {
    const reflects = record.moves.filter((m) => m.move.type === 'reflect');
    expect(reflects.length).toBeGreaterThan(1);
    expect(h.notes).toHaveLength(reflects.length);
    expect(h.notes.map((n) => n.note)).toEqual(reflects.map((_, i) => (i % 2 === 0 ? `We talked, pause ${i + 1}, about "trust".` : null)));
    expect(h.totals.notesWritten).toBe(Math.ceil(reflects.length / 2));
  });

  it('names the turning points in the order they happened, ending with the outcome', () => {
    const rounds = h.turningPoints.map((m) => m.round);
    expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
    expect(h.turningPoints.at(-1)).toMatchObject({ kind: 'outcome', result: state.outcome!.result });
    expect(h.turningPoints.filter((m) => m.kind === 'commons')).toHaveLength(state.commons.length);
  });

  it('is the same from the state, the public view and the replayed record', () => {
    expect(harvest(content(), publicView(state))).toEqual(harvest(content(), state));
    expect(harvestRecord(content(), record, { names: ['Ann', 'Bert', ''] })).toEqual(h);
  });

  it('downloads as JSON and CSV that read back to the same facts', () => {
    expect(JSON.parse(harvestJson(h))).toEqual(h);
    const rows = parseCsv(harvestCsv(h));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const notes = rows.filter((r) => r[0] === 'note');
    expect(notes.map((r) => r[6] || null)).toEqual(h.notes.map((n) => n.note));
    const trust = rows.filter((r) => r[0] === 'timeline' && r[4] === 'trust').map((r) => Number(r[5]));
    expect(trust).toEqual(h.timeline.map((r) => r.trust));
    const teach = rows.filter((r) => r[0] === 'exchange' && r[4] === 'teach').reduce((a, r) => a + Number(r[5]), 0);
    expect(teach).toBe(h.totals.teach);
  });
});

describe('a harvest over any game', () => {
  it('keeps its rounds in order and its exchanges equal to the moves made', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 4 }), (n, players) => {
        const c = content();
        const state = setup(c, { scenario: 'standard', players, seed: `p${n}` });
        const pick = seededRandom(`pick${n}`);
        let exchanges = 0;
        for (let i = 0; i < 400 && !state.outcome; i++) {
          const options = legalMoves(c, state, state.turn.seat);
          const move = options[Math.floor(pick() * options.length)];
          if (move.type === 'teach' || move.type === 'share' || move.type === 'coCreate') exchanges++;
          play(c, state, state.turn.seat, move);
        }
        const h = harvest(c, state);
        const rounds = h.timeline.map((r) => r.round);
        expect(rounds[0]).toBe(0);
        rounds.forEach((r, i) => i > 0 && expect(r).toBe(rounds[i - 1] + 1));
        expect(h.network.reduce((a, l) => a + l.count, 0)).toBe(exchanges);
      }),
      { numRuns: 12 },
    );
  });
});

describe('notes at reflection pauses', () => {
  it('change nothing in the rules: a replay with notes reaches the same table', () => {
    const plain = botGame('notes-1', 2);
    const noted: MatchRecord = {
      ...plain.record,
      moves: plain.record.moves.map((m, i) => (m.move.type === 'reflect' ? { ...m, move: { type: 'reflect', note: `note ${i}` } } : m)),
    };
    const a = replay(content(), plain.record);
    const b = replay(content(), noted);
    const rules = ({ events: _e, chronicle: _c, ...rest }: GameState) => rest;
    expect(rules(b)).toEqual(rules(a));
    expect(b.chronicle.notes.map((n) => n.note)).toEqual(noted.moves.flatMap((m, i) => (m.move.type === 'reflect' ? [`note ${i}`] : [])));
  });

  it('are refused when too long or not text, and an empty note counts as skipped', () => {
    const c = content();
    const { record } = botGame('notes-2', 2);
    const at = record.moves.findIndex((m) => m.move.type === 'reflect');
    const state = replay(c, { ...record, moves: record.moves.slice(0, at) });
    const seat = state.turn.seat;
    expect(play(c, state, seat, { type: 'reflect', note: 'x'.repeat(601) })).toBe('noteTooLong');
    expect(play(c, state, seat, { type: 'reflect', note: 42 as unknown as string })).toBe('badArguments');
    expect(state.turn.stage).toBe('reflection');
    expect(play(c, state, seat, { type: 'reflect', note: '   \n ' })).toBeNull();
    expect(state.chronicle.notes.at(-1)!.note).toBeNull();
  });
});
