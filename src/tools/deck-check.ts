/**
 * npm run deck:check -- [DIR] [--json]
 *
 * Checks a deck folder (default: game-content) like a compiler: every problem on one line as
 * `file:line:column severity message (JSON pointer)`, sorted by file and line. Exit 1 when
 * there are errors; 0 with a one-line summary when the deck is playable (warnings do not
 * fail). Bad content never ends in a stack trace.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, summarize } from '../content/check.ts';
import { checkDeckFolder, DEFAULT_CONTENT_DIR } from '../content/load.ts';
import type { RawContent } from '../content/schema.ts';

const USAGE = 'usage: npm run deck:check -- [DIR] [--content DIR] [--json]';

/** What the deck holds, for the summary line of a clean deck. */
function tally(raw: Partial<RawContent>): string {
  const copies = (items: { copies?: number }[] | undefined) => (items ?? []).reduce((n, c) => n + (c.copies ?? 1), 0);
  return [
    `${raw.scenarios?.scenarios.length ?? 0} scenarios`,
    `${raw.roles?.roles.length ?? 0} roles`,
    `${raw.cases?.cases.length ?? 0} cases`,
    `${copies(raw.knowledge?.knowledge)} knowledge cards`,
    `${copies(raw.flow?.flow)} flow cards`,
    `${raw.transformations?.transformations.length ?? 0} transformations`,
    `${raw.prompts?.prompts.length ?? 0} prompts`,
  ].join(', ');
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { content: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length > 1 || (args.positionals.length === 1 && args.values.content)) {
    console.error(`give one deck folder\n${USAGE}`);
    return 2;
  }
  const dir = resolve(args.values.content ?? args.positionals[0] ?? DEFAULT_CONTENT_DIR);
  // Paths as the designer typed them: relative inside the project, absolute elsewhere.
  const near = relative(process.cwd(), dir) || '.';
  const shown = near.startsWith('..') ? dir : near;
  const { raw, problems, ok } = checkDeckFolder(dir);
  if (args.values.json) {
    console.log(JSON.stringify({ dir: shown, ok, problems }, null, 2));
    return ok ? 0 : 1;
  }
  for (const p of problems) console.log(formatProblem(p, shown));
  if (ok) console.log(`${shown}: ${tally(raw)}; ${summarize(problems)}`);
  else console.log(`${shown}: ${summarize(problems)}`);
  return ok ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // Only a bug in the checker gets here, never a problem in the deck.
  console.error(`deck:check failed unexpectedly: ${(err as Error).message}\nPlease report this with the deck that caused it.`);
  if (process.env.DEBUG) console.error(err);
  process.exitCode = 2;
}
