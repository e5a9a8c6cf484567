/** The rulebook agrees with the content and the engine's defaults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaceSection, rulebookTables } from '../../src/tools/rules-doc-tables.ts';
import { content } from '../helpers/table.ts';

describe('docs/rules.md', () => {
  it('has the rule numbers and scenario tables of the content (run `npm run docs:rules`)', () => {
    const text = readFileSync('docs/rules.md', 'utf8');
    let expected = text;
    for (const [name, table] of Object.entries(rulebookTables(content()))) expected = replaceSection(expected, name, table);
    expect(text).toBe(expected);
  });
});
