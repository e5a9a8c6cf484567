/**
 * What the table hears and asks beyond boardgame.io's client: the project's messages of the
 * table socket (protocol/table.ts) and the undo the master decides. Both transports of a
 * table implement it: the online one (table-socket.ts) and the hot-seat one (hotseat-transport.ts).
 */
import type { State } from 'boardgame.io';
import type { ChatNews } from '../../protocol/away.ts';
import type { Refusal } from '../../protocol/table.ts';

export interface TableChannel {
  /** The server's refusals of this seat's syncs and moves, for this match. Returns: stop listening. */
  onRefused(listener: (refusal: Refusal) => void): () => void;
  /** Table chat news for this match. Returns: stop listening. */
  onChat(listener: (news: ChatNews) => void): () => void;
  /** Each (re)connection, after which news may have been missed. Returns: stop listening. */
  onConnected(listener: () => void): () => void;
  /**
   * Asks the master to take back this seat's last move; the master decides and answers with
   * a state. (boardgame.io's client.undo() would first try it in the browser, which never holds
   * the undo stack: the masters strip it from every view.)
   */
  undo(state: State): void;
}

/** A set of listeners, each removable by the function `add` returns. */
export class Listeners<T extends unknown[]> {
  private readonly all = new Set<(...args: T) => void>();
  add(listener: (...args: T) => void): () => void {
    this.all.add(listener);
    return () => this.all.delete(listener);
  }
  tell(...args: T): void {
    for (const listener of [...this.all]) listener(...args);
  }
}
