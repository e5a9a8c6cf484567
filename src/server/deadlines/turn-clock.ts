/**
 * Whose turn it is at every table, and until when (table `turns`). After each stored move
 * the clock writes the turn down; a row changes only when a new turn begins, and the one
 * write that changes it tells the listeners (notices: "it is your turn") — once, whichever
 * instance ran the move. On an asynchronous table the row carries the deadline.
 *
 * Each instance looks for deadlines that passed (at the next one it knows of, and at least
 * every `pollMs`) and claims each with one UPDATE … WHERE … RETURNING: the claim is a lease
 * on that turn, so of several instances exactly one plays it; a lease that runs out (its
 * instance died mid-turn) lets another finish the turn. The moves themselves are compare-
 * and-set on the match's state, so a turn already played is never played again. Deadlines
 * are rows in the database: a restart, or a deadline passing while no server runs, loses
 * nothing; the first instance up plays the turn.
 */
import type { State } from 'boardgame.io';
import type { Logger } from '../logger.ts';
import type { SideTables } from '../storage/side-tables.ts';
import type { TableMetadata } from '../storage/store.ts';

export interface TurnStarted {
  matchID: string;
  turn: number;
  seat: string;
  dueAt: number | null;
  metadata: TableMetadata;
}

export interface TurnClockOptions {
  side: SideTables;
  /** Plays a seat's turn when its time is up (deadlines/play-turn.ts). */
  takeOver: (matchID: string, seat: string, turn: number) => Promise<{ moves: number; how: 'bot' | 'skip' }>;
  /** Length of an hour of deadline (DEADLINE_HOUR_MS). */
  hourMs: number;
  pollMs: number;
  logger: Logger;
  now?: () => number;
  /** How long a claim holds before another instance may take the turn over. */
  leaseMs?: number;
}

interface DueRow {
  match_id: string;
  turn: number;
  seat: string;
}

export class TurnClock {
  private readonly now: () => number;
  private readonly listeners: ((t: TurnStarted) => void)[] = [];
  /** The turn last written per match here: most moves do not start a turn and skip the write. */
  private readonly known = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  /** When the timer fires. */
  private timerAt = Infinity;
  private running = false;
  private stopped = true;
  private ticking: Promise<void> = Promise.resolve();

  constructor(private readonly o: TurnClockOptions) {
    this.now = o.now ?? Date.now;
  }

  onTurnStarted(listener: (t: TurnStarted) => void): void {
    this.listeners.push(listener);
  }

  /** After a new table or a stored move: writes a new turn down (and its deadline). */
  async moved(matchID: string, state: State, metadata: TableMetadata): Promise<void> {
    if (state.ctx.gameover !== undefined) {
      this.known.delete(matchID);
      await this.o.side.run('DELETE FROM turns WHERE match_id = ?', [matchID]);
      return;
    }
    // A table in its waiting room has no turn running yet: the clock starts with the table.
    if (metadata.hold === 'waiting') return;
    const turn = state.ctx.turn;
    const seat = state.ctx.currentPlayer;
    const key = `${turn}/${seat}`;
    if (this.known.get(matchID) === key) return;
    this.known.set(matchID, key);
    if (this.known.size > 10_000) this.known.delete(this.known.keys().next().value!);
    const now = this.now();
    const bot = metadata.players[Number(seat)]?.data?.bot === true;
    // A bot seat plays at once: it needs no deadline.
    const dueAt = metadata.pace && !bot ? now + metadata.pace.hours * this.o.hourMs : null;
    const changed = await this.o.side.all<{ match_id: string }>(
      `INSERT INTO turns (match_id, turn, seat, started_at, due_at, lease_until) VALUES (?, ?, ?, ?, ?, 0)
       ON CONFLICT (match_id) DO UPDATE SET turn = excluded.turn, seat = excluded.seat, started_at = excluded.started_at, due_at = excluded.due_at, lease_until = 0
       WHERE turns.turn <> excluded.turn OR turns.seat <> excluded.seat
       RETURNING match_id`,
      [matchID, turn, seat, now, dueAt],
    );
    if (changed.length === 0) return;
    if (dueAt !== null) this.wake(dueAt);
    for (const l of this.listeners) l({ matchID, turn, seat, dueAt, metadata });
  }

  /** The turn as written down, with its deadline. */
  async current(matchID: string): Promise<{ turn: number; seat: string; dueAt: number | null } | undefined> {
    const [row] = await this.o.side.all<{ turn: number; seat: string; due_at: number | null }>('SELECT turn, seat, due_at FROM turns WHERE match_id = ?', [matchID]);
    return row ? { turn: Number(row.turn), seat: String(row.seat), dueAt: row.due_at === null ? null : Number(row.due_at) } : undefined;
  }

  /**
   * Claims a turn whose time is up, for this instance, for `leaseMs`. True for exactly one
   * of several instances claiming at once (compare-and-set on the lease).
   */
  async claim(matchID: string, turn: number, seat: string): Promise<boolean> {
    const now = this.now();
    const rows = await this.o.side.all<{ match_id: string }>(
      'UPDATE turns SET lease_until = ? WHERE match_id = ? AND turn = ? AND seat = ? AND due_at IS NOT NULL AND due_at <= ? AND lease_until < ? RETURNING match_id',
      [now + (this.o.leaseMs ?? 60_000), matchID, turn, seat, now, now],
    );
    return rows.length === 1;
  }

  /** Looks for passed deadlines from now on (after a restart too). */
  start(): void {
    this.stopped = false;
    this.wake(this.now());
  }

  /** Looks again at `at` (or sooner: at most pollMs from now), unless a look comes earlier anyway. */
  private wake(at: number): void {
    if (this.stopped) return;
    const now = this.now();
    const when = Math.min(Math.max(at, now), now + this.o.pollMs);
    if (this.timer && this.timerAt <= when) return;
    clearTimeout(this.timer);
    this.timerAt = when;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.ticking = this.tick();
    }, when - now);
  }

  /** Plays every turn whose time is up and that this instance can claim; then sleeps. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const now = this.now();
      const due = await this.o.side.all<DueRow>('SELECT match_id, turn, seat FROM turns WHERE due_at IS NOT NULL AND due_at <= ? AND lease_until < ? ORDER BY due_at LIMIT 20', [now, now]);
      for (const row of due) {
        if (this.stopped) break;
        const turn = Number(row.turn);
        const seat = String(row.seat);
        if (!(await this.claim(row.match_id, turn, seat))) continue;
        try {
          const { moves, how } = await this.o.takeOver(row.match_id, seat, turn);
          this.o.logger.info({ matchID: row.match_id, seat, turn, how, moves }, 'turn deadline passed: the server played the turn');
        } catch (err) {
          // The lease runs out and the turn is tried again.
          this.o.logger.error({ err, matchID: row.match_id, seat, turn }, 'a turn past its deadline could not be played');
        }
      }
    } catch (err) {
      this.o.logger.error({ err }, 'looking for passed deadlines failed');
    } finally {
      this.running = false;
    }
    if (this.stopped) return;
    const [next] = await this.o.side.all<{ n: number | null }>('SELECT MIN(due_at) AS n FROM turns WHERE due_at IS NOT NULL', []).catch(() => [{ n: null }]);
    // A claimed turn of another instance stays due until its lease ends: look again in a while, not at once.
    const at = next?.n === null || next?.n === undefined ? this.now() + this.o.pollMs : Math.max(Number(next.n), this.now() + Math.min(1000, this.o.pollMs));
    this.wake(at);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking;
  }
}
