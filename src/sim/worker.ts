/** A simulator worker: loads the deck once, then plays the chunks of games it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadContent } from '../content/load.ts';
import { playRange, type WorkerSetup } from './run.ts';

const setup = workerData as WorkerSetup;
const content = loadContent(setup.contentDir);
parentPort!.on('message', ({ start, end }: { start: number; end: number }) => {
  parentPort!.postMessage({ start, games: playRange(content, setup, start, end) });
});
