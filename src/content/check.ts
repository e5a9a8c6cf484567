/**
 * Checking a deck: JSON syntax, then each file against its schema, then the content as a
 * whole (semantics.ts), with every problem located by file, line, column and JSON pointer.
 * Pure (no Node APIs), so the server, the CLI, the card gallery in the browser and the tests
 * all report problems the same way.
 */
import type { DocumentNode } from '@humanwhocodes/momoa';
import { parseFile } from './json-syntax.ts';
import { sortProblems, type Problem } from './problems.ts';
import { schemaProblems } from './schema-messages.ts';
import { validator } from './validators.ts';
import { CONTENT_FILE_NAMES, type ContentFileName, type RawContent } from './schema.ts';
import { checkSemantics } from './semantics.ts';

export type { Problem } from './problems.ts';
export { formatProblem, sortProblems, summarize } from './problems.ts';

export interface CheckResult {
  raw: Partial<RawContent> | null;
  problems: Problem[];
}

export interface DeckCheck {
  /** The files that passed the schema (all of them when the deck is playable). */
  raw: Partial<RawContent>;
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  /** True when there are no errors (warnings allowed): the deck can be played. */
  ok: boolean;
}

/**
 * Checks a deck given as file name ("knowledge.json") → text. A value that is not text (the
 * parsed JSON the server's /api/content answers) is checked as written out by JSON.stringify
 * with two-space indents, so lines then refer to that layout.
 */
export function checkDeck(files: Record<string, unknown>): DeckCheck {
  const problems: Problem[] = [];
  const raw: Partial<Record<ContentFileName, unknown>> = {};
  const docs: Partial<Record<ContentFileName, DocumentNode>> = {};
  for (const name of CONTENT_FILE_NAMES) {
    const file = `${name}.json`;
    const value = files[file];
    if (value === undefined) {
      problems.push({ severity: 'error', file, line: 1, column: 1, pointer: '', code: 'missing-file', message: `the file ${file} is missing` });
      continue;
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    const parsed = parseFile(file, text);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    problems.push(...parsed.duplicates);
    docs[name] = parsed.doc;
    const validate = validator(name);
    if (!validate(parsed.data)) {
      problems.push(...schemaProblems(file, parsed.doc, parsed.data, validate.errors ?? []));
      continue;
    }
    raw[name] = parsed.data;
  }
  problems.push(...checkSemantics({ raw: raw as Partial<RawContent>, docs }));
  const ok = !problems.some((p) => p.severity === 'error');
  return { raw: raw as Partial<RawContent>, problems: sortProblems(problems), ok };
}

/**
 * Parses and checks every content file (schema and whole content). `raw` is null when there
 * is any error; warnings alone leave the deck playable.
 */
export function checkRawContent(files: Record<string, string>): CheckResult {
  const { raw, problems, ok } = checkDeck(files);
  return { raw: ok ? (raw as RawContent) : null, problems };
}
