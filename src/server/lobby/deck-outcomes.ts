/**
 * Real play per deck version beside the simulator (GET /api/decks/outcomes, /decks/outcomes):
 * every stored match counted by the deck it was opened with (metadata.deck), its scenario and
 * table size; and, for the deck this server plays, the simulator's figures for standard at
 * four seats, played once, lazily, one game per event-loop turn so tables never wait on it.
 */
import type { Content } from '../../content/content.ts';
import { deckIdentity } from '../../content/deck-identity.ts';
import type { SetupData } from '../../game/game.ts';
import type { GameState } from '../../rules/state.ts';
import { buildReport } from '../../sim/report.ts';
import { playRange } from '../../sim/play-range.ts';
import type { GameSummary } from '../../sim/summary.ts';
import type { MatchStore } from '../storage/store.ts';

const SIM_SCENARIO = 'standard';
const SIM_PLAYERS = 4;
const SIM_BOT = 'heuristic';
const SIM_SEED = 'deck-outcomes';

export interface Figures {
  /** Tables opened. */
  played: number;
  /** Tables whose game ended (won or lost). */
  finished: number;
  won: number;
  lost: number;
  /** Won among finished; null before any finished. */
  winRate: number | null;
  /** Mean length of the finished games; null before any finished. */
  meanRounds: number | null;
  meanTurns: number | null;
  /** Loss reason → finished games lost that way. */
  lossCauses: Record<string, number>;
}

export interface SimulatorFigures {
  status: 'running' | 'ready' | 'failed' | 'off';
  bot: string;
  seed: string;
  /** Games to play and played so far. */
  games: number;
  done: number;
  winRate?: number;
  winInterval?: { low: number; high: number };
  meanRounds?: number;
  meanTurns?: number;
  lossCauses?: Record<string, number>;
  error?: string;
}

export interface OutcomeRow {
  /** null: a match stored before decks had versions. */
  version: string | null;
  hash: string | null;
  /** The deck this server plays now. */
  current: boolean;
  scenario: string;
  players: number;
  real: Figures;
  /** Only on the current deck's standard, four-seat row. */
  simulator?: SimulatorFigures;
}

export interface DeckOutcomes {
  deck: { version: string; hash: string };
  rows: OutcomeRow[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const yieldToTables = () => new Promise<void>((resolve) => setImmediate(resolve));

function emptyFigures(): Figures {
  return { played: 0, finished: 0, won: 0, lost: 0, winRate: null, meanRounds: null, meanTurns: null, lossCauses: {} };
}

export class DeckOutcomeCounter {
  private sim: SimulatorFigures;
  private started = false;

  constructor(private readonly o: { store: MatchStore; content: Content; simGames: number }) {
    this.sim = { status: o.simGames > 0 ? 'running' : 'off', bot: SIM_BOT, seed: SIM_SEED, games: o.simGames, done: 0 };
  }

  /** Plays the simulator's games, once; answers come from what is done so far. */
  private startSimulator(): void {
    if (this.started || this.o.simGames <= 0) return;
    this.started = true;
    void (async () => {
      const games: GameSummary[] = [];
      const setup = { scenario: SIM_SCENARIO, players: SIM_PLAYERS, bot: SIM_BOT, seed: SIM_SEED } as const;
      try {
        for (let i = 0; i < this.o.simGames; i++) {
          await yieldToTables();
          games.push(...playRange(this.o.content, setup, i, i + 1));
          this.sim = { ...this.sim, done: games.length };
        }
        const report = buildReport({ scenario: SIM_SCENARIO, players: SIM_PLAYERS, games: games.length, bot: SIM_BOT, seed: SIM_SEED }, games);
        this.sim = {
          ...this.sim,
          status: 'ready',
          winRate: report.winRate,
          winInterval: { low: report.winInterval.low, high: report.winInterval.high },
          meanRounds: report.rounds.mean,
          meanTurns: report.turns.mean,
          lossCauses: report.lossCauses,
        };
      } catch (err) {
        this.sim = { ...this.sim, status: 'failed', error: (err as Error).message };
      }
    })();
  }

  async count(): Promise<DeckOutcomes> {
    this.startSimulator();
    const current = deckIdentity(this.o.content);
    const rows = new Map<string, OutcomeRow>();
    const rowFor = (version: string | null, hash: string | null, scenario: string, players: number): OutcomeRow => {
      const key = JSON.stringify([version, hash, scenario, players]);
      let row = rows.get(key);
      if (!row) {
        row = { version, hash, current: version === current.version && hash === current.hash, scenario, players, real: emptyFigures() };
        rows.set(key, row);
      }
      return row;
    };
    const lengths = new Map<OutcomeRow, { rounds: number; turns: number }>();
    for (const matchID of await this.o.store.listMatches()) {
      // One match at a time: a state each, never every state of the database at once.
      const { metadata, state } = await this.o.store.fetch(matchID, { metadata: true, state: true });
      if (!metadata || !state) continue;
      const scenario = (metadata.setupData as SetupData | undefined)?.scenario ?? SIM_SCENARIO;
      const row = rowFor(metadata.deck?.version ?? null, metadata.deck?.hash ?? null, scenario, Object.keys(metadata.players).length);
      const real = row.real;
      real.played++;
      const outcome = (state.G as GameState).outcome;
      if (!outcome) continue;
      real.finished++;
      const turn = (state.G as GameState).turn;
      const sum = lengths.get(row) ?? { rounds: 0, turns: 0 };
      lengths.set(row, { rounds: sum.rounds + turn.round, turns: sum.turns + turn.number });
      if (outcome.result === 'won') real.won++;
      else {
        real.lost++;
        real.lossCauses[outcome.reason] = (real.lossCauses[outcome.reason] ?? 0) + 1;
      }
    }
    for (const [row, sum] of lengths) {
      row.real.winRate = r3(row.real.won / row.real.finished);
      row.real.meanRounds = r3(sum.rounds / row.real.finished);
      row.real.meanTurns = r3(sum.turns / row.real.finished);
    }
    rowFor(current.version, current.hash, SIM_SCENARIO, SIM_PLAYERS).simulator = { ...this.sim };
    // The deck played now first, then by version, scenario and table size.
    const ordered = [...rows.values()].sort(
      (a, b) => Number(b.current) - Number(a.current) || String(a.version).localeCompare(String(b.version)) || a.scenario.localeCompare(b.scenario) || a.players - b.players,
    );
    return { deck: { ...current }, rows: ordered };
  }
}
