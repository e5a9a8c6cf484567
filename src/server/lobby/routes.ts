/**
 * The Lobby API (docs/api.md) and the operational endpoints, as a Koa router.
 */
import Router from '@koa/router';
import { isLoopback, roomAddresses } from '../addresses.ts';
import type { Config } from '../config.ts';
import { jsonBody } from '../http/body.ts';
import { compressedJson } from '../http/compressed-json.ts';
import { ApiError } from '../http/errors.ts';
import { rateLimit } from '../http/rate-limit.ts';
import type { Metrics } from '../metrics.ts';
import type { MatchStore } from '../storage/store.ts';
import type { Content } from '../../content/content.ts';
import { expectationOf } from '../../content/expected-play.ts';
import type { JoinedSeat, ScenarioListing, TableInfo } from '../../protocol/lobby.ts';
import { DeckOutcomeCounter } from './deck-outcomes.ts';
import { deckOutcomesPage } from './deck-outcomes-page.ts';
import type { Tables } from './tables.ts';

export interface ContentFiles {
  files: Record<string, unknown>;
  problems: unknown[];
}

export interface RoutesOptions {
  config: Config;
  tables: Tables;
  store: MatchStore;
  metrics: Metrics;
  content: ContentFiles;
  /** The deck this server plays (for GET /api/decks/outcomes). */
  deck: Content;
}

/**
 * The address players reach this server at, for links: PUBLIC_URL, else the request's own,
 * except that a host who opened localhost gets this machine's network address (localhost on
 * another player's laptop is that laptop).
 */
function baseUrl(config: Config, ctx: { origin: string; hostname: string; protocol: string }): string {
  if (config.publicUrl) return config.publicUrl;
  if (!isLoopback(ctx.hostname)) return ctx.origin;
  const port = Number(new URL(ctx.origin).port) || (ctx.protocol === 'https' ? 443 : 80);
  return roomAddresses(port, config.host)[0] ?? ctx.origin;
}

function scenarioListing(deck: Content): ScenarioListing[] {
  return [...deck.scenarios.values()].map((s) => ({
    id: s.id,
    name: s.name,
    text: s.text,
    difficulty: s.difficulty,
    players: s.players,
    sizes: Array.from({ length: s.players.max - s.players.min + 1 }, (_, i) => ({ players: s.players.min + i, ...expectationOf(deck, s.id, s.players.min + i)! })),
  }));
}

export function lobbyRoutes({ config, tables, store, metrics, content, deck }: RoutesOptions): Router {
  const router = new Router();
  const outcomes = new DeckOutcomeCounter({ store, content: deck, simGames: config.deckSimGames });

  router.get('/healthz', async (ctx) => {
    try {
      await store.ping();
      ctx.body = { ok: true, storage: store.kind };
    } catch {
      ctx.status = 503;
      ctx.body = { ok: false, storage: store.kind, error: 'storageUnavailable', message: 'The match store does not answer.' };
    }
  });

  router.get('/metrics', async (ctx) => {
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });

  // The operational endpoints are read, never written: any other method is told what they take
  // (405 with Allow), not that they do not exist. After the GET routes, so only other methods reach it.
  for (const path of ['/healthz', '/metrics']) {
    router.all(path, (ctx) => {
      ctx.set('Allow', 'GET, HEAD');
      if (ctx.method === 'OPTIONS') {
        ctx.status = 204;
        return;
      }
      throw new ApiError(405, 'methodNotAllowed', `${path} is only read: use GET.`);
    });
  }

  const contentAnswer = compressedJson(content);
  router.get('/api/content', (ctx) => {
    ctx.set('Cache-Control', 'no-cache');
    contentAnswer(ctx);
  });

  // The scenarios with what a table can expect at each size (band, playing time), for set-up screens.
  router.get('/api/scenarios', (ctx) => {
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = scenarioListing(deck);
  });

  router.post('/api/tables', rateLimit('create', config.createRate, metrics), async (ctx) => {
    const body = await jsonBody(ctx, config.maxBodyBytes);
    const { matchID, code, hostKey, scenario, seats } = await tables.create(body);
    const base = baseUrl(config, ctx);
    ctx.status = 201;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { matchID, code, joinUrl: `${base}/join/${code}`, spectatorUrl: `${base}/watch/${code}`, hostKey, expected: expectationOf(deck, scenario, seats) };
  });

  router.get('/api/tables', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await tables.list();
  });

  /** A table's record with the links to hand out, as GET /api/tables/:code and a join answer it. */
  const withLinks = (ctx: { origin: string; hostname: string; protocol: string }, table: TableInfo): TableInfo => {
    const base = baseUrl(config, ctx);
    return { ...table, joinUrl: `${base}/join/${table.code}`, spectatorUrl: `${base}/watch/${table.code}` };
  };

  router.get('/api/tables/:code', rateLimit('lookup', config.lookupRate, metrics), async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = withLinks(ctx, await tables.get(ctx.params.code));
  });

  // The same record for a match's ID: a turn notice's seat link carries no code, and asking for
  // the code first (GET /api/matches/:matchID/turn) and then the record is two round trips.
  router.get('/api/matches/:matchID/table', rateLimit('lookup', config.lookupRate, metrics), async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = withLinks(ctx, await tables.ofMatch(ctx.params.matchID));
  });

  router.post('/api/tables/:code/join', rateLimit('join', config.joinRate, metrics), async (ctx) => {
    const body = await jsonBody(ctx, config.maxBodyBytes);
    ctx.set('Cache-Control', 'no-store');
    const joined = await tables.join(ctx.params.code, body);
    // The table after the join goes with the seat: the waiting room opens without asking again
    // (a round trip a slow phone feels).
    const answer: JoinedSeat = { ...joined, table: withLinks(ctx, await tables.get(ctx.params.code)) };
    ctx.body = answer;
  });

  router.post('/api/tables/:code/leave', rateLimit('join', config.joinRate, metrics), async (ctx) => {
    const body = await jsonBody(ctx, config.maxBodyBytes);
    await tables.leave(ctx.params.code, body);
    ctx.body = { ok: true };
  });

  // A seated player's own initiative while the table waits: set (an initiative) or cleared (null), with the seat's credentials.
  router.post('/api/tables/:code/initiative', rateLimit('join', config.joinRate, metrics), async (ctx) => {
    const body = await jsonBody(ctx, config.maxBodyBytes);
    const initiative = await tables.setInitiative(ctx.params.code, body);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ok: true, initiative };
  });

  // The host's own routes: the host key travels in the Authorization header, never in an address.
  const hostKey = (header: string | undefined) => /^Bearer\s+(\S{1,256})\s*$/i.exec(header ?? '')?.[1];

  router.post('/api/tables/:code/start', rateLimit('join', config.joinRate, metrics), async (ctx) => {
    await tables.start(ctx.params.code, hostKey(ctx.get('authorization')));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ok: true };
  });

  router.post('/api/tables/:code/seats/:seat/:to', rateLimit('join', config.joinRate, metrics), async (ctx) => {
    const to = ctx.params.to;
    if (to !== 'bot' && to !== 'free') throw new ApiError(404, 'notFound', 'A seat goes to a "bot" or is made "free".');
    await tables.handSeat(ctx.params.code, hostKey(ctx.get('authorization')), ctx.params.seat, to);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ok: true };
  });

  router.get('/api/decks/outcomes', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await outcomes.count();
  });

  router.get('/decks/outcomes', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = deckOutcomesPage(await outcomes.count(), ctx.query.lang === 'en' ? 'en' : 'nl');
  });

  return router;
}
