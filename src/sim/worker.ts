/**
 * A simulator worker (pool.ts): keeps the decks it is sent, compiled once, and plays the
 * chunks of games it is asked for. It never reads or checks a deck folder itself: the parent
 * has checked the deck and sends its parsed files.
 */
import { parentPort } from 'node:worker_threads';
import { compileContent, type Content } from '../content/content.ts';
import type { RawContent } from '../content/schema.ts';
import { playRange, type WorkerSetup } from './play-range.ts';

export type ToWorker =
  | { kind: 'deck'; deck: string; raw: RawContent }
  | { kind: 'play'; id: number; deck: string; setup: WorkerSetup; start: number; end: number };

const decks = new Map<string, Content>();
parentPort!.on('message', (m: ToWorker) => {
  if (m.kind === 'deck') {
    decks.set(m.deck, compileContent(m.raw));
    return;
  }
  try {
    parentPort!.postMessage({ id: m.id, games: playRange(decks.get(m.deck)!, m.setup, m.start, m.end) });
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
