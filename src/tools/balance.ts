/**
 * npm run balance [-- --games 1000 --random-games 200 --seed balance --workers W --content DIR --out docs/balance.md]
 *
 * Simulates every scenario with 1–6 players, with the heuristic and the random bot, standard
 * at four players without each exchange action, and own initiatives at 2–6 players; writes docs/balance.md:
 * the bands, the design brief's targets with ✓/✗ (the misses also on stderr), the ablation
 * and length tables, then a table per scenario (win rates with 95 % intervals against the
 * band, game length, loss causes, the most taken action and the role and case with the
 * largest share of wins). Same seed and games, same file. All runs share one worker pool. On the
 * shipped deck it also writes src/content/expected-play.json (mean turns, rounds, pauses and win
 * rate per scenario and size: what the set-up forms and the table say) and, from it, the
 * rulebooks' playing-time tables.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { BotName } from '../bots/index.ts';
import { loadContent } from '../content/load.ts';
import type { MoveType } from '../rules/moves-types.ts';
import { defaultWorkers, SimPool, simulate } from '../sim/run.ts';
import type { Report } from '../sim/report.ts';
import { oneOf, toolArgs, wholeNumber } from './args.ts';
import { runCompare } from './balance-compare.ts';
import type { MeasuredScenarios } from '../content/expected-play.ts';
import { measuredFile, playingTimeTable } from './playing-time.ts';
import { replaceSection } from './rules-doc-tables.ts';
import { BANDS, bandFor, bandText, checkOwnCases, checkTargets, EXCHANGES, MAX_OWN_CASE_GAP, OWN_CASE_SIZES, pct, SOLO_BANDS, topChoice, type Find, type FindOwn } from './balance-targets.ts';
import { ownCaseBudget } from '../rules/own-case.ts';

const tool = {
  name: 'balance',
  usage: `usage: npm run balance -- [--games N] [--random-games N] [--seed S] [--workers W] [--content DIR] [--out FILE]
       npm run balance -- --compare BASE_DIR [--content DIR] [--games N] [--seed S] [--bot heuristic|random] [--json]
  re-measures every scenario × 1–6 players (default 1000 games a row with the heuristic bot, a fifth of that with
  the random bot, seed "balance") and rewrites FILE (default docs/balance.md)
  --compare BASE_DIR  plays DIR (default game-content) and BASE_DIR on the same seeds and prints, per scenario and
                      table size, win rate, rounds and loss causes of each with 95 % intervals; ◀ marks a change
                      beyond the noise (default 500 games a row; writes nothing)`,
};

const { values } = toolArgs(tool, {
  options: {
    games: { type: 'string' },
    'random-games': { type: 'string' },
    seed: { type: 'string', default: 'balance' },
    workers: { type: 'string' },
    content: { type: 'string' },
    out: { type: 'string', default: 'docs/balance.md' },
    compare: { type: 'string' },
    bot: { type: 'string', default: 'heuristic' },
    json: { type: 'boolean' },
  },
});
const games = wholeNumber(tool, 'games', values.games ?? (values.compare ? '500' : '1000'), 1);
const workersAsked = values.workers === undefined ? undefined : wholeNumber(tool, 'workers', values.workers);
if (values.compare !== undefined) {
  const bot = oneOf(tool, 'bot', values.bot, ['heuristic', 'random'] satisfies BotName[]);
  await runCompare(
    { base: values.compare, content: values.content, games, seed: values.seed, bot, workers: workersAsked, json: values.json ?? false },
    (line) => process.stdout.write(`${line}\n`),
  );
  process.exit(0);
}
const content = loadContent(values.content);
const scenarios = [...content.scenarios.values()];
const workers = workersAsked === undefined ? defaultWorkers() : Math.max(1, workersAsked);
const randomGames = Math.min(games, values['random-games'] === undefined ? Math.max(1, Math.round(games / 5)) : wholeNumber(tool, 'random-games', values['random-games'], 1));

interface Run {
  scenario: string;
  players: number;
  bot: BotName;
  games: number;
  without?: MoveType[];
  ownCases?: 'random';
}
const runs: Run[] = [];
for (const s of scenarios) {
  for (let players = s.players.min; players <= s.players.max; players++) {
    runs.push({ scenario: s.id, players, bot: 'heuristic', games });
    runs.push({ scenario: s.id, players, bot: 'random', games: randomGames });
  }
}
// What each exchange is worth: standard at four players without it (and without all of them).
const ABLATIONS: MoveType[][] = [...EXCHANGES.map((x) => [x]), [...EXCHANGES]];
for (const without of ABLATIONS) runs.push({ scenario: 'standard', players: 4, bot: 'heuristic', games, without });
// Own initiatives against deck cases, at every size from 2 to 6 the scenario allows (a budget may differ per size).
const ownSizes = (s: { players: { min: number; max: number } }) => OWN_CASE_SIZES.filter((n) => n >= s.players.min && n <= s.players.max);
for (const s of scenarios) for (const players of ownSizes(s)) runs.push({ scenario: s.id, players, bot: 'heuristic', games, ownCases: 'random' });

const key = (r: { scenario: string; players: number; bot: string; without?: readonly string[]; ownCases?: string }) =>
  `${r.scenario}/${r.players}/${r.bot}/${[...(r.without ?? [])].sort().join('+')}/${r.ownCases ?? ''}`;
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ stream: process.stderr, format: 'balance [{bar}] {value}/{total} runs' }, cliProgress.Presets.shades_classic)
  : undefined;
bar?.start(runs.length, 0);
const started = performance.now();
const reports = new Map<string, Report>();
// Every run's chunks go into one pool's queue at once: the workers never wait between runs.
const pool = new SimPool(workers);
let finished = 0;
try {
  await Promise.all(runs.map(async (run) => {
    const report = await simulate({ ...run, seed: values.seed, contentDir: values.content, content, pool });
    reports.set(key(run), report);
    bar?.update(++finished);
  }));
} finally {
  await pool.close();
}
bar?.stop();
const seconds = (performance.now() - started) / 1000;
const played = runs.reduce((a, r) => a + r.games, 0);

const interval = (r: Report) => `${pct(r.winRate)} (${pct(r.winInterval.low)}–${pct(r.winInterval.high)})`;
const causes = (r: Report) => {
  const entries = Object.entries(r.lossCauses);
  return entries.length === 0 ? '–' : entries.map(([k, v]) => `${k} ${pct(v / r.games)}`).join(', ');
};
const top = (shares: Report['byRole']) => {
  const s = shares.reduce((a, b) => (b.vsAverage > a.vsAverage ? b : a));
  return `${s.id} ${s.vsAverage.toFixed(2)}×`;
};
const find: Find = (scenario, players, bot, without) => reports.get(key({ scenario, players, bot, without }));
const info = scenarios.map((s) => ({ id: s.id, difficulty: s.difficulty, players: s.players, reflections: s.start.reflections }));
const findOwn: FindOwn = (scenario, players) => reports.get(key({ scenario, players, bot: 'heuristic', ownCases: 'random' }));
const checks = [...checkTargets(find, info), ...checkOwnCases(find, findOwn, info)];
const sizes = (s: (typeof scenarios)[number]) => (s.sizes && Object.keys(s.sizes).length > 0 ? `Per-size settings (\`sizes\`) for ${Object.keys(s.sizes).sort().join(', ')} players.` : 'No per-size settings.');
const lines: string[] = [
  '# Balance',
  '',
  '<!-- Generated by `npm run balance`; do not edit by hand. -->',
  '',
  `Measured by the simulator (\`npm run simulate\`) on the shipped deck: ${games} games per row with the heuristic bot and`,
  `${randomGames} with the random bot (enough to show it almost never wins), run seed “${values.seed}” (game *i* is seeded`,
  '“seed:*i*”), every seat played by the same bot. Win rates carry a 95 % Wilson interval; an independent run with',
  'another seed should fall inside it about 19 times in 20. Regenerate with `npm run balance` (about a minute and a half',
  'on two cores); check one row with, for example,',
  '`npm run simulate -- --scenario standard --players 4 --games 1000 --bot heuristic --seed another`.',
  '',
  'The bots are those of src/bots: **heuristic** works toward the cases, cares where pressure is high, teaches and',
  'shares; **random** picks uniformly among the legal moves.',
  '',
  '## Bands',
  '',
  'Each scenario has a difficulty, and each difficulty a band the heuristic bots’ win rate must lie in at every table',
  'size (src/tools/balance-targets.ts). One player is a solo practice mode with its own band. A scenario reaches its band',
  'at each size with per-size settings in game-content/scenarios.json (`sizes`: start values and rule numbers for that',
  'many players): a table of six works six cases and reveals flow six times a round, a table of two works two.',
  '',
  '| difficulty | 2–6 players | solo practice (1 player) |',
  '|---|---|---|',
  ...(['intro', 'standard', 'hard'] as const).map((d) => `| ${d} | ${bandText(BANDS[d])} | ${bandText(SOLO_BANDS[d])} |`),
  '',
  '## Targets of the design brief',
  '',
  `${checks.filter((c) => c.ok).length} of ${checks.length} met.`,
  '',
  '| target | measured | |',
  '|---|---|---|',
  ...checks.map((c) => `| ${c.what} | ${c.measured} | ${c.ok ? '✓' : '✗'} |`),
  '',
  'Shares of wins compare a role or case card with the average of its kind: 1.00× is a card that is at the table for',
  'its fair part of the wins. The action share leaves out moves that choose nothing (ending a turn, discarding to the',
  'hand limit, confirming a reflection).',
  '',
  '## What each exchange is worth',
  '',
  'Standard, 4 players, heuristic bots that never choose the action(s) named (`npm run simulate -- --without teach`).',
  '',
  '| left out | win rate | change | turns | teach | share | co-create |',
  '|---|---|---|---|---|---|---|',
];
const standard4 = find('standard', 4, 'heuristic');
for (const without of [[], ...ABLATIONS]) {
  const r = find('standard', 4, 'heuristic', without);
  if (!r || !standard4) continue;
  const diff = (r.winRate - standard4.winRate) * 100;
  const per = (t: string) => (r.actionsPerGame[t] ?? 0).toFixed(1);
  lines.push(`| ${without.length === 0 ? 'nothing' : without.join(', ')} | ${interval(r)} | ${without.length === 0 ? '–' : `${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)} points`} | ${r.turns.mean.toFixed(1)} | ${per('teach')} | ${per('share')} | ${per('coCreate')} |`);
}
lines.push(
  '',
  '## Length',
  '',
  'Heuristic bots, per game: turns (one player’s turn each), rounds, discards to the hand limit and reflection pauses.',
  'The rulebook turns turns into minutes (docs/rules.md, “How long a game takes”).',
  '',
  '| scenario | players | turns (mean, 10–90 %) | rounds | discards a turn | reflection pauses | breakdowns |',
  '|---|---|---|---|---|---|---|',
);
for (const s of scenarios) {
  for (let players = s.players.min; players <= s.players.max; players++) {
    const h = find(s.id, players, 'heuristic')!;
    lines.push(`| ${s.id} | ${players} | ${h.turns.mean.toFixed(1)} (${h.turns.p10}–${h.turns.p90}) | ${h.rounds.mean.toFixed(1)} | ${h.discards.perTurn.toFixed(2)} | ${h.reflections.perGame.toFixed(1)} | ${h.breakdowns.perGame.toFixed(1)} |`);
  }
}
lines.push('');
for (const s of scenarios) {
  lines.push(`## ${s.name.en} (\`${s.id}\`, ${s.difficulty})`, '');
  lines.push(sizes(s), '');
  lines.push('| players | band | heuristic win rate | | random win rate | rounds (mean, 10–90 %) | heuristic losses | most taken action | top role | top case |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (let players = s.players.min; players <= s.players.max; players++) {
    const h = find(s.id, players, 'heuristic')!;
    const r = find(s.id, players, 'random')!;
    const band = bandFor(s.difficulty, players);
    const [action, share] = topChoice(h);
    lines.push(
      `| ${players} | ${bandText(band)} | ${interval(h)} | ${h.winRate >= band.low && h.winRate <= band.high ? '✓' : '✗'} | ${interval(r)} | ${h.rounds.mean.toFixed(1)} (${h.rounds.p10}–${h.rounds.p90}) | ${causes(h)} | ${action} ${pct(share)} | ${top(h.byRole)} | ${top(h.byCase)} |`,
    );
  }
  lines.push('');
}
lines.push('## Own initiatives', '');
lines.push(
  'Every player brings an own initiative made at random within the scenario’s budget (`ownCase` in',
  '`game-content/scenarios.json`, changed per size where a `sizes` entry says so; the random initiative takes a number of',
  'patterns, a total of needs and the lists to offer and learn evenly across what the budget allows), played by the',
  'heuristic bot; the target is a win rate within ±5 points of the same scenario and size with deck cases',
  '(`npm run simulate -- --own-cases random`).',
  '',
  '| scenario | players | budget (needs) | deck cases | own initiatives | difference | |',
  '|---|---|---|---|---|---|---|',
);
for (const s of scenarios) {
  for (const players of ownSizes(s)) {
    const deck = find(s.id, players, 'heuristic')!;
    const own = findOwn(s.id, players)!;
    const diff = (own.winRate - deck.winRate) * 100;
    const needs = ownCaseBudget(content, s.id, players).needs;
    lines.push(`| ${s.id} | ${players} | ${needs.min === needs.max ? needs.min : `${needs.min}–${needs.max}`} | ${interval(deck)} | ${interval(own)} | ${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)} points | ${Math.abs(diff) <= MAX_OWN_CASE_GAP * 100 ? '✓' : '✗'} |`);
  }
}
lines.push('');
writeFileSync(values.out, `${lines.join('\n')}`);

// The measured lengths and win rates (src/content/expected-play.json) and the rulebooks'
// playing-time tables made from them, when this is the shipped deck written to its usual place.
if (values.content === undefined && values.out === 'docs/balance.md') {
  const maxPlayers = Math.max(...scenarios.map((s) => s.players.max));
  const file = measuredFile(scenarios, (scenario, players) => {
    const r = find(scenario, players, 'heuristic');
    return r ? { turns: r.turns.mean, rounds: r.rounds.mean, pauses: r.reflections.perGame, winRate: r.winRate } : undefined;
  });
  writeFileSync('src/content/expected-play.json', file);
  const measured = (JSON.parse(file) as { scenarios: MeasuredScenarios }).scenarios;
  const length = (scenario: string, players: number) => measured[scenario]?.[String(players)];
  for (const [doc, lang] of [['docs/rules.md', 'en'], ['docs/rules.nl.md', 'nl']] as const) {
    writeFileSync(doc, replaceSection(readFileSync(doc, 'utf8'), 'playing-time', playingTimeTable(scenarios, maxPlayers, length, lang)));
  }
}
const misses = checks.filter((c) => !c.ok);
for (const c of misses) process.stderr.write(`✗ ${c.what}: ${c.measured}\n`);
process.stderr.write(`wrote ${values.out}: ${checks.length - misses.length} of ${checks.length} targets met; ${played} games in ${seconds.toFixed(1)} s on ${workers} workers (${(played / seconds).toFixed(0)} games/s)\n`);
