/**
 * Writes game-content/schema/*.schema.json from src/content/schema.ts.
 * `npm run schema`; a test checks the committed files are up to date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles } from './schema-files.ts';

const dir = process.argv[2] ?? 'game-content/schema';
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles())) {
  writeFileSync(join(dir, name), text);
}
console.log(`wrote ${Object.keys(schemaFiles()).length} schema files to ${dir}`);
