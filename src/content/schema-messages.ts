/**
 * Schema errors (from ajv) as problems a designer can act on: one plain sentence per mistake,
 * located at the offending value (or field name), with the allowed values and a "did you
 * mean" where there is a list to choose from.
 */
import type { ErrorObject } from 'ajv';
import type { DocumentNode } from '@humanwhocodes/momoa';
import { locate, splitPointer, subjectOf, type Problem } from './problems.ts';
import { closest, didYouMean } from './suggest.ts';

type Schema = Record<string, unknown>;

const LANGUAGE_NAMES: Record<string, string> = { nl: 'Dutch (nl)', en: 'English (en)' };

function isText(schema: unknown): boolean {
  const props = (schema as Schema | undefined)?.properties as Schema | undefined;
  return !!props && Object.keys(props).sort().join() === 'en,nl';
}

/** A value as it stands in the file, short. */
function shown(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a text in double quotes',
  array: 'a list [ … ]',
  object: 'an object { … }',
  boolean: 'true or false',
};

/** A lower-case dashed id made from any text, to suggest in place of a malformed one. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function allowedValues(errors: ErrorObject[]): string[] {
  const values: string[] = [];
  for (const e of errors) {
    const p = e.params as { allowedValue?: unknown; allowedValues?: unknown[] };
    for (const v of p.allowedValues ?? [p.allowedValue]) if (v !== undefined && !values.includes(String(v))) values.push(String(v));
  }
  return values;
}

interface Located {
  pointer: string;
  key?: boolean;
  message: string;
  code: string;
}

/** One error's sentence, without the subject. */
function describe(e: ErrorObject, field: string): Located {
  const at = e.instancePath;
  const the = field === '' ? 'it' : field;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const known = Object.keys(((e.parentSchema as Schema)?.properties as Schema | undefined) ?? {});
      const where = field === '' ? '' : ` in ${field}`;
      const hint = isText(e.parentSchema) ? ' (texts have only "nl" and "en")' : didYouMean(name, known);
      return { pointer: `${at}/${name}`, key: true, code: 'unknown-field', message: `has an unknown field "${name}"${where}${hint}` };
    }
    case 'required': {
      const name = String(p.missingProperty);
      if (isText(e.parentSchema)) {
        return { pointer: at, code: 'missing-translation', message: `${the} has no ${LANGUAGE_NAMES[name]} text` };
      }
      return { pointer: at, code: 'missing-field', message: `${field === '' ? '' : `${field} `}is missing the field "${name}"`.trimStart() };
    }
    case 'type': {
      const want = String(p.type);
      if (want === 'object' && isText(e.parentSchema)) {
        return { pointer: at, code: 'wrong-type', message: `${the} must be a text in both languages, like {"nl": "…", "en": "…"} (it is ${shown(e.data)})` };
      }
      return { pointer: at, code: 'wrong-type', message: `${the} must be ${TYPE_WORDS[want] ?? want} (it is ${shown(e.data)})` };
    }
    case 'minimum':
      return { pointer: at, code: 'out-of-range', message: `${the} must be at least ${p.limit} (it is ${shown(e.data)})` };
    case 'maximum':
      return { pointer: at, code: 'out-of-range', message: `${the} must be at most ${p.limit} (it is ${shown(e.data)})` };
    case 'minLength': {
      const keys = splitPointer(at);
      const lang = LANGUAGE_NAMES[keys[keys.length - 1]];
      if (p.limit === 1) {
        return lang
          ? { pointer: at, code: 'missing-translation', message: `the ${lang} text of ${field.replace(/\.(nl|en)$/, '') || 'it'} is empty` }
          : { pointer: at, code: 'empty', message: `${the} must not be empty` };
      }
      return { pointer: at, code: 'too-short', message: `${the} must be at least ${p.limit} characters long (it is ${shown(e.data)})` };
    }
    case 'maxLength':
      return { pointer: at, code: 'too-long', message: `${the} must be at most ${p.limit} characters long (it is ${shown(e.data)})` };
    case 'minItems':
      return p.limit === 1
        ? { pointer: at, code: 'empty', message: `${the} must not be an empty list` }
        : { pointer: at, code: 'too-few', message: `${the} must have at least ${p.limit} items (it has ${(e.data as unknown[]).length})` };
    case 'maxItems':
      return { pointer: at, code: 'too-many', message: `${the} must have at most ${p.limit} items (it has ${(e.data as unknown[]).length})` };
    case 'uniqueItems': {
      const [i, j] = [Number(p.i), Number(p.j)];
      const value = (e.data as unknown[])[i];
      return { pointer: `${at}/${i}`, code: 'duplicate', message: `${the} lists ${shown(value)} twice (items ${j + 1} and ${i + 1})` };
    }
    case 'minProperties':
      return { pointer: at, code: 'empty', message: `${the} must name at least one pattern, like {"making": 1}` };
    case 'pattern': {
      const value = String(e.data);
      if (String(p.pattern).startsWith('^#')) {
        return { pointer: at, code: 'bad-format', message: `${the} must be a colour written #rrggbb, like "#3d7a3a" (it is ${shown(value)})` };
      }
      const better = slug(value);
      const hint = better.length >= 2 ? `, like "${better}"` : '';
      return { pointer: at, code: 'bad-id', message: `${the} ${shown(value)} is not a valid id: use lower-case letters, digits and single dashes${hint}` };
    }
    case 'not':
      return { pointer: at, code: 'out-of-range', message: `${the} must not be 0 (a change by 0 changes nothing)` };
    case 'discriminator': {
      const what = (e.parentSchema as Schema)?.$id === 'Condition' ? 'condition' : 'effect';
      const kinds = ((e.parentSchema as Schema).oneOf as Schema[]).map((b) => String(((b.properties as Schema).type as Schema).const));
      if (p.error === 'tag') {
        return { pointer: at, code: 'missing-field', message: `${the} has no "type": say which ${what} it is, one of ${kinds.join(', ')}` };
      }
      const value = String(p.tagValue);
      return {
        pointer: `${at}/type`,
        code: 'unknown-value',
        message: `${the} has type "${value}", which is not ${what === 'effect' ? 'an effect' : 'a condition'}${didYouMean(value, kinds)}; the ${what}s are ${kinds.join(', ')}`,
      };
    }
    default:
      return { pointer: at, code: 'schema', message: `${the} ${e.message ?? 'is not valid'}` };
  }
}

