/**
 * Whether the server would take back the last move now, read from the public log: boardgame.io
 * undoes the last move of the turn only when that move is undoable (travel, care, share, teach,
 * trust; not study, apply, discard, reflection or the end of a turn). The log holds every move
 * of the turn after the turn's own line, so the last action line tells the last move. A test
 * holds this to boardgame.io's own undo stack over random games.
 */
import type { LoggedEvent } from '../../rules/state.ts';

/** The log line each move leaves first, by kind. */
const UNDOABLE_LINES = new Set<LoggedEvent['e']>(['travel', 'care', 'share', 'teach', 'trustAction']);
const OTHER_MOVE_LINES = new Set<LoggedEvent['e']>(['study', 'apply', 'coCreate', 'discard', 'reflected', 'draw', 'reflect']);

export function canUndoNow(events: readonly LoggedEvent[]): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i].e;
    if (e === 'turn' || OTHER_MOVE_LINES.has(e)) return false;
    if (UNDOABLE_LINES.has(e)) return true;
  }
  return false;
}
