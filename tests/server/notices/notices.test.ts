/**
 * Turn notices with real parts: an SMTP server started here receives the mail, a local HTTP
 * endpoint receives the Web Push message, which is decrypted here with the subscription's
 * own keys (RFC 8291, aes128gcm, with node:crypto), and a local HTTP server receives the
 * table's webhook. Each carries the link to the seat; unsubscribing takes one click; the
 * address is never logged and goes when the player leaves the seat.
 */
import { createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catchMail, type MailCatcher } from '../helpers/smtp.ts';
import { endTurnOf, gameClient, startServer, tableWith, until, type TestServer } from '../helpers/server.ts';


let smtp: MailCatcher;
let mails: MailCatcher['mails'];

const posts: { path: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];
const endpoint: Server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    posts.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
    res.writeHead(201).end();
  });
});

let server: TestServer;
let local: string;
/** The server's clock runs with real time, plus days skipped by the digest test. */
let skipped = 0;
beforeAll(async () => {
  smtp = await catchMail();
  mails = smtp.mails;
  await new Promise<void>((r) => endpoint.listen(0, '127.0.0.1', r));
  local = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}`;
  server = await startServer({ SMTP_URL: smtp.url, WEBHOOK_ALLOW_HTTP: 'true', MAIL_FROM: 'School <school@example.org>', LOG_LEVEL: 'debug' }, { clock: () => Date.now() + skipped });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
  endpoint.close();
});

/** A browser's push subscription: its own P-256 key pair and auth secret. */
function pushKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, auth: randomBytes(16) };
}

/** RFC 8291 + RFC 8188 (aes128gcm, one record), as a browser decrypts a push message. */
function decryptPush(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20];
  const serverKey = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
  const shared = ecdh.computeSecret(serverKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), serverKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then padding zeros.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  expect(plain[end]).toBe(2);
  return plain.subarray(0, end).toString('utf8');
}

describe('turn notices', () => {
  it('mail, push and webhook reach the next seat with a link to it; one click unsubscribes; the address is never logged', async () => {
    const { matchID, code, seats } = await tableWith(server, ['Ana', 'Bo'], { pace: { hours: 24, onTimeout: 'bot' } });
    const [ana, bo] = seats;
    const notices = `/api/matches/${matchID}/notices`;
    const email = 'bo.away@example.org';
    expect((await server.api.post(notices, { playerID: '1', credentials: bo.credentials, kind: 'email', address: email })).status).toBe(201);
    const keys = pushKeys();
    const subscription = { endpoint: `${local}/push/bo`, keys: { p256dh: keys.ecdh.getPublicKey().toString('base64url'), auth: keys.auth.toString('base64url') } };
    expect((await server.api.post(notices, { playerID: '1', credentials: bo.credentials, kind: 'push', subscription })).status).toBe(201);
    expect((await server.api.post(`/api/matches/${matchID}/webhook`, { playerID: '0', credentials: ana.credentials, url: `${local}/hook` })).status).toBe(200);
    // Refused: someone else's seat, not an address, a webhook that is not a URL.
    expect((await server.api.post(notices, { playerID: '1', credentials: ana.credentials, kind: 'email', address: email })).status).toBe(403);
    expect((await server.api.post(notices, { playerID: '1', credentials: bo.credentials, kind: 'email', address: 'not an address' })).body.error).toBe('badEmail');
    expect((await server.api.post(`/api/matches/${matchID}/webhook`, { playerID: '0', credentials: ana.credentials, url: 'javascript:alert(1)' })).body.error).toBe('badUrl');

    // Ana ends her turn; Bo is away (no browser at the table).
    const client = gameClient(server.url, matchID, '0', ana.credentials);
    await endTurnOf(client);
    const link = `${server.url}/table/${matchID}#seat=1.${bo.credentials}`;

    const mail = await until('the mail arrived', () => mails.find((m) => m.subject?.includes(code)));
    expect((mail.to as { text: string }).text).toBe(email);
    expect(mail.text).toContain(`Open your seat: ${link}`);
    expect(mail.text).toMatch(/You have until .+ UTC\./);
    const unsubscribe = /No more notices: (\S+)/.exec(mail.text!)![1];
    const headers = mail.headerLines.map((h) => h.line.replace(/\r?\n\s+/g, ' ')).join('\n');
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(headers).toMatch(new RegExp(`List-Unsubscribe: <${unsubscribe.replace(/[.?]/g, '\\$&')}>`));

    const push = await until('the push message arrived', () => posts.find((p) => p.path === '/push/bo'));
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    const { publicKey } = (await server.api.get('/api/notices/key')).body;
    expect(push.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`));
    const message = JSON.parse(decryptPush(push.body, keys.ecdh, keys.auth));
    expect(message).toMatchObject({ title: `School of Commons ${code}`, url: link });
    expect(message.body).toContain('Bo: je bent aan de beurt');

    const hook = await until('the webhook arrived', () => posts.find((p) => p.path === '/hook'));
    const said = JSON.parse(hook.body.toString('utf8'));
    expect(said.text).toBe(said.content);
    expect(said.text).toContain(`it is Bo's turn`);
    expect(said.text).toContain(`${server.url}/table/${matchID}`);
    expect(said.text).not.toContain(bo.credentials);
    client.stop();

    // One click: the mail's link deletes that address; the push subscription stays until deleted.
    const page = await fetch(unsubscribe);
    expect(await page.text()).toContain('data-unsubscribed="true"');
    const list = async () => (await server.api.post(`${notices}/list`, { playerID: '1', credentials: bo.credentials })).body;
    expect((await list()).map((s: { kind: string }) => s.kind)).toEqual(['push']);
    expect((await server.api.post(`${notices}/delete`, { playerID: '1', credentials: bo.credentials })).body).toEqual({ deleted: 1 });
    expect(await list()).toEqual([]);

    // Leaving the seat deletes what was kept for it.
    await server.api.post(notices, { playerID: '1', credentials: bo.credentials, kind: 'email', address: email });
    expect(await server.app.notices.book.forSeat(matchID, 1)).toHaveLength(1);
    expect((await server.api.post(`/api/tables/${code}/leave`, { playerID: '1', credentials: bo.credentials })).status).toBe(200);
    await until('the address is gone', async () => (await server.app.notices.book.forSeat(matchID, 1)).length === 0);

    expect(server.logs()).toContain('turn notice sent');
    expect(server.logs()).not.toContain(email);
    expect(server.logs()).not.toContain('bo.away');
  }, 60_000);

  it('a daily digest lists every table waiting for an address, goes once across racing instances, and at most once a day', async () => {
    const email = 'bo.daily@example.org';
    const tables = [await tableWith(server, ['Ana', 'Bo'], { pace: { hours: 72, onTimeout: 'skip' } }), await tableWith(server, ['Cleo', 'Bo'])];
    for (const { matchID, seats } of tables) {
      const subscribe = (extra: Record<string, unknown>) => server.api.post(`/api/matches/${matchID}/notices`, { playerID: '1', credentials: seats[1].credentials, ...extra });
      expect((await subscribe({ kind: 'email', address: email, cadence: 'daily' })).status).toBe(201);
      // A digest is a mail; a made-up cadence is refused.
      expect((await subscribe({ kind: 'push', cadence: 'daily', subscription: { endpoint: `${local}/push/x`, keys: { p256dh: 'AAAA', auth: 'BBBB' } } })).body.error).toBe('badCadence');
      expect((await subscribe({ kind: 'email', address: email, cadence: 'weekly' })).body.error).toBe('badCadence');
      // Nobody has waited for Bo yet: no digest.
    }
    expect(await server.app.notices.digests()).toBe(0);

    for (const { matchID, seats } of tables) {
      const client = gameClient(server.url, matchID, '0', seats[0].credentials);
      await endTurnOf(client);
      await until('the turn clock wrote Bo down', async () => (await server.app.turns.current(matchID))?.seat === '1');
      client.stop();
    }
    await server.app.notices.idle();
    // No mail at each turn for a daily address.
    expect(mails.filter((m) => (m.to as { text: string }).text === email)).toEqual([]);

    // Two instances looking at once (the claim is in the database): one mail for both tables.
    const sent = await Promise.all([server.app.notices.digests(), server.app.notices.digests()]);
    expect(sent.sort()).toEqual([0, 1]);
    const digest = await until('the digest arrived', () => mails.find((m) => (m.to as { text: string }).text === email));
    expect(digest.subject).toContain('2 tables are waiting for you');
    for (const { matchID, code, seats } of tables) {
      expect(digest.text).toContain(`- Table ${code}, Bo`);
      expect(digest.text).toContain(`${server.url}/table/${matchID}#seat=1.${seats[1].credentials}`);
    }
    expect(digest.text).toMatch(/until .+ UTC/);
    // Within the day nothing more; a day later the tables still wait, and the digest comes again.
    expect(await server.app.notices.digests()).toBe(0);
    skipped += 24 * 3_600_000 + 1000;
    expect(await server.app.notices.digests()).toBe(1);

    // One click on the digest's link drops the address from both tables.
    const unsubscribe = /No more notices: (\S+)/.exec(digest.text!)![1];
    expect(await (await fetch(unsubscribe)).text()).toContain('data-unsubscribed="true"');
    for (const { matchID } of tables) expect(await server.app.notices.book.forSeat(matchID, 1)).toEqual([]);
    expect(server.logs()).not.toContain(email);
  }, 60_000);
});
