/**
 * Match news between instances: the PubSub interface of match/pubsub.ts (boardgame.io's
 * GenericPubSub shape) over Redis channels `soc:match:<matchID>`. An instance subscribes to a
 * match only while one of its sockets watches it, so Redis sends each instance only the news
 * it needs.
 *
 * Every instance, the publisher included, hears a match's news from Redis: one order for all
 * (the order in which Redis received the publishes, which the match lock makes the order of
 * the moves). News travel unfiltered (the full state, secrets too) and are filtered for each
 * receiver on arrival: Redis must be private to the servers (docs/deploy.md).
 */
import type { Redis } from 'ioredis';
import type { PubSub } from '../match/pubsub.ts';

export interface RedisPubSubOptions {
  /** Publishes (any client; it may serve other commands too). */
  publisher: Redis;
  /** Listens (a client of its own: in subscriber mode Redis takes no other commands). */
  subscriber: Redis;
  prefix?: string;
  onError?: (err: unknown) => void;
}

export class RedisPubSub<T> implements PubSub<T> {
  private readonly prefix: string;
  private readonly callbacks = new Map<string, ((payload: T) => void)[]>();

  constructor(private readonly o: RedisPubSubOptions) {
    this.prefix = o.prefix ?? 'soc:';
    o.subscriber.on('message', (redisChannel: string, message: string) => {
      const list = this.callbacks.get(redisChannel.slice(this.prefix.length));
      if (!list) return;
      // Parsed once per instance, then shared by every socket of the match here.
      const payload = JSON.parse(message) as T;
      for (const cb of list) cb(payload);
    });
  }

  async publish(channel: string, payload: T): Promise<void> {
    try {
      await this.o.publisher.publish(this.prefix + channel, JSON.stringify(payload));
    } catch (err) {
      this.o.onError?.(err);
    }
  }

  /** Resolves when Redis confirms the subscription: from then on no news of it is missed. */
  subscribe(channel: string, callback: (payload: T) => void): Promise<void> {
    const list = this.callbacks.get(channel);
    if (list) {
      list.push(callback);
      return Promise.resolve();
    }
    this.callbacks.set(channel, [callback]);
    return this.o.subscriber.subscribe(this.prefix + channel).then(
      () => undefined,
      (err) => this.o.onError?.(err),
    );
  }

  unsubscribeAll(channel: string): void {
    if (!this.callbacks.delete(channel)) return;
    this.o.subscriber.unsubscribe(this.prefix + channel).catch((err) => this.o.onError?.(err));
  }

  /** Matches this instance listens to. */
  get size(): number {
    return this.callbacks.size;
  }
}
