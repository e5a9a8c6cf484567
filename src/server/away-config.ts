/**
 * Settings of tables across time zones (docs/server.md, "Tables across time zones"): chat
 * limits, deadlines, and how notices reach players (SMTP, Web Push, webhooks).
 */
import { ConfigError, integer, rate, type Env, type RateLimit } from './config.ts';

export interface AwayConfig {
  /** Longest chat message, in characters. */
  chatMaxChars: number;
  /** Chat messages one seat may send per window. */
  chatRate: RateLimit;
  /** The length of one hour of a turn deadline (3 600 000; demos and tests shorten it). */
  deadlineHourMs: number;
  /** How often each instance looks for deadlines that passed. */
  deadlinePollMs: number;
  /** smtp://user:password@host:587 or smtps://…; without it no e-mail is sent. */
  smtpUrl?: string;
  /** The sender of notice mails. */
  mailFrom: string;
  /** Who runs this server, for push services (a mailto: or https: address). */
  vapidSubject: string;
  /** Webhooks to http:// addresses (only https:// otherwise): for a local chat server or a test. */
  webhookAllowHttp: boolean;
}

export function readAwayConfig(env: Env): AwayConfig {
  const smtp = env.SMTP_URL?.trim();
  if (smtp && !/^smtps?:\/\//.test(smtp)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps:// (e.g. smtp://user:password@mail.example:587)');
  const subject = (env.VAPID_SUBJECT ?? '').trim() || 'mailto:school-of-commons@localhost';
  if (!/^(mailto:|https:\/\/)/.test(subject)) throw new ConfigError(`VAPID_SUBJECT must be a mailto: or https:// address (got "${subject}")`);
  const allowHttp = (env.WEBHOOK_ALLOW_HTTP ?? '').trim().toLowerCase();
  return {
    chatMaxChars: integer(env, 'CHAT_MAX_CHARS', 500, 1, 4000),
    chatRate: rate(env, 'CHAT_RATE', { points: 8, seconds: 30 }),
    deadlineHourMs: integer(env, 'DEADLINE_HOUR_MS', 3_600_000, 1, 3_600_000),
    deadlinePollMs: integer(env, 'DEADLINE_POLL_MS', 15_000, 10, 600_000),
    smtpUrl: smtp || undefined,
    mailFrom: (env.MAIL_FROM ?? '').trim() || 'School of Commons <school-of-commons@localhost>',
    vapidSubject: subject,
    webhookAllowHttp: allowHttp === '1' || allowHttp === 'true' || allowHttp === 'yes',
  };
}
