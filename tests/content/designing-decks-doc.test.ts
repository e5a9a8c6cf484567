/**
 * docs/designing-decks.md shows designers JSON to copy. Every example must be right: each
 * effect and condition of the tables passes the format, and the walk-throughs' card, flow
 * card, transformation, case and scenario, added to the shipped deck, give a clean deck.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck, formatProblem } from '../../src/content/check.ts';
import { DEFAULT_CONTENT_DIR, readContentFiles } from '../../src/content/load.ts';

const doc = readFileSync(join(import.meta.dirname, '../../docs/designing-decks.md'), 'utf8');

/** The JSON in a table row's example cell, `{ … }` between backticks. */
function tableExamples(heading: string): unknown[] {
  const start = doc.indexOf(heading);
  const table = doc.slice(start, doc.indexOf('\n\n', start));
  const rows = table.split('\n').filter((l) => l.startsWith('| `'));
  return rows.flatMap((r) => [...r.matchAll(/`(\{[^`]*\})`/g)].map((m) => m[1]).filter((t) => !t.includes('…')).map((t) => JSON.parse(t)));
}

function codeBlocks(heading: string): unknown[] {
  const start = doc.indexOf(heading);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1].replace(/^ {3}/gm, '')));
}

const withCard = (effects: unknown[]) => {
  const files: Record<string, unknown> = Object.fromEntries(Object.entries(readContentFiles(DEFAULT_CONTENT_DIR)).map(([k, v]) => [k, JSON.parse(v)]));
  (files['flow.json'] as { flow: unknown[] }).flow.push({ id: 'doc-example', kind: 'pressure', name: { nl: 'Voorbeeld', en: 'Example' }, text: { nl: 'Uit de handleiding.', en: 'From the guide.' }, effects, copies: 1, decks: ['core'] });
  return files;
};

describe('docs/designing-decks.md', () => {
  it('shows a valid example of every effect and condition', () => {
    const effects = tableExamples('| effect | arguments | example |');
    const conditions = tableExamples('| condition | arguments | example |');
    expect(new Set(effects.map((e) => (e as { type: string }).type)).size).toBe(13); // all but "if", shown as a block
    expect(conditions.length).toBeGreaterThanOrEqual(6);
    const ifBlock = codeBlocks('## Effects: what flow cards')[0];
    const all = [...effects, ifBlock, ...conditions.map((condition) => ({ type: 'if', condition, then: [{ type: 'gainTrust', amount: 1 }] }))];
    const { problems } = checkDeck(withCard(all));
    expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
  });

  it('has walk-throughs that add up to a clean deck', () => {
    const files: Record<string, any> = Object.fromEntries(Object.entries(readContentFiles(DEFAULT_CONTENT_DIR)).map(([k, v]) => [k, JSON.parse(v)]));
    const added = [
      ...codeBlocks('## Walk-through: adding a knowledge card'),
      ...codeBlocks('## Walk-through: adding a flow card'),
      ...codeBlocks('## Walk-through: adding a case'),
      ...codeBlocks('## Walk-through: adding a scenario'),
    ] as Record<string, unknown>[];
    expect(added).toHaveLength(5);
    for (const item of added) {
      if ('difficulty' in item) files['scenarios.json'].scenarios.push(item);
      else if ('needs' in item) files['cases.json'].cases.push(item);
      else if ('kind' in item) files['flow.json'].flow.push(item);
      else if ('effects' in item) files['transformations.json'].transformations.push(item);
      else files['knowledge.json'].knowledge.push(item);
    }
    const { problems } = checkDeck(files);
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
  });
});
