/**
 * npm run simulate -- --scenario standard --players 4 --games 1000 --bot heuristic --seed 1
 *   [--without ACTION]… [--content DIR] [--json FILE] [--html FILE] [--workers W]
 *
 * `--without teach` (repeatable: `--without teach --without share`) plays with the bots never
 * choosing that action, so a designer sees what it is worth: compare the win rate with a run
 * without it. The report counts per game: every action type (actionsPerGame), turns,
 * discards, breakdowns and reflection pauses.
 * Plays the games on the pure rules core over worker threads (one per core unless told),
 * prints a short summary, and writes the full report as JSON and/or one self-contained HTML
 * page. Without --json the JSON goes to stdout. The same seed gives the same bytes whatever
 * --workers is.
 */
import { writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { ABLATABLE, BOTS, type BotName } from '../bots/index.ts';
import type { MoveType } from '../rules/moves-types.ts';
import { oneOf, toolArgs, wholeNumber } from '../tools/args.ts';
import { renderHtml } from './html.ts';
import { simulate } from './run.ts';

const tool = {
  name: 'simulate',
  usage: `usage: npm run simulate -- [--scenario S] [--players N] [--games G] [--bot heuristic|random] [--seed X]
                           [--without ACTION]… [--own-cases random] [--content DIR] [--json FILE] [--html FILE] [--workers W]
  plays G games (default 1000) of scenario S (default standard) with N players (default 4) on the rules core,
  every seat the same bot (default heuristic), game i seeded "X:i" (default seed 1)
  --without ACTION     the bots never choose ACTION (repeatable): ${ABLATABLE.join(', ')}
  --own-cases random   every player brings an own initiative made at random within the budget
  --json FILE          the full report as JSON (without it: on stdout); --html FILE: as one HTML page
  --workers W          worker threads (default one per core; the same seed gives the same bytes whatever W)`,
};

const { values } = toolArgs(tool, {
  options: {
    scenario: { type: 'string', default: 'standard' },
    players: { type: 'string', default: '4' },
    games: { type: 'string', default: '1000' },
    bot: { type: 'string', default: 'heuristic' },
    seed: { type: 'string', default: '1' },
    content: { type: 'string' },
    json: { type: 'string' },
    html: { type: 'string' },
    workers: { type: 'string' },
    without: { type: 'string', multiple: true },
    'own-cases': { type: 'string' },
  },
});

const bot: BotName = oneOf(tool, 'bot', values.bot, Object.keys(BOTS) as BotName[]);
const games = wholeNumber(tool, 'games', values.games, 1);
const players = wholeNumber(tool, 'players', values.players, 1);
const workers = values.workers === undefined ? undefined : wholeNumber(tool, 'workers', values.workers, 0);
const without: MoveType[] = (values.without ?? []).map((w) => oneOf(tool, 'without', w, ABLATABLE));
if (values['own-cases'] !== undefined) oneOf(tool, 'own-cases', values['own-cases'], ['random']);

const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ stream: process.stderr, format: 'simulate [{bar}] {value}/{total} games {percentage}% eta {eta}s' }, cliProgress.Presets.shades_classic)
  : undefined;
bar?.start(games, 0);
const started = performance.now();
try {
  const report = await simulate({
    scenario: values.scenario,
    players,
    games,
    bot,
    seed: values.seed,
    without,
    ...(values['own-cases'] ? { ownCases: 'random' as const } : {}),
    contentDir: values.content,
    workers,
    onProgress: (done) => bar?.update(done),
  });
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (values.json) writeFileSync(values.json, json);
  if (values.html) writeFileSync(values.html, renderHtml(report));
  if (!values.json) process.stdout.write(json);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  process.stderr.write(
    `${report.scenario}, ${report.players} players, ${report.bot} bot${without.length ? ` without ${without.join(', ')}` : ''}: won ${pct(report.winRate)} ` +
      `(95 % ${pct(report.winInterval.low)}–${pct(report.winInterval.high)}) of ${report.games} games, ` +
      `${report.rounds.mean.toFixed(1)} rounds (${report.turns.mean.toFixed(1)} turns) on average; ` +
      `teach ${(report.actionsPerGame.teach ?? 0).toFixed(1)}, share ${(report.actionsPerGame.share ?? 0).toFixed(1)}, ` +
      `discards ${report.discards.perTurn.toFixed(2)} a turn, breakdowns ${report.breakdowns.perGame.toFixed(1)}, ` +
      `reflections ${report.reflections.perGame.toFixed(1)} a game; ${(games / seconds).toFixed(0)} games/s\n`,
  );
} catch (err) {
  bar?.stop();
  throw err;
}
