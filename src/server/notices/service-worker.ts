/** GET /sw.js: the client's service worker for push notices (src/client/notices/service-worker.js). */
import { readFileSync } from 'node:fs';
import type Router from '@koa/router';

const FILE = new URL('../../client/notices/service-worker.js', import.meta.url);

export function serviceWorkerRoute(router: Router): void {
  const source = readFileSync(FILE, 'utf8');
  router.get('/sw.js', (ctx) => {
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('Service-Worker-Allowed', '/');
    ctx.body = source;
  });
}
