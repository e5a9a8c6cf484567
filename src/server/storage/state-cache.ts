/**
 * The newest states of recent matches, kept as the objects that were stored, so a move does
 * not parse its match's state back from the database. Least recently used first (a Map keeps
 * insertion order); at most `size` matches. Nothing in the server changes a state object in
 * place (boardgame.io's reducer builds new ones), so sharing the objects is safe.
 */
import type { State } from 'boardgame.io';

export class StateCache {
  private readonly states = new Map<string, State>();

  constructor(private readonly size = 1000) {}

  get(matchID: string): State | undefined {
    return this.states.get(matchID);
  }

  remember(matchID: string, state: State): void {
    this.states.delete(matchID);
    this.states.set(matchID, state);
    if (this.states.size > this.size) this.states.delete(this.states.keys().next().value as string);
  }

  forget(matchID: string): void {
    this.states.delete(matchID);
  }
}
