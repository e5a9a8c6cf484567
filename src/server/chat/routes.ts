/** The chat's HTTP side (docs/api.md): read it, write in it, agree to show it in the harvest. */
import type Router from '@koa/router';
import type { Config } from '../config.ts';
import { jsonBody } from '../http/body.ts';
import { unknownMatch } from '../http/errors.ts';
import { isMatchID } from '../transport/socket-limits.ts';
import type { TableChat } from './chat.ts';

function matchIDOf(raw: string): string {
  if (!isMatchID(raw)) throw unknownMatch();
  return raw;
}

export function chatRoutes(router: Router, chat: TableChat, config: Config): void {
  router.get('/api/matches/:matchID/chat', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await chat.history(matchIDOf(ctx.params.matchID));
  });
  router.post('/api/matches/:matchID/chat', async (ctx) => {
    const body = await jsonBody(ctx, config.maxBodyBytes);
    ctx.status = 201;
    ctx.body = await chat.post(matchIDOf(ctx.params.matchID), body);
  });
  router.post('/api/matches/:matchID/chat/consent', async (ctx) => {
    const body = await jsonBody(ctx, config.maxBodyBytes);
    ctx.body = await chat.setConsent(matchIDOf(ctx.params.matchID), body);
  });
}
