/**
 * Simulator speed: complete 4-player standard games with the random bot, on the pure rules
 * core (one thread = one core) and, as the baseline, the very same games driven move by move
 * through boardgame.io's headless Client (createGame from src/game/game.ts, its setup
 * replaced by the core's with the same seed, so both play identical games; the final states
 * are compared). Also a 10,000-game `simulate` run over all cores, start-up included.
 *
 *   npm run bench -- sim
 *
 * Also the engine as the simulator's workers run it (worker.ts bundled by esbuild, one worker
 * thread), for random and for heuristic games, with its ratio to the Client baseline.
 *
 * Targets (issues 6 and 11): ≥ 1,000 random 4-player games/s on one core; the core ≥ 20×
 * faster per game than boardgame.io's Client.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Client } from 'boardgame.io/client';
import { BOTS, seededRandom } from '../src/bots/index.ts';
import { loadContent } from '../src/content/load.ts';
import { createGame, moveArgs } from '../src/game/game.ts';
import { hashState, setup } from '../src/rules/index.ts';
import type { GameState } from '../src/rules/state.ts';
import { playGame } from '../src/sim/play-game.ts';
import { SimPool, simulate } from '../src/sim/run.ts';

const content = loadContent();
const SCENARIO = 'standard';
const PLAYERS = 4;
const seedOf = (i: number) => `bench:${i}`;

/** Plays games [from, from+count) on the pure core; returns seconds and final hashes (hashed after the clock stops). */
function core(from: number, count: number): { seconds: number; hashes: string[]; moves: number } {
  const ends: GameState[] = [];
  const t0 = performance.now();
  for (let i = from; i < from + count; i++) {
    ends.push(playGame(content, { scenario: SCENARIO, players: PLAYERS, seed: seedOf(i) }, BOTS.random));
  }
  const seconds = (performance.now() - t0) / 1000;
  let moves = 0;
  for (const end of ends) for (const k in end.stats.actions) moves += end.stats.actions[k];
  return { seconds, hashes: ends.map((e) => hashState(e)), moves };
}

/** The same games through boardgame.io's headless Client (no multiplayer: the client is its own master). */
function viaClient(from: number, count: number): { seconds: number; hashes: string[] } {
  const ends: GameState[] = [];
  const t0 = performance.now();
  for (let i = from; i < from + count; i++) {
    const seed = seedOf(i);
    const game = { ...createGame(content), setup: () => setup(content, { scenario: SCENARIO, players: PLAYERS, seed }) };
    const client = Client({ game, numPlayers: PLAYERS, debug: false });
    client.start();
    // The bot's chance is seeded exactly as playGame seeds it, so it makes the same choices.
    const random = seededRandom(`bot:${seed}`);
    for (;;) {
      const G = client.store.getState().G as GameState;
      if (G.outcome) break;
      const seat = G.turn.seat;
      const move = BOTS.random(content, G, seat, random)!;
      client.updatePlayerID(String(seat));
      client.moves[move.type](moveArgs(move));
    }
    ends.push(client.store.getState().G as GameState);
    client.stop();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, hashes: ends.map((e) => hashState(e)) };
}

// Warm up both paths, then measure.
core(1_000_000, 300);
viaClient(1_000_000, 5);

const CORE_GAMES = 5_000;
const CLIENT_GAMES = 100;
const coreRun = core(0, CORE_GAMES);
const coreSame = core(0, CLIENT_GAMES);
const clientRun = viaClient(0, CLIENT_GAMES);
const identical = clientRun.hashes.every((h, i) => h === coreSame.hashes[i]);
if (!identical) throw new Error('boardgame.io and the core ended the same seeds in different states: the comparison is void');

// The code the simulator's workers run: worker.ts bundled by esbuild (no tsx keepNames helpers),
// one worker thread; the same random games, then heuristic games (what npm run balance plays).
const pool = new SimPool(1);
await simulate({ scenario: SCENARIO, players: PLAYERS, games: 300, bot: 'random', seed: 'warm', pool, content });
await simulate({ scenario: SCENARIO, players: PLAYERS, games: 50, bot: 'heuristic', seed: 'warm', pool, content });
let w0 = performance.now();
await simulate({ scenario: SCENARIO, players: PLAYERS, games: CORE_GAMES, bot: 'random', seed: 'bench', pool, content });
const workerRate = CORE_GAMES / ((performance.now() - w0) / 1000);
const HEURISTIC_GAMES = 1_000;
w0 = performance.now();
await simulate({ scenario: SCENARIO, players: PLAYERS, games: HEURISTIC_GAMES, bot: 'heuristic', seed: 'bench', pool, content });
const heuristicRate = HEURISTIC_GAMES / ((performance.now() - w0) / 1000);
await pool.close();

