/**
 * Table chat: messages stored with the match (table `chat`, deleted with it), sent by a seat
 * that proves its credentials, read by anyone who may watch the table, told live to every
 * socket at the table through the match's news channel (Redis between instances). Each seat
 * may send `chatRate` messages per window. A table may agree (every person seated) to show
 * its chat in the harvest.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { REACTIONS, type ChatHistory, type ChatMessage, type ChatNews } from '../../protocol/away.ts';
import type { RateLimit } from '../config.ts';
import { ApiError, unknownMatch } from '../http/errors.ts';
import type { Logger } from '../logger.ts';
import type { TableMaster } from '../match/master.ts';
import type { MatchNews } from '../match/views.ts';
import type { SideTables } from '../storage/side-tables.ts';
import type { TableMetadata } from '../storage/store.ts';
import { cleanChatText } from './text.ts';

export interface TableChatOptions {
  side: SideTables;
  master: TableMaster;
  publish: (matchID: string, news: MatchNews) => void;
  maxChars: number;
  rate: RateLimit;
  logger: Logger;
  now?: () => number;
}

/** How many messages a reader gets (the newest). */
const HISTORY = 300;

interface Row {
  seq: number;
  seat: number;
  name: string;
  kind: string;
  body: string;
  at: number;
}

const toMessage = (r: Row): ChatMessage => ({ seq: r.seq, seat: r.seat, name: r.name, kind: r.kind === 'reaction' ? 'reaction' : 'text', body: r.body, at: r.at });

/** The seats of people (not bots) who hold a seat at the table. */
function peopleSeated(metadata: TableMetadata): number[] {
  return Object.values(metadata.players)
    .filter((p) => p.credentials && !p.data?.bot)
    .map((p) => p.id);
}

export class TableChat {
  private readonly limiter: RateLimiterMemory;
  private readonly now: () => number;

  constructor(private readonly o: TableChatOptions) {
    this.limiter = new RateLimiterMemory({ keyPrefix: 'chat', points: o.rate.points, duration: o.rate.seconds });
    this.now = o.now ?? Date.now;
  }

  private async metadata(matchID: string): Promise<TableMetadata> {
    const snapshot = await this.o.master.snapshot(matchID).catch(() => undefined);
    if (!snapshot) throw unknownMatch();
    return snapshot.metadata;
  }

  /** The seat whose credentials these are; a spectator (no seat) may only read. */
  private async seatOf(matchID: string, body: Record<string, unknown>): Promise<{ seat: number; metadata: TableMetadata }> {
    const metadata = await this.metadata(matchID);
    const playerID = body.playerID;
    if (playerID === undefined || playerID === null) throw new ApiError(403, 'spectatorReadOnly', 'Spectators read the chat; only players write in it.');
    const seat = typeof playerID === 'number' ? String(playerID) : playerID;
    if (typeof seat !== 'string' || !this.o.master.mayAct(metadata, seat, body.credentials)) {
      throw new ApiError(403, 'badCredentials', 'These credentials do not open this seat.');
    }
    return { seat: Number(seat), metadata };
  }

  /** A message or a quick reaction from a seat. */
  async post(matchID: string, body: Record<string, unknown>): Promise<ChatMessage> {
    const { seat, metadata } = await this.seatOf(matchID, body);
    let kind: ChatMessage['kind'];
    let text: string;
    if (body.reaction !== undefined) {
      if (!REACTIONS.includes(body.reaction as never)) throw new ApiError(400, 'badReaction', `A reaction is one of ${REACTIONS.join(', ')}.`);
      kind = 'reaction';
      text = body.reaction as string;
    } else {
      kind = 'text';
      text = cleanChatText(body.text, this.o.maxChars);
    }
    try {
      await this.limiter.consume(`${matchID}/${seat}`);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      throw new ApiError(429, 'chatTooFast', `A seat may send ${this.o.rate.points} messages in ${this.o.rate.seconds} seconds. Wait a moment.`);
    }
    const name = metadata.players[seat]?.name ?? `${seat + 1}`;
    const at = this.now();
    const [row] = await this.o.side.all<Row>('INSERT INTO chat (match_id, seat, name, kind, body, at) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq, seat, name, kind, body, at', [matchID, seat, name, kind, text, at]);
    const message = toMessage(row);
    this.tell(matchID, { message });
    // Never the text: chat is the players' own.
    this.o.logger.debug({ matchID, seat, kind }, 'chat message');
    return message;
  }

  private tell(matchID: string, news: ChatNews): void {
    this.o.publish(matchID, { type: 'chat', args: [matchID, news] });
  }

  /** The newest messages, oldest first, and who agreed to show them in the harvest. */
  async history(matchID: string): Promise<ChatHistory> {
    const metadata = await this.metadata(matchID);
    const rows = await this.o.side.all<Row>('SELECT seq, seat, name, kind, body, at FROM chat WHERE match_id = ? ORDER BY seq DESC LIMIT ?', [matchID, HISTORY]);
    const consent = await this.consentOf(matchID);
    return { messages: rows.reverse().map(toMessage), consent, agreed: agrees(metadata, consent), people: peopleSeated(metadata).length };
  }

  private async consentOf(matchID: string): Promise<number[]> {
    const rows = await this.o.side.all<{ seat: number }>('SELECT seat FROM chat_consent WHERE match_id = ? ORDER BY seat', [matchID]);
    return rows.map((r) => Number(r.seat));
  }

  /** A seat agrees (or no longer agrees) to show the chat in the harvest. */
  async setConsent(matchID: string, body: Record<string, unknown>): Promise<{ consent: number[]; agreed: boolean; people: number }> {
    const { seat, metadata } = await this.seatOf(matchID, body);
    if (typeof body.agree !== 'boolean') throw new ApiError(400, 'badConsent', '"agree" is true or false.');
    if (body.agree) await this.o.side.run('INSERT INTO chat_consent (match_id, seat) VALUES (?, ?) ON CONFLICT DO NOTHING', [matchID, seat]);
    else await this.o.side.run('DELETE FROM chat_consent WHERE match_id = ? AND seat = ?', [matchID, seat]);
    const consent = await this.consentOf(matchID);
    const answer = { consent, agreed: agrees(metadata, consent), people: peopleSeated(metadata).length };
    this.tell(matchID, answer);
    return answer;
  }

  /** The whole chat of a table, for its session's facilitator (server-side: no credentials checked here). */
  async readTableChat(matchID: string): Promise<ChatMessage[]> {
    const rows = await this.o.side.all<Row>('SELECT seq, seat, name, kind, body, at FROM chat WHERE match_id = ? ORDER BY seq', [matchID]);
    return rows.map(toMessage);
  }

  /** The chat for the harvest: only when every person at the table agreed, else null. */
  async chatForHarvest(matchID: string): Promise<ChatMessage[] | null> {
    const metadata = await this.metadata(matchID);
    if (!agrees(metadata, await this.consentOf(matchID))) return null;
    return this.readTableChat(matchID);
  }
}

function agrees(metadata: TableMetadata, consent: number[]): boolean {
  const people = peopleSeated(metadata);
  return people.length > 0 && people.every((s) => consent.includes(s));
}
