/**
 * The simulator's worker threads, kept for as long as the caller needs them: `npm run
 * balance` plays its hundred runs on one pool, so no run waits for workers to start or
 * barriers on the slowest chunk of the run before it.
 *
 * A worker starts from worker.ts bundled once per process by esbuild into plain JavaScript:
 * no TypeScript loader to register in every thread, and none of tsx's keepNames helpers,
 * which name every closure as it is made and cost the bots a tenth of their time. A worker
 * compiles each deck once from the parsed files the parent sends (the parent checked them).
 */
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Content } from '../content/content.ts';
import type { GameSummary } from './summary.ts';
import type { WorkerSetup } from './play-range.ts';
import type { ToWorker } from './worker.ts';

let script: URL | undefined;

/** worker.ts and everything it imports as one ES module, in a data: URL (built once). */
function workerScript(): URL {
  if (!script) {
    const built = buildSync({
      entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node}`,
      write: false,
      logLevel: 'silent',
    });
    script = new URL(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].contents).toString('base64')}`);
  }
  return script;
}

interface Task {
  id: number;
  deck: string;
  setup: WorkerSetup;
  start: number;
  end: number;
  resolve: (games: GameSummary[]) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Task | null;
  decks: Set<string>;
}

export class SimPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly decks = new Map<string, Content>();
  private nextId = 0;
  private failed: Error | null = null;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(workerScript()), busy: null, decks: new Set() };
      slot.worker.on('message', (m: { id: number; games?: GameSummary[]; error?: string }) => {
        const task = slot.busy!;
        slot.busy = null;
        if (m.error !== undefined) task.reject(new Error(m.error));
        else task.resolve(m.games!);
        this.pump();
      });
      slot.worker.on('error', (err) => this.fail(err));
      slot.worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a simulator worker stopped with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** Plays games [start, end) of a run with `content` (a deck checked by the caller; `deck` names it). */
  play(deck: string, content: Content, setup: WorkerSetup, start: number, end: number): Promise<GameSummary[]> {
    if (this.failed) return Promise.reject(this.failed);
    this.decks.set(deck, content);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, deck, setup, start, end, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      if (!slot.decks.has(task.deck)) {
        slot.worker.postMessage({ kind: 'deck', deck: task.deck, raw: this.decks.get(task.deck)!.raw } satisfies ToWorker);
        slot.decks.add(task.deck);
      }
      slot.busy = task;
      slot.worker.postMessage({ kind: 'play', id: task.id, deck: task.deck, setup: task.setup, start: task.start, end: task.end } satisfies ToWorker);
    }
  }

  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = err;
    for (const slot of this.slots) slot.busy?.reject(err);
    for (const task of this.queue.splice(0)) task.reject(err);
  }

  async close(): Promise<void> {
    this.failed ??= new Error('the simulator pool is closed');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