const t0 = performance.now();
const SIM_GAMES = 10_000;
await simulate({ scenario: SCENARIO, players: PLAYERS, games: SIM_GAMES, bot: 'random', seed: 'bench' });
const simSeconds = (performance.now() - t0) / 1000;

const coreRate = CORE_GAMES / coreRun.seconds;
const coreMsPerGame = (coreSame.seconds * 1000) / CLIENT_GAMES;
const clientMsPerGame = (clientRun.seconds * 1000) / CLIENT_GAMES;
const ratio = clientMsPerGame / coreMsPerGame;
const simRate = SIM_GAMES / simSeconds;

const rows: [string, string, string][] = [
  ['engine, 1 worker thread (bundled)', `${workerRate.toFixed(0)} games/s`, `${(workerRate / (1000 / clientMsPerGame)).toFixed(1)}× the boardgame.io Client baseline, ${(workerRate / coreRate).toFixed(2)}× the core under tsx (target ≥ 1,000 games/s)`],
  ['heuristic bots, 1 worker thread', `${heuristicRate.toFixed(0)} games/s`, `what npm run balance plays; ${(heuristicRate / workerRate).toFixed(2)}× the random games' rate`],
  ['pure core, 1 thread (tsx)', `${coreRate.toFixed(0)} games/s`, `${((coreRun.seconds * 1000) / CORE_GAMES).toFixed(3)} ms/game, ${(coreRun.moves / CORE_GAMES).toFixed(1)} moves/game`],
  ['boardgame.io Client (baseline)', `${(1000 / clientMsPerGame).toFixed(0)} games/s`, `${clientMsPerGame.toFixed(3)} ms/game on the same ${CLIENT_GAMES} games`],
  ['core vs Client, same games', `${ratio.toFixed(1)}×`, `core ${coreMsPerGame.toFixed(3)} ms/game on those games (target ≥ 20×)`],
  [`simulate, ${SIM_GAMES} games, ${availableParallelism()} workers`, `${simRate.toFixed(0)} games/s`, `${simSeconds.toFixed(2)} s with worker start-up (target ≥ 1,000 games/s)`],
];
console.log(`random bot, ${SCENARIO}, ${PLAYERS} players, NODE_ENV=${process.env.NODE_ENV}`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(38)} ${b.padStart(14)}   ${c}`);
console.log(`targets: ≥ 1,000 random 4-player games/s on one core ${workerRate >= 1000 ? 'met' : 'MISSED'} (${workerRate.toFixed(0)}/s bundled, ${coreRate.toFixed(0)}/s under tsx); ≥ 20× ${ratio >= 20 ? 'met' : 'MISSED'}; simulate ≥ 1,000 games/s ${simRate >= 1000 ? 'met' : 'MISSED'}`);

mkdirSync('bench-output', { recursive: true });
writeFileSync(
  'bench-output/sim.json',
  `${JSON.stringify({
    scenario: SCENARIO,
    players: PLAYERS,
    bot: 'random',
    core: { games: CORE_GAMES, seconds: coreRun.seconds, gamesPerSecond: coreRate, movesPerGame: coreRun.moves / CORE_GAMES },
    worker: { games: CORE_GAMES, gamesPerSecond: workerRate, heuristicGames: HEURISTIC_GAMES, heuristicGamesPerSecond: heuristicRate },
    client: { games: CLIENT_GAMES, msPerGame: clientMsPerGame, coreMsPerGameSameGames: coreMsPerGame },
    ratio,
    simulate: { games: SIM_GAMES, workers: availableParallelism(), seconds: simSeconds, gamesPerSecond: simRate },
    targets: { coreGamesPerSecond: 1000, ratio: 20, simulateGamesPerSecond: 1000 },
  }, null, 2)}\n`,
);
