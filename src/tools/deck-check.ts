/**
 * npm run deck:check -- [DIR] [--json]
 *
 * Checks a deck folder (default: game-content) like a compiler: every problem on one line as
 * `file:line:column severity message (JSON pointer)`, sorted by file and line. Exit 1 when
 * there are errors; 0 with a one-line summary when the deck is playable (warnings do not
 * fail). Bad content never ends in a stack trace.
 */
import { relative, resolve } from 'node:path';
import { formatProblem, summarize } from '../content/check.ts';
import { checkDeckFolder, DEFAULT_CONTENT_DIR } from '../content/load.ts';
import type { RawContent } from '../content/schema.ts';
import { toolArgs, usageError } from './args.ts';

const tool = {
  name: 'deck:check',
  usage: `usage: npm run deck:check -- [DIR] [--content DIR] [--json]
  checks the deck in DIR (default game-content): every problem as file:line:column, severity, a sentence and
  its JSON pointer; --json prints them as one JSON document. Exits 1 when the deck has errors`,
};

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

function main(): number {
  const args = toolArgs(tool, { allowPositionals: true, options: { content: { type: 'string' }, json: { type: 'boolean' } } });
  if (args.positionals.length > 1 || (args.positionals.length === 1 && args.values.content)) usageError(tool, 'give one deck folder');
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

// Bad content never gets past checkDeckFolder: only a bug in the checker would end in args.ts's "deck:check failed".
process.exitCode = main();
