/** The JSON Schema files in game-content/schema are made from src/content/schema.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../src/content/schema-files.ts';
import { CONTENT_FILE_NAMES, PATTERN_IDS } from '../../src/content/schema.ts';

describe('schema files', () => {
  it('are up to date with the TypeScript source (run `npm run schema` after changing it)', () => {
    for (const [name, text] of Object.entries(schemaFiles())) {
      expect(readFileSync(`game-content/schema/${name}`, 'utf8'), name).toBe(text);
    }
  });

  it('are named by every content file through "$schema"', () => {
    for (const name of CONTENT_FILE_NAMES) {
      const file = JSON.parse(readFileSync(`game-content/${name}.json`, 'utf8'));
      expect(file.$schema).toBe(`./schema/${name}.schema.json`);
    }
  });

  it('list the eight pattern ids', () => {
    const text = readFileSync('game-content/schema/patterns.schema.json', 'utf8');
    for (const id of PATTERN_IDS) expect(text).toContain(`"${id}"`);
  });
});
