/**
 * npm run docs:rules — rewrites the generated tables of docs/rules.md (rule numbers and
 * scenarios) from the content, so the rulebook's numbers always agree with the deck.
 * A test fails when the committed rulebook is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../content/load.ts';
import { rulebookTables, replaceSection } from './rules-doc-tables.ts';

const path = 'docs/rules.md';
const content = loadContent(process.argv[2]);
let text = readFileSync(path, 'utf8');
for (const [name, table] of Object.entries(rulebookTables(content))) text = replaceSection(text, name, table);
writeFileSync(path, text);
console.log(`updated ${path}`);
