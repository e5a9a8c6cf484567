/**
 * A deck as spreadsheets: each content file's list (knowledge cards, flow cards, cases, …) as
 * one CSV file with a row per item and a column per field, both languages side by side; the
 * few fields outside the lists (the board's pressure limit, each file's "$schema") in
 * deck.csv. Exporting and importing gives the JSON back byte for byte.
 *
 * Importing checks the deck with the same checker as `deck:check` and locates each problem
 * by CSV file, row and column, with the checker's own sentence. Pure: no Node APIs.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { checkDeck } from './check.ts';
import { columnsFor, columnsFromHeader, fromRow, kindOf, toCell, toRow, type Column } from './csv-columns.ts';
import { splitPointer, type Problem } from './problems.ts';
import { CONTENT_FILES, CONTENT_FILE_NAMES, type ContentFileName } from './schema.ts';

type Schema = Record<string, unknown>;

/** The file that holds the fields outside the lists. */
const DECK_CSV = 'deck.csv';
const DECK_HEADER = ['file', 'field', 'value'];

/** The list field of a content file ("knowledge", "places"): the one array of objects. */
function listKey(name: ContentFileName): string {
  const properties = (CONTENT_FILES[name] as unknown as Schema).properties as Record<string, Schema>;
  return Object.keys(properties).find((k) => properties[k].type === 'array' && (properties[k].items as Schema)?.type === 'object')!;
}

function fileSchema(name: ContentFileName): Record<string, Schema> {
  return (CONTENT_FILES[name] as unknown as Schema).properties as Record<string, Schema>;
}

function itemSchema(name: ContentFileName): Schema {
  return fileSchema(name)[listKey(name)].items as Schema;
}

function csv(rows: string[][]): string {
  // The byte order mark tells spreadsheet programs (Excel above all) the file is UTF-8.
  return stringify(rows, { bom: true });
}

/** The CSV files of a deck (parsed JSON per content file), file name → text. */
export function exportDeckCsv(raw: Partial<Record<ContentFileName, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  const deckRows: string[][] = [DECK_HEADER];
  for (const name of CONTENT_FILE_NAMES) {
    const data = raw[name] as Record<string, unknown> | undefined;
    if (!data) continue;
    const key = listKey(name);
    const items = (data[key] ?? []) as unknown[];
    const columns = columnsFor(itemSchema(name), items);
    out[`${name}.csv`] = csv([columns.map((c) => c.name), ...items.map((item) => toRow(item, columns))]);
    for (const [field, value] of Object.entries(data)) {
      if (field === key) continue;
      const schema = fileSchema(name)[field];
      deckRows.push([`${name}.json`, field, toCell(value, schema ? kindOf(schema) : 'json')]);
    }
  }
  out[DECK_CSV] = csv(deckRows);
  return out;
}

/** A problem of an imported deck, located in a CSV file: `line` is the row, `column` the column. */
export interface CsvProblem extends Problem {
  /** The header of the column, e.g. "name.en". */
  columnName?: string;
}

/** One CSV line like a compiler's: `cards/knowledge.csv:5:3 error  … (column "name.en")`. */
export function formatCsvProblem(p: CsvProblem, dir?: string): string {
  const file = dir ? `${dir.replace(/\/+$/, '')}/${p.file}` : p.file;
  const where = p.columnName ? ` (column ${p.columnName})` : '';
  return `${file}:${p.line}:${p.column} ${p.severity === 'error' ? 'error ' : 'warning'} ${p.message}${where}`;
}

interface Sheet {
  header: string[];
  rows: string[][];
  /** The spreadsheet row of each record (1 is the header). */
  rowNumbers: number[];
}

