/**
 * The notice subscriptions of seats (table notice_subscriptions): an e-mail address or a
 * push subscription, the link that opens the seat, and a random token that unsubscribes in
 * one click. A row lives only while its player holds the seat: leaving the seat, the end of
 * the match and deleting the table remove it. Addresses are never logged.
 */
import { randomBytes } from 'node:crypto';
import type { SideTables } from '../storage/side-tables.ts';

export type NoticeKind = 'email' | 'push';

export interface Subscription {
  token: string;
  matchID: string;
  seat: number;
  kind: NoticeKind;
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
  address: string;
  seat_link: string;
}

const toSubscription = (r: Row): Subscription => ({ token: r.token, matchID: r.match_id, seat: Number(r.seat), kind: r.kind as NoticeKind, address: r.address, seatLink: r.seat_link });

export class NoticeBook {
  constructor(private readonly side: SideTables) {}

  /** Adds a subscription (the same address twice is kept once); undefined when the seat has too many. */
  async add(matchID: string, seat: number, kind: NoticeKind, address: string, seatLink: string, now = Date.now()): Promise<string | undefined> {
    const existing = (await this.forSeat(matchID, seat)).find((s) => s.kind === kind && s.address === address);
    if (existing) {
      await this.side.run('UPDATE notice_subscriptions SET seat_link = ? WHERE token = ?', [seatLink, existing.token]);
      return existing.token;
    }
    const [{ n }] = await this.side.all<{ n: number }>('SELECT COUNT(*) AS n FROM notice_subscriptions WHERE match_id = ? AND seat = ?', [matchID, seat]);
    if (Number(n) >= MOST_PER_SEAT) return undefined;
    const token = randomBytes(24).toString('base64url');
    await this.side.run('INSERT INTO notice_subscriptions (token, match_id, seat, kind, address, seat_link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [token, matchID, seat, kind, address, seatLink, now]);
    return token;
  }

  async forSeat(matchID: string, seat: number): Promise<Subscription[]> {
    const rows = await this.side.all<Row>('SELECT token, match_id, seat, kind, address, seat_link FROM notice_subscriptions WHERE match_id = ? AND seat = ? ORDER BY created_at', [matchID, seat]);
    return rows.map(toSubscription);
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
