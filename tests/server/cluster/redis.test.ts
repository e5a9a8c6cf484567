/**
 * The Redis pieces on their own, each with its own connections as two instances would have:
 * the per-match lock never lets two holders overlap and never frees someone else's hold; the
 * news channel delivers in publish order to every subscriber, and only while subscribed.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisMatchLock } from '../../../src/server/cluster/redis-lock.ts';
import { RedisPubSub } from '../../../src/server/cluster/redis-pubsub.ts';
import { needs, redisUrl } from './services.ts';

const clients: Redis[] = [];
function connection(): Redis {
  const c = new Redis(redisUrl!);
  clients.push(c);
  return c;
}
afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
});

const matchID = () => `m${randomBytes(6).toString('hex')}`;

describe.skipIf(!redisUrl)(`Redis match lock and news${needs('redis')}`, () => {
  it('lets one instance at a time hold a match, and each in turn', async () => {
    const redis = [connection(), connection()];
    const locks = redis.map((r) => new RedisMatchLock(r));
    const id = matchID();
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        locks[i % 2].hold(id, async () => {
          inside++;
          most = Math.max(most, inside);
          // Real work inside the hold (a round trip to Redis): a second holder would enter meanwhile.
          await redis[i % 2].ping();
          order.push(i);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order).toHaveLength(20);
    expect(locks[0].waits + locks[1].waits).toBeGreaterThan(0);
  });

  it('holds different matches at the same time', async () => {
    const lock = new RedisMatchLock(connection());
    let inside = 0;
    let allInside!: () => void;
    const together = new Promise<void>((r) => (allInside = r));
    // Each holder stays inside until all three are: were the holds one at a time, this would never end.
    await Promise.all(
      [matchID(), matchID(), matchID()].map((id) =>
        lock.hold(id, async () => {
          if (++inside === 3) allInside();
          await together;
        }),
      ),
    );
    expect(inside).toBe(3);
  });

  it('frees a match whose holder died (expiry), and a late holder cannot free the new one', async () => {
    const slow = new RedisMatchLock(connection(), { ttlMs: 100 });
    const other = new RedisMatchLock(connection(), { ttlMs: 5_000 });
    const id = matchID();
    let releaseSlow!: () => void;
    let inside!: () => void;
    const entered = new Promise<void>((r) => (inside = r));
    const slowHold = slow.hold(id, () => {
      inside();
      return new Promise<void>((r) => (releaseSlow = r));
    });
    await entered;
    let otherInside = false;
    let stillHeld = false;
    const otherHold = other.hold(id, async () => {
      otherInside = true;
      // The slow holder finishes now, long after its hold expired: its release must not
      // delete this one's key.
      releaseSlow();
      await slowHold;
      stillHeld = (await connection().get(`soc:lock:${id}`)) !== null;
    });
    await otherHold;
    expect(otherInside).toBe(true);
    expect(stillHeld).toBe(true);
    expect(await connection().get(`soc:lock:${id}`)).toBeNull();
  });

  it('gives up on a match held too long', async () => {
    const holder = new RedisMatchLock(connection());
    const waiter = new RedisMatchLock(connection(), { waitMs: 50 });
    const id = matchID();
    let done!: () => void;
    let inside!: () => void;
    const entered = new Promise<void>((r) => (inside = r));
    const held = holder.hold(id, () => {
      inside();
      return new Promise<void>((r) => (done = r));
    });
    // The holder is inside before the waiter asks (a fixed pause lost this race under load).
    await entered;
    await expect(waiter.hold(id, async () => 'never')).rejects.toThrow(/stayed locked/);
    done();
    await held;
  });

  it('delivers news in publish order to subscribers on every instance, from the moment subscribe resolves', async () => {
    const a = new RedisPubSub<{ n: number }>({ publisher: connection(), subscriber: connection() });
    const b = new RedisPubSub<{ n: number }>({ publisher: connection(), subscriber: connection() });
    const channel = `match:${matchID()}`;
    const heard: Record<string, number[]> = { a: [], b: [] };
    const news = new EventEmitter();
    /** Resolves once `check` holds, looked at after each news heard. */
    const once = (check: () => boolean) =>
      new Promise<void>((resolve) => {
        const look = () => {
          if (!check()) return;
          news.off('heard', look);
          resolve();
        };
        news.on('heard', look);
        look();
      });
    const hear = (who: 'a' | 'b') => (p: { n: number }) => {
      heard[who].push(p.n);
      news.emit('heard');
    };
    await a.subscribe(channel, hear('a'));
    await b.subscribe(channel, hear('b'));
    // A second channel b stays on, for a round-trip marker at the end.
    const markers = `match:${matchID()}`;
    let markerHeard = false;
    await b.subscribe(markers, () => {
      markerHeard = true;
      news.emit('heard');
    });
    for (let n = 1; n <= 50; n++) void (n % 2 ? a : b).publish(channel, { n });
    const all = Array.from({ length: 50 }, (_, i) => i + 1);
    await once(() => heard.a.length >= 50 && heard.b.length >= 50);
    // Two publishing connections: each connection's own publishes keep their order, and
    // both instances hear one and the same order.
    expect(heard.a).toEqual(heard.b);
    expect([...heard.a].sort((x, y) => x - y)).toEqual(all);
    expect(heard.a.filter((n) => n % 2 === 1)).toEqual(all.filter((n) => n % 2 === 1));

    b.unsubscribeAll(channel);
    expect(b.size).toBe(1);
    await a.publish(channel, { n: 51 });
    // Redis sends b's connection what it publishes in order: once b hears the marker
    // published after 51, it would have heard 51 before it.
    await a.publish(markers, { n: 0 });
    await once(() => heard.a.at(-1) === 51 && markerHeard);
    expect(heard.b).toHaveLength(50);
  });
});
