/**
 * Writes game-content/schema/*.schema.json from src/content/schema.ts.
 * `npm run schema`; a test checks the committed files are up to date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolArgs, usageError } from '../tools/args.ts';
import { schemaFiles } from './schema-files.ts';

const tool = {
  name: 'schema',
  usage: `usage: npm run schema -- [DIR]
  writes the JSON Schema of every content file from src/content/schema.ts into DIR (default game-content/schema)`,
};
const { positionals } = toolArgs(tool, { allowPositionals: true });
if (positionals.length > 1) usageError(tool, 'give one folder');
const dir = positionals[0] ?? 'game-content/schema';
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles())) {
  writeFileSync(join(dir, name), text);
}
console.log(`wrote ${Object.keys(schemaFiles()).length} schema files to ${dir}`);
