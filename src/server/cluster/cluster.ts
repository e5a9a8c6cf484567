/**
 * REDIS_URL: what an instance needs to share its matches with the others.
 *
 * - match news over Redis (redis-pubsub.ts), so a move applied on one instance reaches the
 *   sockets of every instance;
 * - the per-match lock (redis-lock.ts), so one instance at a time applies a match's moves;
 * - socket.io's Redis adapter, so socket.io's own broadcasts (disconnecting the sockets of a
 *   seat whose player left, wherever they are connected) reach every instance.
 *
 * Three connections: commands and publishes, our subscriptions, the adapter's subscriptions.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { MatchLock } from '../match/lock.ts';
import type { PubSub } from '../match/pubsub.ts';
import type { MatchNews } from '../match/views.ts';
import { RedisMatchLock } from './redis-lock.ts';
import { RedisPubSub } from './redis-pubsub.ts';

export interface Cluster {
  pubSub: PubSub<MatchNews>;
  lock: MatchLock;
  /** For socket.io's `adapter` option. */
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export async function connectCluster(redisUrl: string, logger: Logger): Promise<Cluster> {
  const open = (role: string) => {
    const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3, connectionName: `soc-${role}` });
    // ioredis reconnects by itself; an error event without a listener would end the process.
    client.on('error', (err) => logger.warn({ err: err.message, role }, 'redis connection error'));
    return client;
  };
  const commands = open('commands');
  const subscriber = open('news');
  const adapterSubscriber = open('socketio');
  try {
    await Promise.all([commands.connect(), subscriber.connect(), adapterSubscriber.connect()]);
  } catch (err) {
    commands.disconnect();
    subscriber.disconnect();
    adapterSubscriber.disconnect();
    throw err;
  }
  const pubSub = new RedisPubSub<MatchNews>({
    publisher: commands,
    subscriber,
    onError: (err) => logger.error({ err }, 'redis: match news not sent or not subscribed'),
  });
  return {
    pubSub,
    lock: new RedisMatchLock(commands),
    adapter: createAdapter(commands, adapterSubscriber, { key: 'soc:socket.io' }),
    async close() {
      await Promise.allSettled([commands.quit(), subscriber.quit(), adapterSubscriber.quit()]);
    },
  };
}
