/**
 * Checking content files: JSON syntax, then the schema, with every problem located by file,
 * line, column and JSON pointer. Pure (no Node APIs), so the server, the CLI, the card
 * gallery in the browser and the tests all report problems the same way.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseJson, type DocumentNode, type AnyNode } from '@humanwhocodes/momoa';
import { CONTENT_FILES, CONTENT_FILE_NAMES, type ContentFileName, type RawContent } from './schema.ts';

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** JSON pointer into the file, e.g. "/knowledge/3/pattern". */
  pointer: string;
  message: string;
}

let ajv: Ajv | undefined;
const validators = new Map<ContentFileName, ReturnType<Ajv['compile']>>();

function validator(name: ContentFileName) {
  ajv ??= new Ajv({ allErrors: true, strict: false });
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(JSON.parse(JSON.stringify(CONTENT_FILES[name])));
    validators.set(name, v);
  }
  return v;
}

/** The node at a JSON pointer, or the deepest existing node on the way there. */
export function nodeAt(doc: DocumentNode, pointer: string): AnyNode {
  let node: AnyNode = doc.body;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node.type === 'Object') {
      const member: { name: AnyNode; value: AnyNode } | undefined = node.members.find((m) => m.name.type === 'String' && m.name.value === key);
      if (!member) return node;
      node = member.value;
    } else if (node.type === 'Array') {
      const element: { value: AnyNode } | undefined = node.elements[Number(key)];
      if (!element) return node;
      node = element.value;
    } else {
      return node;
    }
  }
  return node;
}

/** Where a pointer points in a parsed file (1-based line and column). */
export function locate(doc: DocumentNode, pointer: string): { line: number; column: number } {
  const { start } = nodeAt(doc, pointer).loc;
  return { line: start.line, column: start.column };
}

function schemaMessage(e: ErrorObject): string {
  const where = e.instancePath || 'the file';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where} has a field "${(e.params as { additionalProperty: string }).additionalProperty}" that is not part of the format`;
    case 'required':
      return `${where} is missing the field "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
    case 'const':
      return `${where} must be one of the allowed values`;
    default:
      return `${where} ${e.message ?? 'is not valid'}`;
  }
}

export interface CheckResult {
  raw: Partial<RawContent> | null;
  problems: Problem[];
}

/** Parses and schema-checks every content file. `raw` is null when any file has errors. */
export function checkRawContent(files: Record<string, string>): CheckResult {
  const problems: Problem[] = [];
  const raw: Record<string, unknown> = {};
  for (const name of CONTENT_FILE_NAMES) {
    const file = `${name}.json`;
    const text = files[file];
    if (text === undefined) {
      problems.push({ severity: 'error', file, line: 1, column: 1, pointer: '', message: `the file ${file} is missing` });
      continue;
    }
    let doc: DocumentNode;
    try {
      doc = parseJson(text, { mode: 'json' });
    } catch (err) {
      const e = err as { line?: number; column?: number; message: string };
      problems.push({ severity: 'error', file, line: e.line ?? 1, column: e.column ?? 1, pointer: '', message: `not valid JSON: ${e.message}` });
      continue;
    }
    const data = JSON.parse(text);
    const validate = validator(name);
    if (!validate(data)) {
      for (const e of pickErrors(validate.errors ?? [])) {
        const pointer = e.keyword === 'additionalProperties'
          ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`
          : e.instancePath;
        problems.push({ severity: 'error', file, ...locate(doc, pointer), pointer, message: schemaMessage(e) });
      }
      continue;
    }
    raw[name] = data;
  }
  return { raw: problems.some((p) => p.severity === 'error') ? null : (raw as unknown as RawContent), problems };
}

/**
 * ajv reports every branch of a union that failed; keep the most specific errors: those at
 * the deepest path, and for one path the first.
 */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const key = e.keyword === 'additionalProperties' ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath;
    if (!byPath.has(key)) byPath.set(key, e);
  }
  const paths = [...byPath.keys()];
  return [...byPath.entries()].filter(([p]) => !paths.some((q) => q !== p && q.startsWith(p + '/'))).map(([, e]) => e);
}
