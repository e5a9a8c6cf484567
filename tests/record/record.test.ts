/** Match records replay to the same state; broken records are refused with a clear message. */
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseRecord, RECORD_FORMAT, RecordError, replay, sealRecord, type MatchRecord } from '../../src/record/record.ts';
import { hashState, setup } from '../../src/rules/index.ts';
import { chooser, content, randomGame, type Table } from '../helpers/table.ts';
import { table } from '../helpers/table.ts';

function recordOf(t: Table, moves: MatchRecord['moves'], seed: string, players: number): MatchRecord {
  return { format: RECORD_FORMAT, scenario: 'standard', players, seed, moves };
}

describe('match records', () => {
  it('replay a random game to the very same state', () => {
    const t = table({ players: 3, seed: 'record-1' });
    const moves = randomGame(t, chooser(7));
    const record = sealRecord(content(), recordOf(t, moves, 'record-1', 3));
    expect(record.final!.hash).toBe(hashState(t.state));
    expect(hashState(replay(content(), parseRecord(JSON.stringify(record))))).toBe(record.final!.hash);
  });

  it('name the first move the rules refuse', () => {
    const record: MatchRecord = { format: RECORD_FORMAT, scenario: 'standard', players: 2, seed: 's', moves: [{ seat: 1, move: { type: 'care' } }] };
    expect(() => replay(content(), record)).toThrow(/move 1 .* refused: notYourTurn/);
  });

  it('refuse text that is not a record', () => {
    expect(() => parseRecord('{')).toThrow(RecordError);
    expect(() => parseRecord('{"format":"other"}')).toThrow(/format/);
    expect(() => parseRecord(JSON.stringify({ format: RECORD_FORMAT }))).toThrow(/scenario/);
  });

  it('start from the setup their seed gives', () => {
    const a = setup(content(), { scenario: 'standard', players: 2, seed: 'x' });
    const b = replay(content(), { format: RECORD_FORMAT, scenario: 'standard', players: 2, seed: 'x', moves: [] });
    expect(hashState(b)).toBe(hashState(a));
  });
});

describe('the recorded matches in tests/fixtures/matches', () => {
  const dir = 'tests/fixtures/matches';
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('include a win, a loss and a match with every kind of move', () => {
    const records = files.map((f) => parseRecord(readFileSync(`${dir}/${f}`, 'utf8')));
    expect(records.some((r) => r.final?.outcome?.result === 'won')).toBe(true);
    expect(records.some((r) => r.final?.outcome?.result === 'lost')).toBe(true);
    const types = new Set(records.flatMap((r) => r.moves.map((m) => m.move.type)));
    for (const type of ['travel', 'study', 'share', 'teach', 'apply', 'coCreate', 'care', 'spendTrust', 'endTurn', 'discard', 'reflect']) {
      expect(types.has(type as never), type).toBe(true);
    }
  });

  it.each(files)('%s replays to its sealed hash, twice, through `npm run replay`', (file) => {
    const record = parseRecord(readFileSync(`${dir}/${file}`, 'utf8'));
    const run = () => execFileSync('npx', ['tsx', 'src/tools/replay.ts', `${dir}/${file}`], { encoding: 'utf8' }).trim().split('\n').at(-1);
    const first = run();
    expect(first).toBe(record.final!.hash);
    expect(run()).toBe(first);
  });
});
