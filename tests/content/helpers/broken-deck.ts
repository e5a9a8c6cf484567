/**
 * The broken-deck corpus (tests/fixtures/broken-decks/*.json): each entry is a small patch
 * over the shipped deck and the problems the checker must report for it. Patches name items
 * by id ("/knowledge/[id=crowdfunding]/pattern") so the corpus survives content edits.
 *
 * Expected locations are computed here independently of the checker: the patched file is
 * written with two-space indents, and the line and column of a value (or field name) are
 * found by writing the file once more with that value (or name) swapped for a marker. A
 * value starts where its marker starts, since everything before it is the same text.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Edit =
  | { op: 'add' | 'replace'; file: string; path: string; value: Json }
  | { op: 'remove'; file: string; path: string }
  | { op: 'rename-key'; file: string; path: string; to: string }
  | { op: 'truncate'; file: string; path: string; length: number }
  | { op: 'set-where'; file: string; path: string; match: Record<string, Json>; set: Record<string, Json> }
  /** Raw text before/after the value at `path`, or in place of it: for broken JSON. */
  | { op: 'text'; file: string; path: string; where: 'before' | 'after' | 'replace'; text: string; eat?: number }
  | { op: 'write-file'; file: string; text: string }
  | { op: 'delete-file'; file: string }
  | { op: 'rename-file'; file: string; to: string };

export interface Expected {
  file: string;
  /** The JSON pointer the problem names (selectors allowed); "" for the file itself. */
  pointer: string;
  /** Where line:column must be: the value at the pointer (default), its field name, the
   * start of a text edit, or the first character after it (for syntax errors), or 1:1. */
  at?: 'value' | 'key' | 'edit' | 'after-edit' | 'file';
  /** Characters to add to the column found (e.g. past a ", " the edit wrote first). */
  offset?: number;
  /** The pointer to locate, when it differs from the reported pointer (e.g. syntax errors). */
  locate?: string;
  code: string;
  /** Fragments the message must contain, e.g. 'did you mean "resources"'. */
  says: string[];
  severity?: 'error' | 'warning';
}

export interface BrokenDeck {
  mistake: string;
  edits: Edit[];
  expect: Expected[];
}

export interface PatchedDeck {
  dir: string;
  /** Resolves a pointer with [id=x] selectors against the patched files. */
  resolve(file: string, pointer: string): string;
  /** Where an expected problem must be reported. */
  location(e: Expected): { line: number; column: number };
  cleanup(): void;
}

const SHIPPED = join(import.meta.dirname, '../../../game-content');
const MARK = '\u0001MARK\u0001';

