/**
 * npm run docs:rules — rewrites the generated tables of docs/rules.md and docs/rules.nl.md
 * (rule numbers and scenarios) from the content, so both rulebooks' numbers always agree
 * with the deck.
 * A test fails when the committed rulebook is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../content/load.ts';
import { toolArgs, usageError } from './args.ts';
import { rulebookTables, rulebookTablesNl, replaceSection } from './rules-doc-tables.ts';

const tool = {
  name: 'docs:rules',
  usage: `usage: npm run docs:rules -- [DIR]
  rewrites the generated tables (rule numbers, scenarios) of docs/rules.md and docs/rules.nl.md from the deck in DIR
  (default game-content)`,
};
const { positionals } = toolArgs(tool, { allowPositionals: true });
if (positionals.length > 1) usageError(tool, 'give one deck folder');
const content = loadContent(positionals[0]);
for (const [path, tables] of [
  ['docs/rules.md', rulebookTables(content)],
  ['docs/rules.nl.md', rulebookTablesNl(content)],
] as const) {
  let text = readFileSync(path, 'utf8');
  for (const [name, table] of Object.entries(tables)) text = replaceSection(text, name, table);
  writeFileSync(path, text);
  console.log(`updated ${path}`);
}
