/**
 * Notices over HTTP (docs/api.md): a seat subscribes (e-mail or push), lists and deletes its
 * addresses, sets the table's webhook; anyone with a notice's token unsubscribes in one click.
 */
import type Router from '@koa/router';
import type { Config } from '../config.ts';
import { jsonBody } from '../http/body.ts';
import { ApiError, unknownMatch } from '../http/errors.ts';
import type { TableMaster } from '../match/master.ts';
import { isMatchID } from '../transport/socket-limits.ts';
import { MOST_PER_SEAT, type NoticeCadence } from './book.ts';
import type { Notices } from './notices.ts';

const EMAIL = /^[^\s@<>()",;:]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/;
const B64URL = /^[A-Za-z0-9_-]+=*$/;

function httpUrl(raw: unknown, allowHttp: boolean, what: string): string {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new ApiError(400, 'badUrl', `${what} is not an address like https://…`);
  }
  if (String(raw).length > 2000 || !(url.protocol === 'https:' || (allowHttp && url.protocol === 'http:')) || url.username || url.password) {
    throw new ApiError(400, 'badUrl', `${what} must be an https:// address.`);
  }
  return url.href;
}

/** A browser's PushSubscription as JSON: the push service's endpoint and the two keys. */
function pushSubscription(raw: unknown, allowHttp: boolean): string {
  const s = raw as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } } | null;
  const endpoint = httpUrl(s?.endpoint, allowHttp, 'The push endpoint');
  const { p256dh, auth } = s?.keys ?? {};
  if (typeof p256dh !== 'string' || typeof auth !== 'string' || !B64URL.test(p256dh) || !B64URL.test(auth) || p256dh.length > 200 || auth.length > 50) {
    throw new ApiError(400, 'badSubscription', 'A push subscription has an endpoint and the keys p256dh and auth.');
  }
  return JSON.stringify({ endpoint, keys: { p256dh, auth } });
}

export function noticeRoutes(router: Router, notices: Notices, master: TableMaster, config: Config): void {
  const allowHttp = config.away.webhookAllowHttp;

  /** The seat these credentials open (403 otherwise), and the table. */
  async function seatOf(matchID: string, body: Record<string, unknown>) {
    const snapshot = isMatchID(matchID) ? await master.snapshot(matchID) : undefined;
    if (!snapshot) throw unknownMatch();
    const seat = typeof body.playerID === 'number' ? String(body.playerID) : body.playerID;
    if (typeof seat !== 'string' || !master.mayAct(snapshot.metadata, seat, body.credentials)) throw new ApiError(403, 'badCredentials', 'These credentials do not open this seat.');
    return { seat, credentials: body.credentials as string, snapshot };
  }

  router.get('/api/notices/key', (ctx) => {
    ctx.body = { publicKey: notices.publicKey };
  });

  router.post('/api/matches/:matchID/notices', async (ctx) => {
    const matchID = ctx.params.matchID;
    const body = await jsonBody(ctx, config.maxBodyBytes);
    const { seat, credentials } = await seatOf(matchID, body);
    let address: string;
    if (body.kind === 'email') {
      if (!notices.mailEnabled) throw new ApiError(501, 'mailOff', 'This server sends no e-mail (its host has not set SMTP_URL).');
      if (typeof body.address !== 'string' || body.address.length > 254 || !EMAIL.test(body.address.trim())) throw new ApiError(400, 'badEmail', 'That is not an e-mail address.');
      address = body.address.trim();
    } else if (body.kind === 'push') {
      address = pushSubscription(body.subscription, allowHttp);
    } else throw new ApiError(400, 'badKind', '"kind" is "email" or "push".');
    const cadence: NoticeCadence = body.cadence === undefined ? 'turn' : (body.cadence as NoticeCadence);
    if (cadence !== 'turn' && cadence !== 'daily') throw new ApiError(400, 'badCadence', '"cadence" is "turn" (a notice at each turn) or "daily" (one digest mail a day).');
    if (cadence === 'daily' && body.kind !== 'email') throw new ApiError(400, 'badCadence', 'A daily digest goes by e-mail only.');
    // The seat's link carries its credentials after # (browsers never send that part).
    const seatLink = `${config.publicUrl ?? ctx.origin}/table/${matchID}#seat=${seat}.${credentials}`;
    const token = await notices.book.add(matchID, Number(seat), body.kind, address, seatLink, cadence);
    if (!token) throw new ApiError(409, 'tooManyNotices', `A seat may keep ${MOST_PER_SEAT} addresses. Delete one first.`);
    ctx.status = 201;
    ctx.body = { token };
  });

  router.post('/api/matches/:matchID/notices/list', async (ctx) => {
    const matchID = ctx.params.matchID;
    const { seat } = await seatOf(matchID, await jsonBody(ctx, config.maxBodyBytes));
    ctx.set('Cache-Control', 'no-store');
    // A push subscription is shown as what it is to the player: this or another device.
    ctx.body = (await notices.book.forSeat(matchID, Number(seat))).map((s) => ({ token: s.token, kind: s.kind, cadence: s.cadence, address: s.kind === 'email' ? s.address : new URL(JSON.parse(s.address).endpoint).host }));
  });

  router.post('/api/matches/:matchID/notices/delete', async (ctx) => {
    const matchID = ctx.params.matchID;
    const body = await jsonBody(ctx, config.maxBodyBytes);
    const { seat } = await seatOf(matchID, body);
    if (body.token !== undefined && typeof body.token !== 'string') throw new ApiError(400, 'badToken', '"token" is one of the tokens the list gave.');
    ctx.body = { deleted: await notices.book.removeSeat(matchID, Number(seat), body.token as string | undefined) };
  });

  router.post('/api/matches/:matchID/webhook', async (ctx) => {
    const matchID = ctx.params.matchID;
    const body = await jsonBody(ctx, config.maxBodyBytes);
    await seatOf(matchID, body);
    const url = body.url === '' || body.url === null ? undefined : httpUrl(body.url, allowHttp, 'The webhook');
    const base = config.publicUrl ?? ctx.origin;
    await master.updateMetadata(matchID, (m) => {
      if (url) m.webhook = { url, base };
      else delete m.webhook;
      return true;
    });
    ctx.body = { ok: true };
  });

  // One click from a mail or a notice: no credentials, the token is the proof. POST too,
  // for mail programs' own button (RFC 8058).
  const unsubscribe = async (ctx: Router.RouterContext) => {
    // A digest mail's link carries the tokens of all its tables, joined with dots.
    const tokens = String(ctx.params.token ?? '').split('.').slice(0, 50);
    let removed = false;
    for (const token of tokens) if (/^[A-Za-z0-9_-]{16,64}$/.test(token) && (await notices.book.remove(token))) removed = true;
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>School of Commons</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36em; margin: 3em auto; padding: 0 1em">
<h1>School of Commons</h1>
<p data-unsubscribed="${removed}">${removed ? 'Afgemeld: je krijgt geen meldingen meer op dit adres voor deze plaats. Het adres is verwijderd.' : 'Dit adres staat niet (meer) op de lijst.'}</p>
<p lang="en">${removed ? 'Unsubscribed: no more notices to this address for this seat. The address is deleted.' : 'This address is not (or no longer) on the list.'}</p>
</body></html>`;
  };
  router.get('/api/notices/unsubscribe/:token', unsubscribe);
  router.post('/api/notices/unsubscribe/:token', unsubscribe);
}
