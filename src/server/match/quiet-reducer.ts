/**
 * boardgame.io's reducer says why it refuses a move with a bare `console.error('ERROR:
 * invalid move …')` (and, outside production, `console.log('INFO: …')`): lines outside the
 * JSON log that any player can cause. The reducer runs synchronously, so for exactly that
 * call its console lines are taken and handed to the logger instead.
 */
import type { Logger } from '../logger.ts';

export function quietly<T>(logger: Logger, context: Record<string, unknown>, run: () => T): T {
  const { error, log } = console;
  const said = (...words: unknown[]) => logger.debug({ ...context, said: words.map(String).join(' ').slice(0, 500) }, 'boardgame.io said');
  console.error = said;
  console.log = said;
  try {
    return run();
  } finally {
    console.error = error;
    console.log = log;
  }
}
