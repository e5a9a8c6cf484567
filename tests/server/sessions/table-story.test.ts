/**
 * A table's story replayed from its stored log (src/server/sessions/table-story.ts) deals as
 * the table was dealt: a table that chose its roles and cases, or where a player brought their
 * own initiative, is not the table its seed alone deals, and its story must still replay.
 */
import type { LogEntry } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { heuristicPicker, seededRandom } from '../../../src/bots/index.ts';
import { moveArgs } from '../../../src/game/game.ts';
import { play, setup } from '../../../src/rules/index.ts';
import { replaySteps } from '../../../src/server/sessions/table-story.ts';
import { repairShop } from '../../helpers/own-initiative.ts';
import { content } from '../../helpers/table.ts';

/** Plays `moves` moves with the heuristic bot and keeps them as boardgame.io logs them. */
function playedTable(deal: { roles?: string[]; cases?: string[]; own?: (typeof repairShop | null)[] }, moves: number) {
  const c = content();
  const state = setup(c, { scenario: 'standard', players: 2, seed: 'story', ...deal });
  const random = seededRandom('story-bot');
  const log: LogEntry[] = [];
  for (let i = 0; i < moves && !state.outcome; i++) {
    const seat = state.turn.seat;
    const move = heuristicPicker(c, state, seat, random)!;
    expect(play(c, state, seat, move)).toBeNull();
    log.push({ action: { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: String(seat) } }, _stateID: i, turn: state.turn.number, phase: '' } as unknown as LogEntry);
  }
  return { state, log };
}

describe("a table's story", () => {
  it('replays a table that chose its roles and cases and has an own initiative, turn by turn, to where it is', () => {
    const deal = { roles: ['maker', 'connector'], cases: ['time-bank', 'repair-cafe'], own: [repairShop, null] };
    const { state, log } = playedTable(deal, 40);
    const steps = replaySteps(content(), state, 2, log, (seat) => ['Ana', 'Bo'][seat], deal);
    expect(steps.flatMap((s) => s.moves)).toHaveLength(log.length);
    expect(steps.at(-1)!.crisis).toBe(state.crisis);
    // From the seed alone the deal is another one: the rules refuse a move, or the replay does not reach the table.
    expect(() => replaySteps(content(), state, 2, log, () => null)).toThrow();
  });
});