/** "case "x" has …" reads on; "case "x": needs.making must …" needs the colon. */
function joinSubject(subject: string, message: string): string {
  return /^(has|is missing) /.test(message) ? `${subject} ${message}` : `${subject}: ${message}`;
}

/** ajv's errors for one file as problems. */
export function schemaProblems(file: string, doc: DocumentNode, data: unknown, errors: ErrorObject[]): Problem[] {
  const problems: Problem[] = [];
  // Alternatives of a union of values (patterns, places, kinds) each report "must be equal
  // to constant"; gather them per place into one "must be one of" with the full list.
  const choices = new Map<string, ErrorObject[]>();
  const seen = new Set<string>();
  // A misspelt required field shows up twice: as an unknown field and as a missing one. Say
  // it once, at the misspelt name, which is where the designer has to look.
  const misspelt = new Set<string>();
  const missing = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'required') missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), String((e.params as { missingProperty: string }).missingProperty)]);
  }
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const fix = closest(String((e.params as { additionalProperty: string }).additionalProperty), missing.get(e.instancePath) ?? []);
    if (fix !== undefined) misspelt.add(`${e.instancePath}|${fix}`);
  }
  for (const e of errors) {
    if (e.keyword === 'required' && misspelt.has(`${e.instancePath}|${(e.params as { missingProperty: string }).missingProperty}`)) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    if (e.keyword === 'const' || e.keyword === 'enum') {
      const list = choices.get(e.instancePath) ?? [];
      list.push(e);
      choices.set(e.instancePath, list);
      continue;
    }
    const { subject, field } = subjectOf(file, data, e.instancePath);
    const d = describe(e, field);
    const key = `${d.pointer}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ severity: 'error', file, ...locate(doc, d.pointer, d.key), pointer: d.pointer, code: d.code, message: joinSubject(subject, d.message) });
  }
  for (const [at, list] of choices) {
    const { subject, field } = subjectOf(file, data, at);
    const value = list[0].data;
    const allowed = allowedValues(list);
    const hint = typeof value === 'string' && closest(value, allowed) ? didYouMean(value, allowed) : '';
    const the = field === '' ? 'it' : field;
    const message = `${subject}: ${the} is ${shown(value)}, which is not allowed${hint}; choose one of ${allowed.join(', ')}`;
    problems.push({ severity: 'error', file, ...locate(doc, at), pointer: at, code: 'unknown-value', message });
  }
  return problems;
}
