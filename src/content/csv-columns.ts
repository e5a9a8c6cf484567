/**
 * How the items of a content file become spreadsheet rows and back: one column per field.
 * Read from the content schema (src/content/schema.ts), so a field another engineer adds to
 * a card shows up as a column without code here.
 *
 * - a text in both languages becomes two columns, `name.nl` and `name.en`;
 * - any object with required fields (a scenario's `players`, `start`) is spread over dotted
 *   columns (`start.trust`);
 * - a list of ids or numbers is one cell, `core, artists` or `2, 1, 1`;
 * - anything else (effects, modifiers, needs, rule values) is one cell of compact JSON.
 *
 * Pure: no Node APIs.
 */
type Schema = Record<string, unknown>;

export type CellKind = 'string' | 'number' | 'boolean' | 'list-string' | 'list-number' | 'json';

export interface Column {
  /** Field path inside an item, e.g. ["name", "nl"]. */
  path: string[];
  /** The header of the column: the path joined with dots. */
  name: string;
  kind: CellKind;
}

function props(schema: Schema): Record<string, Schema> | undefined {
  return schema.properties as Record<string, Schema> | undefined;
}

/** The scalar type of a schema, looking through unions of literals: "string", "integer", … */
function scalarType(schema: Schema): string | undefined {
  if (typeof schema.type === 'string' && ['string', 'integer', 'number', 'boolean'].includes(schema.type)) return schema.type;
  if (schema.const !== undefined) return typeof schema.const === 'number' ? 'number' : typeof schema.const;
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union && union.length > 0) {
    const types = new Set(union.map(scalarType));
    if (types.size === 1) return [...types][0];
  }
  return undefined;
}

function leafKind(schema: Schema): CellKind | undefined {
  const t = scalarType(schema);
  if (t === 'string') return 'string';
  if (t === 'integer' || t === 'number') return 'number';
  if (t === 'boolean') return 'boolean';
  if (schema.type === 'array' && schema.items) {
    const items = schema.items as Schema;
    const it = scalarType(items);
    // Only lists whose items cannot hold a comma (ids, enum values, numbers) share one cell.
    if (it === 'integer' || it === 'number') return 'list-number';
    if (it === 'string' && (items.pattern !== undefined || items.anyOf !== undefined || items.const !== undefined)) return 'list-string';
  }
  return undefined;
}

/** How a top-level field of a file is written in one cell. */
export function kindOf(schema: Schema): CellKind {
  return leafKind(schema) ?? 'json';
}

/** An object with fixed, required fields is spread over columns; a record-like one is not. */
function spreads(schema: Schema): boolean {
  return schema.type === 'object' && props(schema) !== undefined && Array.isArray(schema.required) && (schema.required as unknown[]).length > 0;
}

/** Every column the schema of an item allows, in the schema's order. */
function schemaColumns(schema: Schema, prefix: string[] = []): Column[] {
  const out: Column[] = [];
  for (const [key, sub] of Object.entries(props(schema) ?? {})) {
    const path = [...prefix, key];
    if (spreads(sub)) out.push(...schemaColumns(sub, path));
    else out.push({ path, name: path.join('.'), kind: leafKind(sub) ?? 'json' });
  }
  return out;
}

