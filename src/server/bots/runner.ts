/**
 * Plays the bot seats of every table on this server. When a bot's turn comes (after a
 * stored move, a new table, or a restart), it waits BOT_DELAY_MS, so people can follow,
 * then moves through the master like any player, as the server itself.
 */
import { randomInt } from 'node:crypto';
import type { State } from 'boardgame.io';
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

const random = () => randomInt(2 ** 47) / 2 ** 47;

function botSeat(state: State, metadata: TableMetadata): string | undefined {
  if (state.ctx.gameover !== undefined) return undefined;
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

  /** Schedules a bot move if one of this match's bots is to move. */
  consider(matchID: string, state: State, metadata: TableMetadata): void {
    if (this.stopped || this.timers.has(matchID)) return;
    const seat = botSeat(state, metadata);
    if (seat === undefined) return;
    const timer = setTimeout(() => {
      this.timers.delete(matchID);
      void this.play(matchID, seat, state._stateID);
    }, this.o.delayMs);
    this.timers.set(matchID, timer);
  }

  private async play(matchID: string, seat: string, stateID: number, attempt = 0): Promise<void> {
    if (this.stopped) return;
    try {
      const snapshot = await this.o.master.snapshot(matchID);
      if (!snapshot || snapshot.state._stateID !== stateID || botSeat(snapshot.state, snapshot.metadata) !== seat) {
        // Someone else moved meanwhile; look again at what is there now.
        if (snapshot && attempt < 3) this.consider(matchID, snapshot.state, snapshot.metadata);
        return;
      }
      const move = this.o.picker(this.o.content, snapshot.state.G as GameState, Number(seat), random);
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
        this.o.logger.warn({ matchID, seat, move: move.type, reason: result.reason }, 'a bot move was refused');
        if (result.reason === 'stale' && attempt < 3) {
          const again = await this.o.master.snapshot(matchID);
          if (again) this.consider(matchID, again.state, again.metadata);
        }
      }
    } catch (err) {
      this.o.logger.error({ err, matchID, seat }, 'a bot move failed');
    }
  }

  /** After a restart: picks up every unfinished match where a bot is to move. */
  async resume(gameName: string): Promise<number> {
    let resumed = 0;
    for (const matchID of await this.o.store.listMatches({ gameName, where: { isGameover: false } })) {
      const { state, metadata } = await this.o.store.fetch(matchID, { state: true, metadata: true });
      if (state && metadata && botSeat(state, metadata as TableMetadata) !== undefined) {
        this.consider(matchID, state, metadata as TableMetadata);
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
