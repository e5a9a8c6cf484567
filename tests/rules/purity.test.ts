/**
 * The rules core is pure and deterministic: state in, state out, chance only from the match
 * seed. It runs on the server, in the browser (hot-seat) and in the simulator's workers, so
 * nothing in src/rules may reach Node, React, boardgame.io or the clock: every import, every
 * `export … from` and every `import()` stays inside src/rules and the content model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modulesNamed } from '../helpers/modules.ts';

const ROOT = join(import.meta.dirname, '../..');
const RULES = join(ROOT, 'src/rules');
/** The content model the rules interpret: types, compiled content and the plain name lists (names.ts), no loading from disk. */
const CONTENT_MODEL = ['src/content/content.ts', 'src/content/schema.ts', 'src/content/names.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('src/rules is pure', () => {
  const files = sources(RULES);

  it('finds every kind of import (the check itself)', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type {\n  B,\n  C,\n} from '../content/schema.ts';",
      "import 'node:fs';",
      "export { d } from 'react';",
      "export * from 'boardgame.io/core';",
      "export type { E } from './e.ts';",
      "const f = await import('node:crypto');",
      'const g = await import(name);',
    ].join('\n');
    expect(modulesNamed(text).sort()).toEqual(['../content/schema.ts', './a.ts', './e.ts', 'boardgame.io/core', 'name', 'node:crypto', 'node:fs', 'react'].sort());
  });

  it('imports and re-exports only itself and the content model', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      for (const spec of modulesNamed(readFileSync(file, 'utf8'))) {
        const where = `${relative(ROOT, file)} names ${spec}`;
        expect(spec, where).toMatch(/^\.\.?\//);
        const target = relative(ROOT, join(dirname(file), spec));
        expect(target.startsWith('src/rules/') || CONTENT_MODEL.includes(target), where).toBe(true);
      }
    }
  });

  it('reads no clock, no global chance and no process', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(text, relative(ROOT, file)).not.toMatch(/\bMath\.random\b|\bDate\.now\b|\bnew Date\b|\bperformance\.now\b|\bprocess\.|\bglobalThis\b|\bsetTimeout\b|\bcrypto\b/);
    }
  });
});
