/**
 * Plays the bot seats of every table on this server. When a bot's turn comes (after a
 * stored move, a new table, or a restart), it waits BOT_DELAY_MS, so people can follow,
 * then moves through the master like any player, as the server itself.
 */
import type { State } from 'boardgame.io';
import { seededRandom } from '../../bots/index.ts';
import type { Content } from '../../content/content.ts';
import { moveArgs } from '../../game/game.ts';
import type { GameState } from '../../rules/state.ts';
import type { Logger } from '../logger.ts';
import type { TableMaster } from '../match/master.ts';
import type { MatchStore, TableMetadata } from '../storage/store.ts';
import type { BotPicker } from './picker.ts';

export interface BotRunnerOptions {
  content: Content;
  master: TableMaster;
  store: MatchStore;
  picker: BotPicker;
  delayMs: number;
  logger: Logger;
}

/**
 * How often a bot tries one position before it gives up: a refused or failed move is tried
 * again (a stale state is looked at afresh, a failing store may recover), but a bot that keeps
 * failing must not loop forever. A new accepted move starts the count again.
 */
export const BOT_ATTEMPTS = 3;

function botSeat(state: State, metadata: TableMetadata): string | undefined {
  if (state.ctx.gameover !== undefined) return undefined;
  // A table on hold (waiting for its start, paused by a facilitator) is kicked again when the hold lifts.
  if (metadata.hold) return undefined;
  const seat = state.ctx.currentPlayer;
  return metadata.players[Number(seat)]?.data?.bot === true ? seat : undefined;
}

export class BotRunner {
  /** One pending move per match, only for matches where a bot is to move. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly o: BotRunnerOptions) {
    o.master.onAccepted((matchID, state, metadata) => this.consider(matchID, state, metadata));
  }

  /** Schedules a bot move if one of this match's bots is to move; `attempt` counts tries at this position. */
  consider(matchID: string, state: State, metadata: TableMetadata, attempt = 1): void {
    if (this.stopped || this.timers.has(matchID)) return;
    const seat = botSeat(state, metadata);
    if (seat === undefined) return;
    const timer = setTimeout(() => {
      this.timers.delete(matchID);
      void this.play(matchID, seat, state._stateID, attempt);
    }, this.o.delayMs);
    this.timers.set(matchID, timer);
  }

  /** Tries again from the state there is now, unless this was the last attempt. */
  private async retry(matchID: string, seat: string, attempt: number, why: string): Promise<void> {
    if (attempt >= BOT_ATTEMPTS) {
      this.o.logger.error({ matchID, seat, attempts: attempt, why }, 'a bot seat gave up; it moves again after the next move or a restart');
      return;
    }
    const now = await this.o.master.snapshot(matchID);
    if (now) this.consider(matchID, now.state, now.metadata, attempt + 1);
  }

  private async play(matchID: string, seat: string, stateID: number, attempt: number): Promise<void> {
    if (this.stopped) return;
    try {
      const snapshot = await this.o.master.snapshot(matchID);
      if (!snapshot) return;
      if (snapshot.state._stateID !== stateID || botSeat(snapshot.state, snapshot.metadata) !== seat) {
        // Someone moved meanwhile: a new position, so a fresh count (progress, not a loop).
        this.consider(matchID, snapshot.state, snapshot.metadata);
        return;
      }
      const G = snapshot.state.G as GameState;
      // A bot's chance comes from the match's own (secret) seed and the position, like the deal:
      // the same table plays the same way again, so a replay, a restart or a test sees the same game.
      const random = seededRandom(`${G.secret.seed}:bot:${seat}:${stateID}`);
      const move = this.o.picker(this.o.content, G, Number(seat), random);
      if (!move) {
        this.o.logger.warn({ matchID, seat }, 'a bot found no legal move');
        return;
      }
      const result = await this.o.master.move(
        matchID,
        { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: seat } },
        stateID,
        undefined,
        true,
      );
      if (!result.ok) {
        this.o.logger.warn({ matchID, seat, move: move.type, reason: result.reason, attempt }, 'a bot move was refused');
        await this.retry(matchID, seat, attempt, String(result.reason));
      }
    } catch (err) {
      this.o.logger.error({ err, matchID, seat, attempt }, 'a bot move failed');
      if (!this.stopped) await this.retry(matchID, seat, attempt, 'failed').catch(() => undefined);
    }
  }

  /** After a restart: picks up every unfinished match where a bot is to move. */
  async resume(gameName: string): Promise<number> {
    let resumed = 0;
    for (const { matchID, state, metadata } of await this.o.store.listTables({ gameName, where: { isGameover: false }, withState: true })) {
      if (botSeat(state, metadata) !== undefined) {
        this.consider(matchID, state, metadata);
        resumed++;
      }
    }
    return resumed;
  }

  /** Pending bot moves (for tests and shutdown). */
  get pending(): number {
    return this.timers.size;
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
