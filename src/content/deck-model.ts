/**
 * What the whole-content checks work on: the files that passed the schema (a file that did
 * not is left out, and checks that need it are skipped), their parsed documents for
 * locations, and a reporter that turns (file, pointer, sentence) into a located problem.
 */
import type { DocumentNode } from '@humanwhocodes/momoa';
import { locate, subjectOf, type Problem } from './problems.ts';
import type { ContentFileName, RawContent } from './schema.ts';

export interface CheckedFiles {
  raw: Partial<RawContent>;
  docs: Partial<Record<ContentFileName, DocumentNode>>;
}

export class Reporter {
  readonly problems: Problem[] = [];
  constructor(
    private readonly docs: Partial<Record<ContentFileName, DocumentNode>>,
    private readonly raw: Partial<RawContent> = {},
  ) {}

  /** The item a pointer is in, for people: `case "repair-cafe"`, and the field inside it. */
  subject(name: ContentFileName, pointer: string): { subject: string; field: string } {
    return subjectOf(`${name}.json`, this.raw[name], pointer);
  }

  /** The line a pointer is on, to say "also at line 40" in messages. */
  line(name: ContentFileName, pointer: string): number {
    const doc = this.docs[name];
    return doc ? locate(doc, pointer).line : 1;
  }

  add(severity: Problem['severity'], name: ContentFileName, pointer: string, code: string, message: string, key = false): void {
    const doc = this.docs[name];
    const where = doc ? locate(doc, pointer, key) : { line: 1, column: 1 };
    this.problems.push({ severity, file: `${name}.json`, ...where, pointer, code, message });
  }

  error(name: ContentFileName, pointer: string, code: string, message: string, key = false): void {
    this.add('error', name, pointer, code, message, key);
  }

  warning(name: ContentFileName, pointer: string, code: string, message: string, key = false): void {
    this.add('warning', name, pointer, code, message, key);
  }
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function quoted(items: readonly string[]): string[] {
  return items.map((i) => `"${i}"`);
}
