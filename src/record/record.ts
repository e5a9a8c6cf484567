/**
 * Match records: a match is fully described by (content, scenario, players, seed, moves), so
 * that is all a record holds. Replaying one re-runs the rules core and must reach the same
 * state, byte for byte, on any machine.
 */
import type { Content } from '../content/content.ts';
import { hashState, play, setup, type Move } from '../rules/index.ts';
import type { OwnInitiative } from '../rules/own-case.ts';
import type { GameState, Seat } from '../rules/state.ts';

export const RECORD_FORMAT = 'school-of-commons/match@1';

export interface MatchRecord {
  format: typeof RECORD_FORMAT;
  scenario: string;
  players: number;
  seed: string;
  /** Roles and cases chosen by the table, one per seat (left out: dealt with the seed). */
  roles?: string[];
  cases?: string[];
  /** Players' own initiatives by seat (null: a deck case). */
  own?: (OwnInitiative | null)[];
  /** Every move in order, with the seat that made it. */
  moves: { seat: Seat; move: Move }[];
  /** What the match came to, for checking a replay: the final state's hash. */
  final?: { hash: string; outcome: GameState['outcome'] };
}

export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

export function parseRecord(text: string): MatchRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new RecordError(`not a JSON match record: ${(err as Error).message}`);
  }
  const r = data as Partial<MatchRecord>;
  if (typeof r !== 'object' || r === null || r.format !== RECORD_FORMAT) {
    throw new RecordError(`not a match record: "format" must be "${RECORD_FORMAT}"`);
  }
  if (typeof r.scenario !== 'string' || typeof r.seed !== 'string' || !Number.isInteger(r.players) || !Array.isArray(r.moves)) {
    throw new RecordError('a match record needs "scenario", "players", "seed" and "moves"');
  }
  return r as MatchRecord;
}

/**
 * Replays a record. Calls `onStep` after setup (index -1) and after every move. Throws
 * RecordError naming the first move the rules refuse.
 */
export function replay(content: Content, record: MatchRecord, onStep?: (state: GameState, index: number) => void): GameState {
  const state = setup(content, { scenario: record.scenario, players: record.players, seed: record.seed, roles: record.roles, cases: record.cases, own: record.own });
  onStep?.(state, -1);
  record.moves.forEach(({ seat, move }, i) => {
    const reason = play(content, state, seat, move);
    if (reason) throw new RecordError(`move ${i + 1} (${JSON.stringify(move)} by seat ${seat}) is refused: ${reason}`);
    onStep?.(state, i);
  });
  return state;
}

/** Finishes a record with the hash and outcome of the state its moves lead to. */
export function sealRecord(content: Content, record: MatchRecord): MatchRecord {
  const state = replay(content, record);
  return { ...record, final: { hash: hashState(state), outcome: state.outcome } };
}
