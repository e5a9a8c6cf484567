/**
 * Reading a content file as JSON with every node's location (momoa), and saying what is wrong
 * with broken JSON in words a designer knows: a trailing comma, a missing comma, a comment,
 * single quotes. Also catches a field written twice in one object, which JSON.parse would
 * silently resolve by keeping the last.
 */
import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { joinPointer, type Problem } from './problems.ts';

export type Parsed = { ok: true; doc: DocumentNode; data: unknown } | { ok: false; problem: Problem };

/** The character before `offset`, skipping white space. */
function before(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 ? text[i] : '';
}

/**
 * A text left open on an earlier line: JSON texts cannot span lines, so a line with an odd
 * number of unescaped quotes is where the closing quote is missing. The parser only stumbles
 * later, so point at that line instead.
 */
function unclosedText(text: string, offset: number): { line: number; column: number } | undefined {
  const lines = text.slice(0, offset).split('\n');
  // The line the parser stopped on is cut at the error; look at the whole lines before it.
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 4); i--) {
    const quotes = [...lines[i].matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) return { line: i + 1, column: quotes[quotes.length - 1].index! + 1 };
  }
  return undefined;
}

function explain(text: string, raw: string, offset: number): string {
  const message = raw.replace(/\s*\(\d+:\d+\)\s*$/, '');
  const here = text.slice(offset, offset + 2);
  if (/^0\d/.test(text.slice(offset, offset + 2)) && !/[\d.]/.test(text[offset - 1] ?? '')) {
    return 'a number cannot start with 0 in JSON: leave the 0 out';
  }
  if (/Unexpected end of input/.test(message)) {
    return text.trim() === '' ? 'the file is empty: it should hold one JSON object { … }' : 'the file ends too early: a closing } or ] is missing';
  }
  if (here.startsWith('//') || here.startsWith('/*')) return 'JSON has no comments: remove the comment';
  if (here.startsWith("'")) return 'JSON texts and names need double quotes "…", not single quotes';
  if (/Unexpected token (RBrace|RBracket)/.test(message) && before(text, offset) === ',') {
    return `a comma before ${text[offset]} is not allowed in JSON: remove the last comma`;
  }
  if (/Unexpected token (String|Number|LBrace|LBracket|True|False|Null)/.test(message)) {
    const prev = before(text, offset);
    if (prev && !',:[{'.includes(prev)) return 'a comma is missing before this value';
  }
  const word = /Unexpected identifier '([^']*)'/.exec(message)?.[1] ?? /^[A-Za-z_][\w-]*/.exec(text.slice(offset))?.[0];
  if (word) {
    return `${word} is not a JSON value: texts and field names need double quotes; values are "text", numbers, true, false, null, [ … ] or { … }`;
  }
  return `not valid JSON: ${message}`;
}

/** Fields named twice in one object, as problems at the second name. */
function duplicateKeys(node: AnyNode, keys: (string | number)[], file: string, out: Problem[]): void {
  if (node.type === 'Object') {
    const seen = new Map<string, string>();
    for (const m of node.members) {
      const name = m.name.type === 'String' ? m.name.value : m.name.name;
      const first = seen.get(name);
      if (first !== undefined) {
        out.push({
          severity: 'error',
          file,
          line: m.name.loc.start.line,
          column: m.name.loc.start.column,
          pointer: joinPointer([...keys, name]),
          code: 'duplicate-field',
          message: `the field "${name}" is written twice in one object (first at ${first}); only the last would count`,
        });
      } else {
        seen.set(name, `${m.name.loc.start.line}:${m.name.loc.start.column}`);
      }
      duplicateKeys(m.value, [...keys, name], file, out);
    }
  } else if (node.type === 'Array') {
    node.elements.forEach((e, i) => duplicateKeys(e.value, [...keys, i], file, out));
  }
}

export function parseFile(file: string, source: string): Parsed & { duplicates: Problem[] } {
  // A byte-order mark is invisible in editors; accept it rather than report it.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let doc: DocumentNode;
  try {
    doc = parse(text, { mode: 'json' });
  } catch (err) {
    const e = err as { line?: number; column?: number; offset?: number; message?: string };
    const open = unclosedText(text, e.offset ?? 0);
    const problem: Problem = open
      ? { severity: 'error', file, ...open, pointer: '', code: 'json-syntax', message: 'this text is not closed: a closing double quote " is missing on this line' }
      : {
          severity: 'error',
          file,
          line: e.line ?? 1,
          column: e.column ?? 1,
          pointer: '',
          code: 'json-syntax',
          message: explain(text, String(e.message ?? err), e.offset ?? 0),
        };
    return { ok: false, problem, duplicates: [] };
  }
  const duplicates: Problem[] = [];
  duplicateKeys(doc.body, [], file, duplicates);
  return { ok: true, doc, data: JSON.parse(text), duplicates };
}
