/**
 * Reading a content file as JSON with every node's location (momoa), and saying what is wrong
 * with broken JSON in words a designer knows: a trailing comma, a missing comma, a comment,
 * single quotes. Also catches a field written twice in one object, which JSON.parse would
 * silently resolve by keeping the last.
 */
import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { expectedSentence } from './json-expected.ts';
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
  const char = text[offset] ?? '';
  const previous = text[offset - 1] ?? '';
  if (/^0\d/.test(here) && !/[\d.]/.test(previous)) {
    return 'a number cannot start with 0 in JSON: leave the 0 out';
  }
  if (/Unexpected end of input/.test(message)) {
    return text.trim() === '' ? 'the file is empty: it should hold one JSON object { … }' : 'the file ends too early: a closing } or ] is missing';
  }
  if (here.startsWith('//') || here.startsWith('/*')) return 'JSON has no comments: remove the comment';
  if (char === "'") return 'JSON texts and names need double quotes "…", not single quotes';
  if ((char === '}' || char === ']') && before(text, offset) === ',') {
    return `a comma before ${char} is not allowed in JSON: remove the last comma`;
  }
  if (/Unexpected character/.test(message)) {
    if (char === '\\' || previous === '\\') return `\\${char === '\\' ? (text[offset + 1] ?? '') : char} is not something JSON can write in a text: write \\\\ for a backslash, \\" for a double quote, \\n for a new line`;
    if (char === '+') return 'a number cannot start with + in JSON: leave the + out';
    if (previous === '.' && /\d/.test(text[offset - 2] ?? '')) return 'a number cannot end with a point in JSON: write 1 or 1.5, not 1.';
    if (char === '.') return 'a number cannot start with a point in JSON: write 0.5, not .5';
    if (previous === '-' || char === '-') return 'a minus sign must be followed by digits';
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || (code >= 0x200b && code <= 0x200f) || code === 0xfeff) {
      return `an invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')}) is here: remove it`;
    }
  }
  const word = /Unexpected identifier '([^']*)'/.exec(message)?.[1] ?? /^[A-Za-z_][\w-]*/.exec(text.slice(offset))?.[0];
  if (word) {
    return `${word} is not a JSON value: texts and field names need double quotes; values are "text", numbers, true, false, null, [ … ] or { … }`;
  }
  const expected = expectedSentence(text, offset);
  if (expected) return expected;
  // The parser stops at a last number when the text ends after it.
  if (/^[^\s,:\]}[{]+\s*$/.test(text.slice(offset))) return 'the file ends too early: a closing } or ] is missing';
  // Never the parser's own words ("Unexpected token LBrace"): name the character instead.
  return char === '' ? 'the file ends too early' : `${JSON.stringify(char)} is not allowed here in JSON`;
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // The parser above lets a tab or a line break stand inside a text; JSON does not.
    const position = Number(/position (\d+)/.exec(String((err as Error).message))?.[1] ?? 0);
    const lines = text.slice(0, position).split('\n');
    const problem: Problem = {
      severity: 'error',
      file,
      line: lines.length,
      column: lines[lines.length - 1].length + 1,
      pointer: '',
      code: 'json-syntax',
      message: /control character/i.test(String((err as Error).message))
        ? 'a text holds a tab or a line break as it is: inside double quotes write \\t for a tab and \\n for a new line'
        : 'not valid JSON here',
    };
    return { ok: false, problem, duplicates: [] };
  }
  return { ok: true, doc, data, duplicates };
}
