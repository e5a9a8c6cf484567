/**
 * The compiled schema of each content file. Ajv compiles a schema into a function with
 * `new Function`, which the server's Content-Security-Policy (no 'unsafe-eval') forbids in the
 * browser: there, this module is replaced at build time by the same validators as standalone
 * code (src/tools/standalone-validators.ts, a Vite plugin). In Node they are compiled here, on
 * first use.
 */
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { CONTENT_FILES, type ContentFileName } from './schema.ts';

type Schema = Record<string, unknown>;

/** Every error (not only the first), with the schema that failed, for schema-messages.ts. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: false, verbose: true, discriminator: true };

/**
 * Unions of objects told apart by "type" (effects, conditions) become ajv discriminated
 * unions, so a card with one wrong argument gets one error about that argument, instead of
 * one error for every other kind of effect it is not.
 */
function discriminate(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(discriminate);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) out[k] = discriminate(v);
  const branches = out.anyOf;
  if (
    Array.isArray(branches) &&
    branches.length > 1 &&
    branches.every((b: Schema) => (b.properties as Schema | undefined)?.type && ((b.properties as Schema).type as Schema).const !== undefined)
  ) {
    delete out.anyOf;
    out.oneOf = branches;
    out.discriminator = { propertyName: 'type' };
  }
  return out;
}

/** The schema of a content file as ajv checks it. */
export function checkedSchema(name: ContentFileName): Schema {
  return discriminate(JSON.parse(JSON.stringify(CONTENT_FILES[name]))) as Schema;
}

let ajv: Ajv | undefined;
const validators = new Map<ContentFileName, ValidateFunction>();

export function validator(name: ContentFileName): ValidateFunction {
  ajv ??= new Ajv(AJV_OPTIONS);
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(checkedSchema(name));
    validators.set(name, v);
  }
  return v;
}