/** Field paths of a value as the columns would cut it, in the order they appear. */
function valuePaths(value: unknown, schema: Schema, prefix: string[], out: string[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const known = props(schema) ?? {};
  for (const key of Object.keys(value)) {
    const sub = known[key];
    const path = [...prefix, key];
    if (sub && spreads(sub)) valuePaths((value as Record<string, unknown>)[key], sub, path, out);
    else out.push(path.join('.'));
  }
}

/**
 * The columns for a list of items: the fields in the order the items write them (so a file
 * comes back byte for byte), then any other field the schema knows, so a designer sees every
 * column there is to fill.
 */
export function columnsFor(itemSchema: Schema, items: readonly unknown[]): Column[] {
  const all = schemaColumns(itemSchema);
  const byName = new Map(all.map((c) => [c.name, c]));
  const order: string[] = [];
  for (const item of items) {
    const paths: string[] = [];
    valuePaths(item, itemSchema, [], paths);
    // Merge keeping each item's order: a new name goes right after the name before it.
    let at = -1;
    for (const p of paths) {
      const i = order.indexOf(p);
      if (i >= 0) at = i;
      else order.splice(++at, 0, p);
    }
  }
  for (const c of all) {
    if (!order.includes(c.name)) {
      // After its schema predecessor, so `start` of a role sits beside `pattern`.
      const before = all.slice(0, all.indexOf(c)).reverse().find((b) => order.includes(b.name));
      order.splice(before ? order.indexOf(before.name) + 1 : 0, 0, c.name);
    }
  }
  return order.map((name) => byName.get(name) ?? { path: name.split('.'), name, kind: 'json' as const });
}

function getPath(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** One cell of a row. Absent fields are empty cells. */
export function toCell(value: unknown, kind: CellKind): string {
  if (value === undefined) return '';
  if ((kind === 'list-string' || kind === 'list-number') && Array.isArray(value)) return value.map(String).join(', ');
  if (kind === 'json' || typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function toRow(item: unknown, columns: readonly Column[]): string[] {
  return columns.map((c) => toCell(getPath(item, c.path), c.kind));
}

/** A cell that cannot be read as its column needs; the rest of the row is still read. */
export interface CellProblem {
  column: number;
  message: string;
}

/**
 * The value of a cell. A cell that is not what its column holds goes into the JSON as it
 * was written, so the deck checker names the mistake in its own words ("copies must be a
 * whole number (it is "two")"). Only JSON that cannot be read is a problem here.
 */
function fromCell(cell: string, kind: CellKind): { value: unknown } | { problem: string } {
  switch (kind) {
    case 'string':
      return { value: cell };
    case 'number':
      return { value: /^\s*-?\d+(\.\d+)?\s*$/.test(cell) ? Number(cell) : cell };
    case 'boolean':
      return { value: cell.trim() === 'true' ? true : cell.trim() === 'false' ? false : cell };
    case 'list-string':
      return { value: cell.trim() === '' ? [] : cell.split(',').map((s) => s.trim()) };
    case 'list-number':
      return { value: cell.trim() === '' ? [] : cell.split(',').map((s) => (/^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : s.trim())) };
    case 'json':
      try {
        return { value: JSON.parse(cell) };
      } catch (err) {
        return { problem: `this cell should hold JSON, like [{"type": "gainTrust", "amount": 1}], and cannot be read: ${(err as Error).message}` };
      }
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let t = target;
  for (const k of path.slice(0, -1)) {
    if (t[k] === undefined || typeof t[k] !== 'object') t[k] = {};
    t = t[k] as Record<string, unknown>;
  }
  t[path[path.length - 1]] = value;
}

/** An item from a row: fields in column order; empty cells leave the field out. */
export function fromRow(row: readonly string[], columns: readonly Column[]): { item: Record<string, unknown>; problems: CellProblem[] } {
  const item: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  columns.forEach((c, i) => {
    const cell = row[i] ?? '';
    if (cell === '') return;
    const read = fromCell(cell, c.kind);
    if ('problem' in read) problems.push({ column: i, message: read.problem });
    else setPath(item, c.path, read.value);
  });
  return { item, problems };
}

/**
 * The columns a header names. A name the schema does not know is read as text, so the deck
 * checker calls it an unknown field, with "did you mean".
 */
export function columnsFromHeader(itemSchema: Schema, header: readonly string[]): Column[] {
  const known = new Map(schemaColumns(itemSchema).map((c) => [c.name, c]));
  return header.map((raw) => {
    const name = raw.trim();
    return known.get(name) ?? { path: name.split('.'), name, kind: 'string' as const };
  });
}
