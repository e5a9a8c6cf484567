/**
 * A table's pace, chosen when it is opened: live (no deadline) or asynchronous, with a turn
 * deadline of 12, 24 or 72 hours and what happens when it passes. Sessions pass the same
 * `pace` when they open their tables.
 */
import { TURN_HOURS, type Pace } from '../../protocol/away.ts';
import { ApiError } from '../http/errors.ts';

/** `pace` from a request: undefined or "live" for a live table. */
export function readPace(raw: unknown): Pace | undefined {
  if (raw === undefined || raw === null || raw === 'live') return undefined;
  const p = raw as Record<string, unknown>;
  if (typeof raw !== 'object' || !TURN_HOURS.includes(p.hours as never) || (p.onTimeout !== undefined && p.onTimeout !== 'bot' && p.onTimeout !== 'skip')) {
    throw new ApiError(400, 'badPace', `"pace" is "live" or { "hours": ${TURN_HOURS.join(' | ')}, "onTimeout": "bot" | "skip" }.`);
  }
  return { hours: p.hours as Pace['hours'], onTimeout: (p.onTimeout as Pace['onTimeout'] | undefined) ?? 'bot' };
}
