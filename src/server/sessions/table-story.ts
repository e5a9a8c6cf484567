/**
 * A table's story from its stored log: the moves that stand (an UNDO takes the last one back,
 * a REDO puts it again), and from them a replay through the rules core, turn by turn, for the
 * debrief. The log holds only what players did; the match seed (state.G.secret, never sent to
 * a client) makes the replay deal the same cards.
 */
import type { LogEntry } from 'boardgame.io';
import type { Content } from '../../content/content.ts';
import type { SetupData } from '../../game/game.ts';
import type { ReplayStep } from '../../protocol/sessions.ts';
import { RECORD_FORMAT, replay } from '../../record/record.ts';
import type { Move } from '../../rules/moves-types.ts';
import type { GameState, Seat } from '../../rules/state.ts';
import { hashState } from '../../rules/hash.ts';
import { totalPressure } from './summary.ts';

class ReplayDivergedError extends Error {
  constructor() {
    super('the replayed log does not reach the stored state');
    this.name = 'ReplayDivergedError';
  }
}

export interface StandingMove {
  seat: Seat;
  move: Move;
}

/** The moves of a log that stand, in order. */
export function standingMoves(log: LogEntry[]): StandingMove[] {
  const done: StandingMove[] = [];
  let undone: StandingMove[] = [];
  for (const entry of log) {
    const action = entry.action as { type: string; payload?: { type?: string; args?: unknown[]; playerID?: string } };
    if (action.type === 'MAKE_MOVE' && action.payload?.type) {
      const args = (action.payload.args?.[0] ?? {}) as Record<string, unknown>;
      done.push({ seat: Number(action.payload.playerID), move: { ...args, type: action.payload.type } as Move });
      undone = [];
    } else if (action.type === 'UNDO' && done.length > 0) {
      undone.unshift(done.pop()!);
    } else if (action.type === 'REDO' && undone.length > 0) {
      done.push(undone.shift()!);
    }
  }
  return done;
}

/** Who gave what to whom, counted from the standing moves: "from>to" → count, per kind. */
export function exchangesOf(moves: StandingMove[]): Map<string, { from: Seat; to: Seat; kind: 'share' | 'teach' | 'coCreate'; count: number }> {
  const out = new Map<string, { from: Seat; to: Seat; kind: 'share' | 'teach' | 'coCreate'; count: number }>();
  for (const { seat, move } of moves) {
    if (move.type !== 'share' && move.type !== 'teach') continue;
    const key = `${move.type}:${seat}>${move.to}`;
    const e = out.get(key) ?? { from: seat, to: move.to, kind: move.type, count: 0 };
    e.count++;
    out.set(key, e);
  }
  return out;
}

/** How the table was dealt, beside its seed: what the table chose and the initiatives brought (from the match's setupData). */
export type TableDeal = Pick<SetupData, 'roles' | 'cases' | 'own'>;

/**
 * The table turn by turn: after each turn, the board's numbers and the moves made in it. The
 * replay deals as the table was dealt (`deal`): chosen roles and cases and own initiatives
 * change the deal, so a replay from the seed alone would not reach the table.
 */
export function replaySteps(content: Content, final: GameState, players: number, log: LogEntry[], names: (seat: Seat) => string | null, deal: TableDeal = {}): ReplayStep[] {
  const moves = standingMoves(log);
  const steps: ReplayStep[] = [];
  let current: ReplayStep | undefined;
  const open = (state: GameState) => {
    current = { turn: state.turn.number, round: state.turn.round, seat: state.turn.seat, name: names(state.turn.seat), pressure: 0, trust: 0, crisis: 0, casesDone: 0, moves: [] };
  };
  const close = (state: GameState) => {
    if (!current) return;
    Object.assign(current, { pressure: totalPressure(state), trust: state.trust, crisis: state.crisis, casesDone: state.cases.filter((c) => c.done).length });
    steps.push(current);
  };
  const replayed = replay(content, { format: RECORD_FORMAT, scenario: final.scenario, players, seed: final.secret.seed, roles: deal.roles, cases: deal.cases, own: deal.own, moves }, (state, index) => {
    if (index === -1) return open(state);
    const { move } = moves[index];
    current!.moves.push(move.type);
    if (state.turn.number !== current!.turn || state.outcome) {
      close(state);
      open(state);
    }
  });
  // The turn in progress (or the last one) counts too, once something happened in it.
  if (current && current.moves.length > 0) close(replayed);
  // The replay must arrive where the table is: otherwise the log is not the table's story.
  if (hashState(replayed) !== hashState(final)) throw new ReplayDivergedError();
  return steps;
}
