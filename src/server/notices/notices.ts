/**
 * Notices when it becomes a player's turn and they are away (no browser of theirs at the
 * table): an e-mail (nodemailer over SMTP_URL), a Web Push message (web-push, the server's
 * VAPID keys), and the table's group-chat webhook, if it has one. The turn clock tells of
 * each new turn once, on the instance that ran the move, so each notice goes out once.
 * Sending never holds up a move, and a failure is logged without the address.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import webpush from 'web-push';
import type { AwayConfig } from '../away-config.ts';
import type { TurnStarted } from '../deadlines/turn-clock.ts';
import type { Logger } from '../logger.ts';
import type { SideTables } from '../storage/side-tables.ts';
import type { TableMetadata } from '../storage/store.ts';
import { NoticeBook, type Subscription, type WaitingDigest } from './book.ts';
import { digestSubject, digestText, mailSubject, mailText, pushPayload, webhookBody, type DigestLine, type TurnNotice } from './message.ts';
import { vapidKeys, type VapidKeys } from './vapid.ts';

export interface NoticesOptions {
  side: SideTables;
  config: AwayConfig;
  /** PUBLIC_URL, for links in webhooks (seat links carry the address they were made at). */
  publicUrl?: string;
  logger: Logger;
  /** A table's metadata (code, names, who is connected), for the daily digest. */
  tableOf: (matchID: string) => Promise<TableMetadata | undefined>;
  now?: () => number;
}

