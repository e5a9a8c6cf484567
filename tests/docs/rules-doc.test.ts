/** The rulebook agrees with the content and the engine's defaults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../src/rules/index.ts';
import { replaceSection, rulebookTables, rulebookTablesNl } from '../../src/tools/rules-doc-tables.ts';
import { content } from '../helpers/table.ts';

describe('docs/rules.md', () => {
  it('has the rule numbers and scenario tables of the content (run `npm run docs:rules`)', () => {
    const text = readFileSync('docs/rules.md', 'utf8');
    let expected = text;
    for (const [name, table] of Object.entries(rulebookTables(content()))) expected = replaceSection(expected, name, table);
    expect(text).toBe(expected);
  });

  it('says the engine’s numbers in its prose too', () => {
    const text = readFileSync('docs/rules.md', 'utf8');
    const said: [RegExp, number][] = [
      [/You have \*\*(\d+) actions\*\*/, DEFAULT_RULES.actionsPerTurn],
      [/Teaching itself costs \*\*(\d+) trust\*\*/, DEFAULT_RULES.teachCost],
      [/A learned copy counts as\s+\*\*(\d+) cards\*\*/, DEFAULT_RULES.learnedWorth],
      [/time earns the pool \*\*(\d+) trust\*\*/, DEFAULT_RULES.coachTrust],
      [/spend \*\*(\d+) cards\*\* of that pattern/, DEFAULT_RULES.applyCost],
      [/Working together earns \*\*(\d+) trust\*\*/, DEFAULT_RULES.coCreateTrust],
      [/Care\*\*: remove \*\*(\d+) pressure\*\*/, DEFAULT_RULES.careAmount],
      [/the pool gains \*\*(\d+) trust\*\*/, DEFAULT_RULES.caseTrust],
      [/\*\*Draw (\d+)\*\* knowledge card/, DEFAULT_RULES.drawPerTurn],
      [/more than \*\*(\d+)\*\* cards, discard down to \d+/, DEFAULT_RULES.handLimit],
    ];
    for (const [pattern, value] of said) {
      const found = pattern.exec(text);
      expect(found, String(pattern)).not.toBeNull();
      expect(Number(found![1]), String(pattern)).toBe(value);
    }
  });

  it('lists the engine’s default numbers in the designers’ documents too', () => {
    for (const file of ['docs/effects.md', 'docs/designing-decks.md']) {
      const text = readFileSync(file, 'utf8');
      for (const [rule, value] of Object.entries(DEFAULT_RULES)) {
        const row = new RegExp(`^\\| \`?${rule}\`? \\| (\\d+) \\|`, 'm').exec(text);
        expect(row, `${file}: ${rule}`).not.toBeNull();
        expect(Number(row![1]), `${file}: ${rule}`).toBe(value);
      }
    }
  });
});

describe('docs/rules.nl.md, the Dutch rulebook', () => {
  const text = () => readFileSync('docs/rules.nl.md', 'utf8');

  it('has the same generated tables, in Dutch (run `npm run docs:rules`)', () => {
    let expected = text();
    for (const [name, table] of Object.entries(rulebookTablesNl(content()))) expected = replaceSection(expected, name, table);
    expect(text()).toBe(expected);
  });

  it('keeps in step with the English rulebook: the same sections and the engine’s numbers in its prose', () => {
    const headings = (t: string) => t.split('\n').filter((l) => /^#{2,3} /.test(l)).length;
    expect(headings(text())).toBe(headings(readFileSync('docs/rules.md', 'utf8')));
    const said: [RegExp, number][] = [
      [/Je hebt \*\*(\d+) acties\*\*/, DEFAULT_RULES.actionsPerTurn],
      [/lesgeven kost \*\*(\d+) vertrouwen\*\*/, DEFAULT_RULES.teachCost],
      [/leg je \*\*(\d+) kaarten\*\* van dat patroon af/, DEFAULT_RULES.applyCost],
      [/Samenwerken\s+levert \*\*(\d+) vertrouwen\*\*/, DEFAULT_RULES.coCreateTrust],
      [/Verzorgen\*\*: haal \*\*(\d+) druk\*\*/, DEFAULT_RULES.careAmount],
      [/de pot krijgt\s+\*\*(\d+) vertrouwen\*\*/, DEFAULT_RULES.caseTrust],
      [/\*\*Trek (\d+)\*\* kenniskaart/, DEFAULT_RULES.drawPerTurn],
      [/meer dan \*\*(\d+)\*\* kaarten, leg dan af tot \d+/, DEFAULT_RULES.handLimit],
    ];
    for (const [pattern, value] of said) {
      const found = pattern.exec(text());
      expect(found, String(pattern)).not.toBeNull();
      expect(Number(found![1]), String(pattern)).toBe(value);
    }
  });
});
