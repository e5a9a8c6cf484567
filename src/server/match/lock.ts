/**
 * Who may change a match right now. Inside one process the match's queue (queues.ts) already
 * runs its work one task at a time; with several instances a lock shared between them
 * (cluster/redis-lock.ts) makes sure that a match's moves and seat changes are applied by one
 * instance at a time. The store's compare-and-set on `_stateID` stays as the backstop.
 */
export interface MatchLock {
  /** Runs `task` while holding the match, and lets go afterwards (also when it throws). */
  hold<T>(matchID: string, task: () => Promise<T>): Promise<T>;
}

/** One process: the match queue is enough, nothing more to hold. */
export const processLock: MatchLock = {
  hold: (_matchID, task) => task(),
};
