/**
 * The session API (docs/api.md, "Workshop sessions") as a Koa router. Facilitator routes need
 * `Authorization: Bearer <facilitatorKey>`, participant routes `Bearer <participantKey>`;
 * neither key is ever part of an answer other than the one that created it, nor of an address
 * the server sees (the facilitator link carries its key after `#`, which browsers keep).
 */
import Router from '@koa/router';
import type { Context } from 'koa';
import type { ChatMessage } from '../../protocol/away.ts';
import type { CreatedSession, JoinedSession } from '../../protocol/sessions.ts';
import type { Config } from '../config.ts';
import { jsonBody } from '../http/body.ts';
import { rateLimit } from '../http/rate-limit.ts';
import type { Metrics } from '../metrics.ts';
import { harvestCsv } from './harvest.ts';
import type { Sessions } from './sessions.ts';
import type { SessionStreams } from './streams.ts';

export interface SessionRoutesOptions {
  config: Config;
  sessions: Sessions;
  streams: SessionStreams;
  metrics: Metrics;
  /** A table's whole chat: the facilitator reads every table's. */
  readTableChat: (matchID: string) => Promise<ChatMessage[]>;
}

export function sessionRoutes({ config, sessions, streams, metrics, readTableChat }: SessionRoutesOptions): Router {
  const router = new Router();
  const base = (ctx: Context) => config.publicUrl ?? ctx.origin;
  const joinUrl = (ctx: Context, code: string) => `${base(ctx)}/session/${code}`;
  const auth = (ctx: Context) => ctx.get('authorization') || undefined;
  const facilitator = (ctx: Context) => sessions.asFacilitator(ctx.params.sessionID, auth(ctx));
  const participant = (ctx: Context) => sessions.asParticipant(ctx.params.sessionID, auth(ctx));
  const body = (ctx: Context) => jsonBody(ctx, config.maxBodyBytes);
  const ok = (ctx: Context) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ok: true };
  };

  router.post('/api/sessions', rateLimit('sessionCreate', config.createRate, metrics), async (ctx) => {
    const { doc, facilitatorKey } = await sessions.create(await body(ctx));
    const answer: CreatedSession = {
      sessionID: doc.id,
      code: doc.code,
      joinUrl: joinUrl(ctx, doc.code),
      facilitatorUrl: `${base(ctx)}/facilitate/${doc.id}#key=${facilitatorKey}`,
      facilitatorKey,
      ...sessions.expectedOf(doc),
    };
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 201;
    ctx.body = answer;
  });

  // ---- participants ----
  router.get('/api/sessions/join/:code', rateLimit('sessionLookup', config.lookupRate, metrics), async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await sessions.invitation(ctx.params.code);
  });

  router.post('/api/sessions/join/:code', rateLimit('sessionJoin', config.joinRate, metrics), async (ctx) => {
    const { doc, participantID, participantKey } = await sessions.join(ctx.params.code, await body(ctx));
    const answer: JoinedSession = { sessionID: doc.id, participantID, participantKey };
    ctx.set('Cache-Control', 'no-store');
    ctx.body = answer;
  });

  router.get('/api/sessions/:sessionID/me', async (ctx) => {
    const { doc, me } = await participant(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = sessions.participantView(doc, me);
  });

  router.get('/api/sessions/:sessionID/me/events', async (ctx) => {
    const { me } = await participant(ctx);
    const header = auth(ctx);
    streams.serve(ctx, ctx.params.sessionID, 'session', async () => {
      const { doc } = await sessions.asParticipant(ctx.params.sessionID, header);
      return sessions.participantView(doc, me);
    });
  });

  router.post('/api/sessions/:sessionID/me/table', async (ctx) => {
    const { me } = await participant(ctx);
    await sessions.chooseTable(ctx.params.sessionID, me, (await body(ctx)).table);
    ok(ctx);
  });

  router.post('/api/sessions/:sessionID/me/help', async (ctx) => {
    const { me } = await participant(ctx);
    await sessions.askForHelp(ctx.params.sessionID, me, (await body(ctx)).text);
    ok(ctx);
  });

  router.post('/api/sessions/:sessionID/me/notes', async (ctx) => {
    const { me } = await participant(ctx);
    const b = await body(ctx);
    await sessions.note(ctx.params.sessionID, me, b.questionID, b.text);
    ok(ctx);
  });

  // ---- the facilitator ----
  router.get('/api/sessions/:sessionID', async (ctx) => {
    const doc = await facilitator(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await sessions.dashboard(doc, joinUrl(ctx, doc.code));
  });

  router.get('/api/sessions/:sessionID/events', async (ctx) => {
    await facilitator(ctx);
    const header = auth(ctx);
    const url = (code: string) => joinUrl(ctx, code);
    streams.serve(ctx, ctx.params.sessionID, 'dashboard', async () => {
      const doc = await sessions.asFacilitator(ctx.params.sessionID, header);
      return sessions.dashboard(doc, url(doc.code));
    });
  });

  router.get('/api/sessions/:sessionID/harvest', async (ctx) => {
    const doc = await facilitator(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await sessions.harvest(doc);
  });

  router.get('/api/sessions/:sessionID/harvest.csv', async (ctx) => {
    const doc = await facilitator(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment(`harvest-${doc.code}.csv`);
    // A byte order mark: spreadsheets then read the names in any script correctly.
    ctx.body = '\uFEFF' + harvestCsv(await sessions.harvest(doc));
  });

  router.get('/api/sessions/:sessionID/tables/:index/replay', async (ctx) => {
    const doc = await facilitator(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await sessions.replay(doc, ctx.params.index);
  });

  router.get('/api/sessions/:sessionID/tables/:index/chat', async (ctx) => {
    const doc = await facilitator(ctx);
    const matchID = sessions.tableMatch(doc, ctx.params.index);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readTableChat(matchID);
  });

  const action = (path: string, run: (sessionID: string, b: Record<string, unknown>) => Promise<unknown>) => {
    router.post(`/api/sessions/:sessionID/${path}`, async (ctx) => {
      await facilitator(ctx);
      // These may come with no body at all (start, end, pause all).
      const result = await run(ctx.params.sessionID, ctx.request.length ? await body(ctx) : {});
      ctx.set('Cache-Control', 'no-store');
      ctx.body = result === undefined ? { ok: true } : result;
    });
  };
  action('start', (id) => sessions.start(id));
  action('arrange', (id, b) => sessions.arrange(id, b.participantID, b.table));
  action('pause', (id, b) => sessions.pause(id, b.table, true));
  action('resume', (id, b) => sessions.pause(id, b.table, false));
  action('countdown', (id, b) => sessions.countdown(id, b.seconds, b.label));
  action('broadcast', (id, b) => sessions.broadcast(id, b.text));
  action('questions', async (id, b) => ({ questionID: await sessions.ask(id, b.text) }));
  action('help/answer', (id, b) => sessions.answerHelp(id, b.table, b.text));
  action('end', (id) => sessions.end(id));

  return router;
}
