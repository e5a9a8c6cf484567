/**
 * The table's shared note at a reflection pause. Notes are part of the match record (they
 * travel inside the reflect move) but change nothing in the rules: a note is checked only for
 * being text of a sensible length, and an empty one counts as skipped.
 */
import type { Reason } from './moves-types.ts';

/** Long enough for a few sentences; short enough for a card on the debrief. */
export const NOTE_MAX_LENGTH = 600;

export function noteProblem(note: unknown): Reason | null {
  if (note === undefined) return null;
  if (typeof note !== 'string') return 'badArguments';
  if (note.length > NOTE_MAX_LENGTH) return 'noteTooLong';
  return null;
}

/** The note as kept: trimmed, line ends unified; undefined when nothing was written. */
export function cleanNote(note: string | undefined): string | undefined {
  const text = note?.replace(/\r\n?/g, '\n').trim();
  return text ? text : undefined;
}
