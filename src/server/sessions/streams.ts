/**
 * Live session views as server-sent events: the facilitator's dashboard and each
 * participant's view. A stream re-reads what it shows from the store when the session's news
 * channel says something changed (on any instance: the channel crosses Redis), at most every
 * `throttleMs`, and every `refreshMs` anyway, so "connected", "stalled" and "for how long"
 * move on even when nobody plays. The client reads them with fetch (to send the key in the
 * Authorization header, which EventSource cannot).
 */
import { PassThrough } from 'node:stream';
import type { Context } from 'koa';
import type { Logger } from '../logger.ts';
import type { PubSub } from '../match/pubsub.ts';
import { sessionChannel, type SessionNews } from './sessions.ts';

export interface StreamsOptions {
  news: PubSub<SessionNews>;
  logger: Logger;
  throttleMs?: number;
  refreshMs?: number;
}

export class SessionStreams {
  /** Listeners per session on this instance; one subscription per session channel. */
  private readonly listeners = new Map<string, Set<() => void>>();
  /** Resolves once the channel's subscription is confirmed (Redis): no news is missed after it. */
  private readonly subscribed = new Map<string, Promise<void>>();
  private readonly open = new Set<PassThrough>();

  constructor(private readonly o: StreamsOptions) {}

  private listen(sessionID: string, listener: () => void): { ready: Promise<void>; stop: () => void } {
    let set = this.listeners.get(sessionID);
    if (!set) {
      set = new Set();
      this.listeners.set(sessionID, set);
      const mine = set;
      const subscribed = this.o.news.subscribe(sessionChannel(sessionID), () => {
        for (const l of mine) l();
      });
      this.subscribed.set(sessionID, Promise.resolve(subscribed).catch(() => undefined));
    }
    set.add(listener);
    const stop = () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(sessionID) === set) {
        this.listeners.delete(sessionID);
        this.subscribed.delete(sessionID);
        this.o.news.unsubscribeAll(sessionChannel(sessionID));
      }
    };
    return { ready: this.subscribed.get(sessionID) ?? Promise.resolve(), stop };
  }

  /**
   * Answers the request with a stream of `event` messages, each `render()`'s answer. A render
   * that throws (the key no longer opens the session, say) closes the stream.
   */
  serve(ctx: Context, sessionID: string, event: string, render: () => Promise<unknown>): void {
    const stream = new PassThrough();
    this.open.add(stream);
    ctx.req.socket.setTimeout(0);
    ctx.req.socket.setNoDelay(true);
    ctx.status = 200;
    ctx.type = 'text/event-stream';
    ctx.set('Cache-Control', 'no-store');
    // nginx would otherwise hold the events back in its buffer.
    ctx.set('X-Accel-Buffering', 'no');
    ctx.body = stream;

    let closed = false;
    let running = false;
    let again = false;
    let timer: NodeJS.Timeout | undefined;
    const send = async () => {
      if (closed) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const data = await render();
        if (!closed) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      } catch (err) {
        this.o.logger.debug({ err: (err as Error).message, sessionID }, 'session stream closed by its render');
        stop();
      } finally {
        running = false;
        if (again && !closed) {
          again = false;
          schedule();
        }
      }
    };
    const schedule = () => {
      if (timer || closed) return;
      timer = setTimeout(() => {
        timer = undefined;
        void send();
      }, this.o.throttleMs ?? 150);
    };
    const { ready, stop: unlisten } = this.listen(sessionID, schedule);
    const refresh = setInterval(schedule, this.o.refreshMs ?? 5000);
    const stop = () => {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      clearInterval(refresh);
      unlisten();
      this.open.delete(stream);
      stream.end();
    };
    ctx.req.on('close', stop);
    stream.on('close', stop);
    stream.write(': connected\n\n');
    // The first view once subscribed: whatever it shows, no later change can be missed.
    void ready.then(send);
  }

  /** Ends every stream (shutdown). */
  close(): void {
    for (const s of [...this.open]) s.end();
  }
}
