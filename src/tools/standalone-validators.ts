/**
 * The content validators as standalone code, generated when the client is built: the browser
 * then checks a deck without compiling anything, so the Content-Security-Policy can forbid
 * 'unsafe-eval'. A Vite plugin puts this code in place of src/content/validators.ts.
 */
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { AJV_OPTIONS, checkedSchema } from '../content/validators.ts';
import { CONTENT_FILE_NAMES } from '../content/schema.ts';

// The package's CommonJS default export, seen from ESM under tsx and under Vite alike.
const standaloneCode = ((standalone as unknown as { default?: typeof standalone }).default ?? standalone) as typeof standalone;

/** An ES module exporting `validator(name)`, as src/content/validators.ts does. */
export function standaloneValidators(): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  for (const name of CONTENT_FILE_NAMES) ajv.addSchema(checkedSchema(name), name);
  let code = standaloneCode(ajv, Object.fromEntries(CONTENT_FILE_NAMES.map((n) => [n, n])));
  // Ajv's ESM output still requires its small runtime helpers (ucs2length, equal): import them.
  const imports: string[] = [];
  code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)/gi, (_, path: string) => {
    const local = `runtime${imports.length}`;
    imports.push(`import ${local}Module from "${path}.js";\nconst ${local} = { default: ${local}Module.default ?? ${local}Module };`);
    return local;
  });
  if (/require\(/.test(code)) throw new Error('the standalone validators require a module that is not imported');
  const table = `const validators = { ${CONTENT_FILE_NAMES.join(', ')} };\nexport function validator(name) { return validators[name]; }\n`;
  return `${imports.join('\n')}\n${code}\n${table}`;
}

/** Replaces src/content/validators.ts in the browser build by precompiled validators. */
export function precompiledValidators(): Plugin {
  let code: string | undefined;
  return {
    name: 'soc-precompiled-validators',
    enforce: 'pre',
    load(id, options) {
      if (options?.ssr || !id.replace(/\?.*$/, '').endsWith('/src/content/validators.ts')) return null;
      code ??= standaloneValidators();
      return code;
    },
  };
}
