/**
 * REDIS_URL: what an instance needs to share its matches with the others.
 *
 * - match news over Redis (redis-pubsub.ts), so a move applied on one instance reaches the
 *   sockets of every instance (a seat whose player left too: each instance drops its sockets);
 * - the per-match lock (redis-lock.ts), so one instance at a time applies a match's moves.
 *
 * Two connections: commands and publishes, and our subscriptions.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { MatchLock } from '../match/lock.ts';
import type { PubSub } from '../match/pubsub.ts';
import type { MatchNews } from '../match/views.ts';
import { RedisMatchLock } from './redis-lock.ts';
import { RedisPubSub } from './redis-pubsub.ts';
import type { SessionNews } from '../sessions/sessions.ts';

export interface Cluster {
  pubSub: PubSub<MatchNews>;
  /** News of workshop sessions (sessions/streams.ts), on channels of their own. */
  sessionNews: PubSub<SessionNews>;
  lock: MatchLock;
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
  try {
    await Promise.all([commands.connect(), subscriber.connect()]);
  } catch (err) {
    commands.disconnect();
    subscriber.disconnect();
    throw err;
  }
  const redisNews = new RedisPubSub<MatchNews>({
    publisher: commands,
    subscriber,
    onError: (err) => logger.error({ err }, 'redis: match news not sent or not subscribed'),
  });
  const pubSub: PubSub<MatchNews> = {
    publish: (channel, news) => redisNews.publish(channel, lighter(news)),
    subscribe: (channel, callback) => redisNews.subscribe(channel, callback),
    unsubscribeAll: (channel) => redisNews.unsubscribeAll(channel),
  };
  // Another prefix than the matches' ("soc:"): each RedisPubSub hears only its own channels.
  const sessionNews = new RedisPubSub<SessionNews>({ publisher: commands, subscriber, prefix: 'socs:', onError: (err) => logger.error({ err }, 'redis: session news not sent or not subscribed') });
  return {
    pubSub,
    sessionNews,
    lock: new RedisMatchLock(commands),
    async close() {
      await Promise.allSettled([commands.quit(), subscriber.quit()]);
    },
  };
}

/**
 * News as they cross Redis: without boardgame.io's undo and redo stacks, which hold a copy of
 * the game per move of the turn and which no receiver is sent anyway (views.ts empties them).
 * One state per move: each instance diffs it against the state it heard before.
 */
function lighter(news: MatchNews): MatchNews {
  if (news.type !== 'update') return news;
  const [matchID, state] = news.args;
  return { type: 'update', args: [matchID, { ...state, _undo: [], _redo: [] }] };
}
