/**
 * The notice subscriptions of seats (table notice_subscriptions): an e-mail address or a
 * push subscription, the link that opens the seat, and a random token that unsubscribes in
 * one click. A row lives only while its player holds the seat: leaving the seat, the end of
 * the match and deleting the table remove it. Addresses are never logged.
 */
import { randomBytes } from 'node:crypto';
import type { SideTables } from '../storage/side-tables.ts';

export type NoticeKind = 'email' | 'push';
/** A notice at each turn, or (e-mail only) one digest a day of the tables waiting for you. */
export type NoticeCadence = 'turn' | 'daily';

export interface Subscription {
  token: string;
  matchID: string;
  seat: number;
  kind: NoticeKind;
  cadence: NoticeCadence;
  /** An e-mail address, or a push subscription as JSON. */
  address: string;
  /** /table/ID#seat=N.SECRET: opens the seat on any device. */
  seatLink: string;
}

/** More than a few per seat is a mistake or abuse. */
export const MOST_PER_SEAT = 5;

interface Row {
  token: string;
  match_id: string;
  seat: number;
  kind: string;
  cadence: string;
  address: string;
  seat_link: string;
}

/** A daily subscription whose seat has the turn now, with the turn's deadline. */
export interface WaitingDigest extends Subscription {
  dueAt: number | null;
  startedAt: number;
}

const toSubscription = (r: Row): Subscription => ({ token: r.token, matchID: r.match_id, seat: Number(r.seat), kind: r.kind as NoticeKind, cadence: r.cadence === 'daily' ? 'daily' : 'turn', address: r.address, seatLink: r.seat_link });

export class NoticeBook {
  constructor(private readonly side: SideTables) {}

  /** Adds a subscription (the same address twice is kept once); undefined when the seat has too many. */
  async add(matchID: string, seat: number, kind: NoticeKind, address: string, seatLink: string, cadence: NoticeCadence = 'turn', now = Date.now()): Promise<string | undefined> {
    const existing = (await this.forSeat(matchID, seat)).find((s) => s.kind === kind && s.address === address);
    if (existing) {
      await this.side.run('UPDATE notice_subscriptions SET seat_link = ?, cadence = ? WHERE token = ?', [seatLink, cadence, existing.token]);
      return existing.token;
    }
    const [{ n }] = await this.side.all<{ n: number }>('SELECT COUNT(*) AS n FROM notice_subscriptions WHERE match_id = ? AND seat = ?', [matchID, seat]);
    if (Number(n) >= MOST_PER_SEAT) return undefined;
    const token = randomBytes(24).toString('base64url');
    await this.side.run('INSERT INTO notice_subscriptions (token, match_id, seat, kind, cadence, address, seat_link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [token, matchID, seat, kind, cadence, address, seatLink, now]);
    return token;
  }

  async forSeat(matchID: string, seat: number): Promise<Subscription[]> {
    const rows = await this.side.all<Row>('SELECT token, match_id, seat, kind, cadence, address, seat_link FROM notice_subscriptions WHERE match_id = ? AND seat = ? ORDER BY created_at', [matchID, seat]);
    return rows.map(toSubscription);
  }

  /**
   * Daily subscriptions whose seat has the turn and whose last digest went a day ago or more
   * (or never). Turns are the turn clock's rows: a finished match has none.
   */
  async waitingDigests(now: number, dayMs: number): Promise<WaitingDigest[]> {
    const rows = await this.side.all<Row & { due_at: number | null; started_at: number }>(
      `SELECT s.token, s.match_id, s.seat, s.kind, s.cadence, s.address, s.seat_link, t.due_at, t.started_at
       FROM notice_subscriptions s JOIN turns t ON t.match_id = s.match_id AND t.seat = CAST(s.seat AS TEXT)
       WHERE s.cadence = 'daily' AND (s.digest_at IS NULL OR s.digest_at <= ?)
       ORDER BY s.address, t.started_at LIMIT 500`,
      [now - dayMs],
    );
    return rows.map((r) => ({ ...toSubscription(r), dueAt: r.due_at === null ? null : Number(r.due_at), startedAt: Number(r.started_at) }));
  }

  /**
   * Claims a subscription's digest for today: true for exactly one of several instances
   * claiming at once (compare-and-set on digest_at), so each digest goes once.
   */
  async claimDigest(token: string, now: number, dayMs: number): Promise<boolean> {
    return (await this.side.run('UPDATE notice_subscriptions SET digest_at = ? WHERE token = ? AND (digest_at IS NULL OR digest_at <= ?)', [now, token, now - dayMs])) === 1;
  }

  /** The one-click unsubscribe; answers whether there was something to delete. */
  async remove(token: string): Promise<boolean> {
    return (await this.side.run('DELETE FROM notice_subscriptions WHERE token = ?', [token])) > 0;
  }

  /** One of a seat's subscriptions, or (no token) all of them. */
  async removeSeat(matchID: string, seat: number, token?: string): Promise<number> {
    return token === undefined
      ? this.side.run('DELETE FROM notice_subscriptions WHERE match_id = ? AND seat = ?', [matchID, seat])
      : this.side.run('DELETE FROM notice_subscriptions WHERE match_id = ? AND seat = ? AND token = ?', [matchID, seat, token]);
  }

  async removeMatch(matchID: string): Promise<number> {
    return this.side.run('DELETE FROM notice_subscriptions WHERE match_id = ?', [matchID]);
  }
}
