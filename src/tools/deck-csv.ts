/**
 * npm run deck:csv -- export DIR OUT | import IN DIR
 *
 * A deck as spreadsheets and back. `export` writes one CSV file per content file (a row per
 * card, case, role, …; both languages as columns) and deck.csv with the few fields outside
 * the lists. `import` builds the JSON files from those CSV files, checks the deck like
 * `deck:check` and, only when it has no errors, writes the JSON files into DIR. Each problem
 * is located by CSV file, row and column. Export then import gives the JSON back byte for
 * byte.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblem, summarize } from '../content/check.ts';
import { exportDeckCsv, formatCsvProblem, importDeckCsv } from '../content/deck-csv.ts';
import { DEFAULT_CONTENT_DIR, checkDeckFolder, readDeckFolder } from '../content/load.ts';
import type { ContentFileName } from '../content/schema.ts';
import { toolArgs, UsageError } from './args.ts';

const tool = {
  name: 'deck:csv',
  usage: `usage: npm run deck:csv -- export DIR OUT    write the deck in DIR as CSV files into the folder OUT
       npm run deck:csv -- import IN DIR     check the CSV files in IN and write the deck's JSON files into DIR`,
};

/** A path as the designer typed it: relative inside the project, absolute elsewhere. */
function near(path: string): string {
  const rel = relative(process.cwd(), path) || '.';
  return rel.startsWith('..') ? path : rel;
}

function exportCsv(dir: string, out: string, log: (line: string) => void): number {
  const folder = readDeckFolder(dir);
  const raw: Partial<Record<ContentFileName, unknown>> = {};
  const unreadable: string[] = [];
  for (const [file, text] of Object.entries(folder.files)) {
    try {
      raw[file.replace(/\.json$/, '') as ContentFileName] = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      unreadable.push(file);
    }
  }
  if (folder.problems.some((p) => p.severity === 'error') || unreadable.length > 0) {
    // Only what cannot be read stops the export; a deck with other errors may be mended in a spreadsheet.
    const { problems } = checkDeckFolder(dir);
    const blocking = problems.filter((p) => p.code === 'missing-file' || p.code === 'json-syntax' || unreadable.includes(p.file));
    for (const p of blocking) log(formatProblem(p, near(dir)));
    log(`${near(dir)}: ${summarize(blocking)}; no CSV written`);
    return 1;
  }
  const csv = exportDeckCsv(raw);
  mkdirSync(out, { recursive: true });
  for (const [file, text] of Object.entries(csv)) writeFileSync(join(out, file), text);
  // Say so if the JSON will not come back byte for byte (a hand-made layout, other indents).
  const back = importDeckCsv(csv);
  const differ = Object.keys(folder.files).filter((f) => back.files[f] !== folder.files[f]);
  for (const f of differ) log(`${near(join(dir, f))}: its layout is not the standard one (two-space JSON); an import writes the same content in the standard layout`);
  log(`wrote ${Object.keys(csv).length} CSV files to ${near(out)}`);
  return 0;
}

function importCsv(input: string, dir: string, log: (line: string) => void): number {
  let names: string[];
  try {
    names = readdirSync(input).filter((f) => f.toLowerCase().endsWith('.csv'));
  } catch {
    log(`the folder ${near(input)} does not exist or cannot be read`);
    return 1;
  }
  const csv = Object.fromEntries(names.map((f) => [f, readFileSync(join(input, f), 'utf8')]));
  const result = importDeckCsv(csv);
  for (const p of result.problems) log(formatCsvProblem(p, near(input)));
  if (!result.ok) {
    log(`${near(input)}: ${summarize(result.problems)}; nothing written to ${near(dir)}`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(result.files)) writeFileSync(join(dir, file), text);
  // Each file names its schema for editors; bring the schemas along to a new folder.
  const schemas = join(DEFAULT_CONTENT_DIR, 'schema');
  if (!existsSync(join(dir, 'schema')) && resolve(dir) !== DEFAULT_CONTENT_DIR) cpSync(schemas, join(dir, 'schema'), { recursive: true });
  log(`wrote ${Object.keys(result.files).length} JSON files to ${near(dir)}; ${summarize(result.problems)}`);
  return 0;
}

function main(): number {
  const { positionals } = toolArgs(tool, { allowPositionals: true });
  const [command, from, to, ...extra] = positionals;
  if (command !== 'export' && command !== 'import') throw new UsageError(command ? `"${command}" is not a command: use export or import` : 'say export or import');
  if (!from || !to || extra.length > 0) throw new UsageError(command === 'export' ? 'export takes a deck folder and an output folder' : 'import takes a folder of CSV files and a deck folder');
  const log = (line: string) => console.log(line);
  return command === 'export' ? exportCsv(resolve(from), resolve(to), log) : importCsv(resolve(from), resolve(to), log);
}

// A UsageError ends in args.ts with the sentence, the usage and exit 2.
process.exitCode = main();
