/**
 * Problems found in a deck, and how they are named, located, sorted and printed. Pure, so
 * the CLI, the server and the card gallery in the browser say the same thing.
 */
import type { AnyNode, DocumentNode } from '@humanwhocodes/momoa';

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** JSON pointer into the file, e.g. "/knowledge/3/pattern". */
  pointer: string;
  message: string;
  /** What kind of mistake, stable for tests and tools, e.g. "unknown-reference". */
  code?: string;
}

/** What the items of each file are called in messages. */
const NOUNS: Record<string, [collection: string, noun: string, key: string]> = {
  'patterns.json': ['patterns', 'pattern', 'id'],
  'board.json': ['places', 'place', 'pattern'],
  'roles.json': ['roles', 'role', 'id'],
  'cases.json': ['cases', 'case', 'id'],
  'knowledge.json': ['knowledge', 'knowledge card', 'id'],
  'flow.json': ['flow', 'flow card', 'id'],
  'transformations.json': ['transformations', 'transformation', 'id'],
  'prompts.json': ['prompts', 'prompt', 'id'],
  'scenarios.json': ['scenarios', 'scenario', 'id'],
};

export function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(keys: readonly (string | number)[]): string {
  return keys.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** A field path for people: ["effects", "0", "amount"] → "effects[0].amount". */
function fieldPath(keys: readonly string[]): string {
  let out = '';
  for (const k of keys) out += /^\d+$/.test(k) ? `[${k}]` : out === '' ? k : `.${k}`;
  return out;
}

/**
 * The item a pointer is inside, named for people: `knowledge card "crowdfunding"`, and the
 * rest of the path inside it. Items without a usable id are named by position ("number 4").
 */
export function subjectOf(file: string, data: unknown, pointer: string): { subject: string; field: string } {
  const keys = splitPointer(pointer);
  const nouns = NOUNS[file];
  if (nouns && keys[0] === nouns[0] && keys.length >= 2 && /^\d+$/.test(keys[1])) {
    const items = (data as Record<string, unknown> | null)?.[nouns[0]];
    const item = Array.isArray(items) ? (items[Number(keys[1])] as Record<string, unknown> | undefined) : undefined;
    const id = item && typeof item === 'object' ? item[nouns[2]] : undefined;
    const subject = typeof id === 'string' && id !== '' ? `${nouns[1]} "${id}"` : `${nouns[1]} number ${Number(keys[1]) + 1}`;
    return { subject, field: fieldPath(keys.slice(2)) };
  }
  if (file === 'board.json') return { subject: 'the board', field: fieldPath(keys) };
  return { subject: file, field: fieldPath(keys) };
}

/** The node at a JSON pointer, or the deepest existing node on the way there. */
function nodeAt(doc: DocumentNode, pointer: string, key = false): AnyNode {
  let node: AnyNode = doc.body;
  const keys = splitPointer(pointer);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (node.type === 'Object') {
      const member: { name: AnyNode; value: AnyNode } | undefined = node.members.find((m) => m.name.type === 'String' && m.name.value === k);
      if (!member) return node;
      // For a field name (an unknown field, a duplicate key), point at the name, not the value.
      if (key && i === keys.length - 1) return member.name;
      node = member.value;
    } else if (node.type === 'Array') {
      const element: { value: AnyNode } | undefined = node.elements[Number(k)];
      if (!element) return node;
      node = element.value;
    } else {
      return node;
    }
  }
  return node;
}

/** Where a pointer points in a parsed file (1-based line and column). */
export function locate(doc: DocumentNode, pointer: string, key = false): { line: number; column: number } {
  const { start } = nodeAt(doc, pointer, key).loc;
  return { line: start.line, column: start.column };
}

/** Problems in reading order: by file, line, column; errors before warnings at one place. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.message.localeCompare(b.message),
  );
}

/** One line like a compiler's: `dir/knowledge.json:12:17 error  message (/knowledge/3/pattern)`. */
export function formatProblem(p: Problem, dir?: string): string {
  const file = dir ? `${dir.replace(/\/+$/, '')}/${p.file}` : p.file;
  const pointer = p.pointer === '' ? '' : ` (${p.pointer})`;
  return `${file}:${p.line}:${p.column} ${p.severity === 'error' ? 'error ' : 'warning'} ${p.message}${pointer}`;
}

/** "2 errors, 1 warning" / "no problems". */
export function summarize(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return 'no problems';
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [errors ? part(errors, 'error') : '', warnings ? part(warnings, 'warning') : ''].filter(Boolean).join(', ');
}
