/**
 * How a match's news reaches the sockets that watch it. In one process this is a map of
 * callbacks; several instances share a Redis channel instead (same interface as
 * boardgame.io's GenericPubSub, so its Redis implementation fits).
 */
/** The channel of a match's news. */
export const matchChannel = (matchID: string): string => `match:${matchID}`;

export interface PubSub<T> {
  publish(channel: string, payload: T): void | Promise<void>;
  /** May return a promise that resolves once no news of the channel can be missed any more. */
  subscribe(channel: string, callback: (payload: T) => void): void | Promise<void>;
  unsubscribeAll(channel: string): void;
}

export class InMemoryPubSub<T> implements PubSub<T> {
  private readonly channels = new Map<string, ((payload: T) => void)[]>();

  publish(channel: string, payload: T): void {
    for (const cb of this.channels.get(channel) ?? []) cb(payload);
  }

  subscribe(channel: string, callback: (payload: T) => void): void {
    const list = this.channels.get(channel) ?? [];
    list.push(callback);
    this.channels.set(channel, list);
  }

  unsubscribeAll(channel: string): void {
    this.channels.delete(channel);
  }

  /** Channels with subscribers (for tests: no channel for matches nobody watches). */
  get size(): number {
    return this.channels.size;
  }
}