/** Dutch and other European spreadsheets save CSV with semicolons: read what the header uses. */
function delimiterOf(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Plain words for what csv-parse reports. */
function csvMessage(err: { code?: string; message: string }): string {
  switch (err.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return 'this row has a different number of cells than the header has columns (a comma or semicolon inside a text needs the text in double quotes "…")';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a text opened with a double quote " is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a double quote " inside a quoted text must be written twice ""';
    default:
      return `the file cannot be read as CSV: ${err.message}`;
  }
}

function readSheet(file: string, text: string): { sheet?: Sheet; problem?: CsvProblem } {
  try {
    const records = parse(text, { bom: true, delimiter: delimiterOf(text), skip_empty_lines: true, info: true, relax_column_count: false }) as unknown as {
      record: string[];
      info: { records: number; empty_lines: number };
    }[];
    if (records.length === 0) return { problem: { severity: 'error', file, line: 1, column: 1, pointer: '', code: 'csv', message: 'the file is empty: its first row should name the columns' } };
    const rowNumbers = records.map((r) => r.info.records + r.info.empty_lines);
    return { sheet: { header: records[0].record, rows: records.slice(1).map((r) => r.record), rowNumbers: rowNumbers.slice(1) } };
  } catch (err) {
    const e = err as { code?: string; message: string; lines?: number };
    return { problem: { severity: 'error', file, line: e.lines ?? 1, column: 1, pointer: '', code: 'csv', message: csvMessage(e) } };
  }
}

export interface CsvImport {
  /** The JSON text of each content file that could be built, file name → text. */
  files: Record<string, string>;
  /** Every problem, located in the CSV files, sorted. */
  problems: CsvProblem[];
  /** No errors: the deck plays and the files may be written. */
  ok: boolean;
}

/** Where a checker problem of one content file lies in its CSV. */
interface Layout {
  columns: Column[];
  sheet: Sheet;
}

/**
 * Builds a deck from its CSV files (file name → text) and checks it. Problems are those of
 * `deck:check`, located in the CSV files instead of the JSON.
 */
export function importDeckCsv(csvFiles: Record<string, string>): CsvImport {
  const problems: CsvProblem[] = [];
  const layouts: Partial<Record<ContentFileName, Layout>> = {};
  const built: Partial<Record<ContentFileName, Record<string, unknown>>> = {};
  /** deck.csv rows: "board.json|pressureLimit" → row number. */
  const deckRows = new Map<string, number>();
  const topFields: Partial<Record<ContentFileName, [string, unknown][]>> = {};

  const deckText = csvFiles[DECK_CSV];
  if (deckText !== undefined) {
    const { sheet, problem } = readSheet(DECK_CSV, deckText);
    if (problem) problems.push(problem);
    if (sheet) {
      const at = (name: string) => sheet.header.findIndex((h) => h.trim() === name);
      const [fi, ki, vi] = DECK_HEADER.map(at);
      if (fi < 0 || ki < 0 || vi < 0) {
        problems.push({ severity: 'error', file: DECK_CSV, line: 1, column: 1, pointer: '', code: 'csv', message: `the first row must name the columns ${DECK_HEADER.join(', ')}` });
      } else {
        sheet.rows.forEach((row, r) => {
          const file = row[fi].trim();
          const name = file.replace(/\.json$/, '') as ContentFileName;
          const field = row[ki].trim();
          if (!CONTENT_FILE_NAMES.includes(name)) {
            problems.push({ severity: 'error', file: DECK_CSV, line: sheet.rowNumbers[r], column: fi + 1, pointer: '', code: 'csv', columnName: 'file', message: `"${file}" is not a content file (the files are ${CONTENT_FILE_NAMES.map((n) => `${n}.json`).join(', ')})` });
            return;
          }
          const schema = fileSchema(name)[field];
          const read = fromRow([row[vi]], [{ path: [field], name: field, kind: schema ? kindOf(schema) : 'string' }]);
          for (const p of read.problems) problems.push({ severity: 'error', file: DECK_CSV, line: sheet.rowNumbers[r], column: vi + 1, pointer: '', code: 'csv', columnName: 'value', message: p.message });
          if (field in read.item) (topFields[name] ??= []).push([field, read.item[field]]);
          deckRows.set(`${name}.json|${field}`, sheet.rowNumbers[r]);
        });
      }
    }
  }

  for (const name of CONTENT_FILE_NAMES) {
    const file = `${name}.csv`;
    const text = csvFiles[file];
    if (text === undefined) {
      problems.push({ severity: 'error', file, line: 1, column: 1, pointer: '', code: 'missing-file', message: `the file ${file} is missing` });
      continue;
    }
    const { sheet, problem } = readSheet(file, text);
    if (problem) problems.push(problem);
    if (!sheet) continue;
    const columns = columnsFromHeader(itemSchema(name), sheet.header);
    const items = sheet.rows.map((row, r) => {
      const read = fromRow(row, columns);
      for (const p of read.problems) {
        problems.push({ severity: 'error', file, line: sheet.rowNumbers[r], column: p.column + 1, pointer: '', code: 'csv', columnName: columns[p.column].name, message: p.message });
      }
      return read.item;
    });
    layouts[name] = { columns, sheet };
    // Fields in the order of the file's schema ("$schema" first), then any the schema lacks.
    const key = listKey(name);
    const fields = new Map<string, unknown>(topFields[name] ?? []);
    fields.set(key, items);
    const order = [...Object.keys(fileSchema(name)), ...fields.keys()];
    const data: Record<string, unknown> = {};
    for (const k of order) if (fields.has(k) && !(k in data)) data[k] = fields.get(k);
    built[name] = data;
  }
  for (const name of Object.keys(csvFiles)) {
    if (name !== DECK_CSV && !CONTENT_FILE_NAMES.includes(name.replace(/\.csv$/, '') as ContentFileName)) {
      problems.push({ severity: 'warning', file: name, line: 1, column: 1, pointer: '', code: 'unknown-file', message: `${name} is not a content file and is not read` });
    }
  }

  const files: Record<string, string> = {};
  for (const name of CONTENT_FILE_NAMES) {
    if (built[name]) files[`${name}.json`] = JSON.stringify(built[name], null, 2) + '\n';
  }
  const missingCsv = new Set(problems.filter((p) => p.code === 'missing-file').map((p) => p.file.replace(/\.csv$/, '.json')));
  // Only check once the CSV itself could be read: otherwise its problems come first.
  if (!problems.some((p) => p.severity === 'error' && p.code === 'csv')) {
    const checked = checkDeck(files);
    for (const p of checked.problems) {
      if (p.code === 'missing-file' && missingCsv.has(p.file)) continue;
      problems.push(locateInCsv(p, layouts, deckRows));
    }
  }
  const sorted = problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
  return { files, problems: sorted, ok: !sorted.some((p) => p.severity === 'error') };
}

/** Moves a checker problem (file.json + JSON pointer) to its CSV file, row and column. */
function locateInCsv(p: Problem, layouts: Partial<Record<ContentFileName, Layout>>, deckRows: Map<string, number>): CsvProblem {
  const name = p.file.replace(/\.json$/, '') as ContentFileName;
  const keys = splitPointer(p.pointer);
  const layout = layouts[name];
  const base = { severity: p.severity, pointer: p.pointer, code: p.code, message: p.message };
  if (!layout || !CONTENT_FILE_NAMES.includes(name)) return { ...base, file: p.file.replace(/\.json$/, '.csv'), line: 1, column: 1 };
  if (keys.length === 0) return { ...base, file: `${name}.csv`, line: 1, column: 1 };
  if (keys[0] !== listKey(name) || keys.length < 2) {
    const row = deckRows.get(`${p.file}|${keys[0]}`);
    return row ? { ...base, file: DECK_CSV, line: row, column: 3, columnName: 'value' } : { ...base, file: DECK_CSV, line: 1, column: 1 };
  }
  const index = Number(keys[1]);
  const line = layout.sheet.rowNumbers[index] ?? 1;
  const rest = keys.slice(2);
  const row = layout.sheet.rows[index] ?? [];
  const { columns } = layout;
  // The column holding the field, or the first of the columns under it (a text's nl and en).
  const prefix = (a: readonly string[], b: readonly string[]) => a.every((k, i) => b[i] === k);
  let at = columns.findIndex((c) => prefix(c.path, rest));
  if (at < 0) {
    let under = rest;
    const missing = /the field "([^"]+)"/.exec(p.message)?.[1];
    if (p.code === 'missing-field' && missing) under = [...rest, missing];
    const candidates = columns.map((c, i) => ({ c, i })).filter(({ c }) => prefix(under, c.path));
    at = (candidates.find(({ i }) => (row[i] ?? '') === '') ?? candidates[0])?.i ?? -1;
  }
  if (at < 0) return { ...base, file: `${name}.csv`, line, column: 1 };
  return { ...base, file: `${name}.csv`, line, column: at + 1, columnName: columns[at].name };
}