export class Notices {
  readonly book: NoticeBook;
  private mailer: Transporter | undefined;
  private keys: VapidKeys | undefined;
  /** Sends under way (tests and shutdown wait for them). */
  private readonly sending = new Set<Promise<void>>();
  private digestTimer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly o: NoticesOptions) {
    this.book = new NoticeBook(o.side);
    if (o.config.smtpUrl) this.mailer = nodemailer.createTransport(o.config.smtpUrl);
    this.now = o.now ?? Date.now;
  }

  /** A day, for digests: 24 deadline hours (tests and demos shorten the hour). */
  private get dayMs(): number {
    return 24 * this.o.config.deadlineHourMs;
  }

  /** Makes or reads the VAPID keys (at start). */
  async start(): Promise<void> {
    this.keys = await vapidKeys(this.o.side);
    if (this.mailer) {
      // Every instance looks; the claim in the database lets one of them send each digest.
      this.digestTimer = setInterval(() => this.track(this.digests()), this.o.config.deadlinePollMs);
      this.digestTimer.unref();
    }
  }

  private track(task: Promise<unknown>): void {
    const done = task.then(
      () => undefined,
      (err) => this.o.logger.error({ err }, 'notices failed'),
    );
    this.sending.add(done);
    void done.finally(() => this.sending.delete(done));
  }

  /**
   * The daily digests due now: for each address, the tables where its seat has had the turn
   * (and its player is not at the table), claimed one by one so that each digest goes once
   * across instances, then sent as one mail. Answers how many mails went.
   */
  async digests(): Promise<number> {
    if (!this.mailer) return 0;
    const now = this.now();
    const waiting = await this.book.waitingDigests(now, this.dayMs);
    const byAddress = new Map<string, WaitingDigest[]>();
    for (const w of waiting) byAddress.set(w.address, [...(byAddress.get(w.address) ?? []), w]);
    let sent = 0;
    for (const [address, subscriptions] of byAddress) {
      const lines: DigestLine[] = [];
      const tokens: string[] = [];
      for (const s of subscriptions) {
        const metadata = await this.o.tableOf(s.matchID);
        const player = metadata?.players[s.seat];
        if (!metadata || !player || player.isConnected === true) continue;
        if (!(await this.book.claimDigest(s.token, now, this.dayMs))) continue;
        lines.push({ name: player.name ?? `${s.seat + 1}`, code: metadata.code ?? '', dueAt: s.dueAt, link: s.seatLink });
        tokens.push(s.token);
      }
      if (lines.length === 0) continue;
      // One link unsubscribes every address of this mail (the tokens joined with dots).
      const unsubscribe = `${new URL(subscriptions[0].seatLink).origin}/api/notices/unsubscribe/${tokens.join('.')}`;
      try {
        await this.mailer.sendMail({
          from: this.o.config.mailFrom,
          to: address,
          subject: digestSubject(lines),
          text: digestText(lines, unsubscribe),
          list: { unsubscribe: { url: unsubscribe, comment: 'Unsubscribe' } },
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        });
        sent++;
        this.o.logger.info({ tables: lines.length, kind: 'digest' }, 'turn notice sent');
      } catch (err) {
        this.o.logger.warn({ kind: 'digest', error: (err as Error).message.replace(address, '…') }, 'turn notice not sent');
      }
    }
    return sent;
  }

  get publicKey(): string | undefined {
    return this.keys?.publicKey;
  }

  get mailEnabled(): boolean {
    return this.mailer !== undefined;
  }

  /** From the turn clock: a new turn began. */
  turnStarted(t: TurnStarted): void {
    this.track(this.tell(t).catch((err) => this.o.logger.error({ err, matchID: t.matchID }, 'turn notices failed')));
  }

  private async tell({ matchID, seat, dueAt, metadata }: TurnStarted): Promise<void> {
    const player = metadata.players[Number(seat)];
    if (!player || player.data?.bot) return;
    const name = player.name ?? `${Number(seat) + 1}`;
    const code = metadata.code ?? '';
    const jobs: Promise<void>[] = [];
    if (metadata.webhook) {
      const base = this.o.publicUrl ?? metadata.webhook.base;
      jobs.push(this.webhook(matchID, metadata.webhook.url, { name, code, dueAt, link: `${base}/table/${matchID}` }));
    }
    // A player at the table sees the turn come; notices are for those away.
    if (player.isConnected !== true) {
      for (const s of await this.book.forSeat(matchID, Number(seat))) {
        // A daily subscription hears of its turns in the digest only.
        if (s.cadence === 'daily') continue;
        const notice: TurnNotice = { name, code, dueAt, link: s.seatLink };
        jobs.push(s.kind === 'email' ? this.mail(s, notice) : this.push(s, notice));
      }
    }
    await Promise.all(jobs);
  }

  private unsubscribeLink(s: Subscription): string {
    return `${new URL(s.seatLink).origin}/api/notices/unsubscribe/${s.token}`;
  }

  private async mail(s: Subscription, notice: TurnNotice): Promise<void> {
    if (!this.mailer) return;
    const unsubscribe = this.unsubscribeLink(s);
    try {
      await this.mailer.sendMail({
        from: this.o.config.mailFrom,
        to: s.address,
        subject: mailSubject(notice),
        text: mailText(notice, unsubscribe),
        // RFC 8058: mail programs offer their own one-click unsubscribe button.
        list: { unsubscribe: { url: unsubscribe, comment: 'Unsubscribe' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      this.o.logger.info({ matchID: s.matchID, seat: s.seat, kind: 'email' }, 'turn notice sent');
    } catch (err) {
      this.o.logger.warn({ matchID: s.matchID, seat: s.seat, kind: 'email', error: (err as Error).message.replace(s.address, '…') }, 'turn notice not sent');
    }
  }

  private async push(s: Subscription, notice: TurnNotice): Promise<void> {
    if (!this.keys) return;
    try {
      // web-push encrypts and signs (aes128gcm, VAPID); the request itself goes through fetch,
      // which also reaches a push endpoint on plain http (a local test service).
      const request = webpush.generateRequestDetails(JSON.parse(s.address), pushPayload(notice), {
        vapidDetails: { subject: this.o.config.vapidSubject, publicKey: this.keys.publicKey, privateKey: this.keys.privateKey },
        TTL: 24 * 3600,
        contentEncoding: 'aes128gcm',
      });
      const res = await fetch(request.endpoint, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(request.body as Buffer), signal: AbortSignal.timeout(10_000) });
      // The browser dropped the subscription: forget it.
      if (res.status === 404 || res.status === 410) await this.book.remove(s.token);
      this.o.logger.info({ matchID: s.matchID, seat: s.seat, kind: 'push', status: res.status }, res.ok ? 'turn notice sent' : 'turn notice not sent');
    } catch (err) {
      this.o.logger.warn({ matchID: s.matchID, seat: s.seat, kind: 'push', error: (err as Error).name }, 'turn notice not sent');
    }
  }

  private async webhook(matchID: string, url: string, notice: TurnNotice): Promise<void> {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: webhookBody(notice), signal: AbortSignal.timeout(10_000), redirect: 'error' });
      this.o.logger.info({ matchID, kind: 'webhook', status: res.status }, 'turn notice sent');
    } catch (err) {
      this.o.logger.warn({ matchID, kind: 'webhook', error: (err as Error).name }, 'turn notice not sent');
    }
  }

  /** A seat's player left, or the match ended: their addresses go. */
  async forgetSeat(matchID: string, seat: number): Promise<void> {
    await this.book.removeSeat(matchID, seat);
  }

  async forgetMatch(matchID: string): Promise<void> {
    await this.book.removeMatch(matchID);
  }

  /** Waits for the notices being sent now. */
  async idle(): Promise<void> {
    while (this.sending.size > 0) await Promise.all([...this.sending]);
  }

  close(): void {
    clearInterval(this.digestTimer);
    this.mailer?.close();
  }
}
