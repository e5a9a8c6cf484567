/** The bots also run in the browser (hot-seat bot seats): nothing in src/bots may import Node or React. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modulesNamed } from '../helpers/modules.ts';

describe('src/bots is pure', () => {
  it('imports only the content model, the rules core and itself', () => {
    const dir = 'src/bots';
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      // Imports, `export … from` and import() alike.
      const imports = modulesNamed(readFileSync(join(dir, file), 'utf8'));
      for (const spec of imports) {
        expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/|^\.\.\/(content|rules)\//);
      }
    }
  });
});
