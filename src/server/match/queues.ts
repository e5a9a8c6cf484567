/**
 * One line per match: moves, joins and connection changes of a match run one after the
 * other, so no two of them read the same state and write over each other. A line exists
 * only while it has work (a caller creates one only for a match it found in the store), so
 * made-up match IDs leave nothing behind.
 */
interface Line {
  tail: Promise<void>;
  pending: number;
}

export class MatchQueues {
  private readonly lines = new Map<string, Line>();
  private idleWaiters: (() => void)[] = [];

  /** Runs `task` after every earlier task of the same match has finished. */
  run<T>(matchID: string, task: () => Promise<T>): Promise<T> {
    let line = this.lines.get(matchID);
    if (!line) {
      line = { tail: Promise.resolve(), pending: 0 };
      this.lines.set(matchID, line);
    }
    line.pending++;
    const result = line.tail.then(task);
    const current = line;
    current.tail = result.then(
      () => this.done(matchID, current),
      () => this.done(matchID, current),
    );
    return result;
  }

  private done(matchID: string, line: Line): void {
    line.pending--;
    if (line.pending === 0 && this.lines.get(matchID) === line) this.lines.delete(matchID);
    if (this.lines.size === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Matches with work queued or running. */
  get size(): number {
    return this.lines.size;
  }

  /** Resolves when no match has work left (for a graceful shutdown). */
  idle(): Promise<void> {
    if (this.lines.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