export function loadCorpus(): { name: string; deck: BrokenDeck }[] {
  const dir = join(import.meta.dirname, '../../fixtures/broken-decks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), deck: JSON.parse(readFileSync(join(dir, f), 'utf8')) as BrokenDeck }));
}

function unescape(k: string): string {
  return k.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** "/cases/[id=repair-cafe]/needs" → "/cases/3/needs", against the data. */
function resolvePointer(data: Json, pointer: string): string {
  if (pointer === '') return '';
  let node: Json = data;
  const out: string[] = [];
  for (const raw of pointer.split('/').slice(1)) {
    let key = unescape(raw);
    const selector = /^\[(\w+)=(.*)\]$/.exec(key);
    const valueSelector = /^\[=(.*)\]$/.exec(key);
    if (key === '[last]') {
      if (!Array.isArray(node)) throw new Error(`[last] on a non-list in ${pointer}`);
      key = String(node.length - 1);
    } else if (valueSelector) {
      if (!Array.isArray(node)) throw new Error(`selector ${key} on a non-list in ${pointer}`);
      const i = node.indexOf(valueSelector[1]);
      if (i < 0) throw new Error(`no item ${valueSelector[1]} for ${pointer}`);
      key = String(i);
    } else if (selector) {
      if (!Array.isArray(node)) throw new Error(`selector ${key} on a non-list in ${pointer}`);
      const i = node.findIndex((x) => x && typeof x === 'object' && !Array.isArray(x) && x[selector[1]] === selector[2]);
      if (i < 0) throw new Error(`no item with ${selector[1]}=${selector[2]} for ${pointer}`);
      key = String(i);
    }
    out.push(key.replace(/~/g, '~0').replace(/\//g, '~1'));
    node = node && typeof node === 'object' ? ((node as Record<string, Json>)[key] ?? null) : null;
  }
  return '/' + out.join('/');
}

function parentOf(data: Json, pointer: string): { parent: Json; key: string } {
  const keys = pointer.split('/').slice(1).map(unescape);
  let node = data;
  for (const k of keys.slice(0, -1)) node = (node as Record<string, Json>)[k];
  if (node === undefined || node === null || typeof node !== 'object') throw new Error(`no parent for ${pointer}`);
  return { parent: node, key: keys[keys.length - 1] };
}

function applyJson(data: Json, edit: Edit): void {
  if (edit.op === 'text' || edit.op === 'write-file' || edit.op === 'delete-file' || edit.op === 'rename-file') return;
  const path = resolvePointer(data, edit.path);
  const { parent, key } = parentOf(data, path);
  const obj = parent as Record<string, Json> & Json[];
  switch (edit.op) {
    case 'add':
      if (Array.isArray(parent)) parent.splice(key === '-' ? parent.length : Number(key), 0, edit.value);
      else obj[key] = edit.value;
      return;
    case 'replace':
      obj[key] = edit.value;
      return;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete obj[key];
      return;
    case 'rename-key': {
      // Keep the field's position: rebuild the object in order.
      const entries = Object.entries(obj).map(([k, v]) => [k === key ? edit.to : k, v] as const);
      for (const k of Object.keys(obj)) delete obj[k];
      for (const [k, v] of entries) obj[k] = v;
      return;
    }
    case 'truncate':
      (obj[key] as Json[]).length = edit.length;
      return;
    case 'set-where':
      for (const item of obj[key] as Record<string, Json>[]) {
        if (Object.entries(edit.match).every(([k, v]) => JSON.stringify(item[k]) === JSON.stringify(v))) Object.assign(item, edit.set);
      }
      return;
  }
}

const write = (data: Json) => JSON.stringify(data, null, 2) + '\n';

/** Line and column (1-based) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The offset of the value (or field name) at a resolved pointer in the written file. */
function offsetOf(data: Json, pointer: string, key: boolean): number {
  const copy = JSON.parse(JSON.stringify(data)) as Json;
  if (pointer === '') return write(copy).indexOf('{');
  const { parent, key: k } = parentOf(copy, pointer);
  const obj = parent as Record<string, Json>;
  if (key) {
    const entries = Object.entries(obj).map(([n, v]) => [n === k ? MARK : n, v] as const);
    for (const n of Object.keys(obj)) delete obj[n];
    for (const [n, v] of entries) obj[n] = v;
  } else {
    obj[k] = MARK;
  }
  // The marker is written as a JSON string: its opening quote is where the value starts.
  return write(copy).indexOf(JSON.stringify(MARK));
}

export function applyBrokenDeck(deck: BrokenDeck): PatchedDeck {
  const dir = mkdtempSync(join(tmpdir(), 'soc-broken-deck-'));
  cpSync(SHIPPED, dir, { recursive: true });
  const data = new Map<string, Json>();
  const texts = new Map<string, string>();
  const editSpans = new Map<string, { start: number; end: number }>();
  // Files edited as JSON, and files where a problem is expected, are written out with
  // two-space indents, so expected locations can be computed from the written text.
  const whole = new Set(deck.edits.filter((e) => e.op === 'write-file' || e.op === 'delete-file' || e.op === 'rename-file').map((e) => e.file));
  const touched = [...new Set([...deck.edits.map((e) => e.file), ...deck.expect.map((e) => e.file)])].filter((f) => !whole.has(f));
  for (const file of touched) data.set(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
  for (const edit of deck.edits) applyJson(data.get(edit.file)!, edit);
  for (const file of touched) texts.set(file, write(data.get(file)!));
  for (const edit of deck.edits) {
    if (edit.op !== 'text') continue;
    const d = data.get(edit.file)!;
    const path = resolvePointer(d, edit.path);
    let text = texts.get(edit.file)!;
    const start = offsetOf(d, path, false);
    const length = valueLength(d, path);
    const at = edit.where === 'after' ? start + length : start;
    text = text.slice(0, at) + edit.text + text.slice((edit.where === 'replace' ? start + length : at) + (edit.eat ?? 0));
    texts.set(edit.file, text);
    editSpans.set(edit.file, { start: at, end: at + edit.text.length });
  }
  for (const [file, text] of texts) writeFileSync(join(dir, file), text);
  for (const edit of deck.edits) {
    if (edit.op === 'write-file') {
      writeFileSync(join(dir, edit.file), edit.text);
      texts.set(edit.file, edit.text);
      editSpans.set(edit.file, { start: 0, end: edit.text.length });
    }
    if (edit.op === 'delete-file') rmSync(join(dir, edit.file));
    if (edit.op === 'rename-file') renameSync(join(dir, edit.file), join(dir, edit.to));
  }

  const current = (file: string): Json => data.get(file) ?? (JSON.parse(readFileSync(join(SHIPPED, file), 'utf8')) as Json);
  return {
    dir,
    resolve: (file, pointer) => resolvePointer(current(file), pointer),
    location(e) {
      const at = e.at ?? 'value';
      if (at === 'file') return { line: 1, column: 1 };
      const text = texts.get(e.file) ?? readFileSync(join(SHIPPED, e.file), 'utf8');
      if (at === 'edit' || at === 'after-edit') {
        const span = editSpans.get(e.file)!;
        let i = at === 'edit' ? span.start : span.end;
        if (at === 'after-edit') while (/\s/.test(text[i])) i++;
        return position(text, i + (e.offset ?? 0));
      }
      if (!texts.has(e.file)) throw new Error(`locations are computed for patched files only (${e.file})`);
      const pointer = resolvePointer(current(e.file), e.locate ?? e.pointer);
      return position(text, offsetOf(current(e.file), pointer, at === 'key') + (e.offset ?? 0));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** How long the value at a pointer is when written (for text edits around it). */
function valueLength(data: Json, pointer: string): number {
  const { key } = parentOf(data, pointer);
  // Find the written value's end by writing the file with the value, and with a marker, and
  // comparing: the texts differ exactly over the value.
  const withValue = write(data);
  const start = offsetOf(data, pointer, false);
  const marker = JSON.stringify(MARK);
  const copy = JSON.parse(JSON.stringify(data)) as Json;
  (parentOf(copy, pointer).parent as Record<string, Json>)[key] = MARK;
  const withMarker = write(copy);
  const tail = withMarker.length - (start + marker.length);
  return withValue.length - tail - start;
}
