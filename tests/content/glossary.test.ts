/**
 * One word for one thing: game-content/glossary.json names each concept once per language,
 * and no interface word, card face or content text uses another word for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { Glossary, type GlossaryTerm, type Language } from '../../src/content/schema.ts';
import { en } from '../../src/client/i18n/en.ts';
import { nl } from '../../src/client/i18n/nl.ts';

const glossary = JSON.parse(readFileSync('game-content/glossary.json', 'utf8')) as Glossary;
const term = (id: string): GlossaryTerm => {
  const found = glossary.terms.find((t) => t.id === id);
  if (!found) throw new Error(`the glossary has no term "${id}"`);
  return found;
};

/** Every string in a nested object, with the path that leads to it. */
function strings(value: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}/${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}/${k}`, out);
  return out;
}

/** Every Dutch or English text of the content files: objects with both an nl and an en string. */
function contentTexts(lang: Language): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const file of readdirSync('game-content').filter((f) => f.endsWith('.json') && f !== 'glossary.json')) {
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o.nl === 'string' && typeof o.en === 'string') out.push([`${file}${path}`, o[lang] as string]);
        else for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
      }
    };
    walk(JSON.parse(readFileSync(join('game-content', file), 'utf8')), '');
  }
  return out;
}

/** Source files whose string literals are card-face and designer words in both languages. */
const DESIGNER_SOURCES = ['src/designer/i18n.ts', ...readdirSync('src/designer/faces').map((f) => `src/designer/faces/${f}`)];

function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

function offences(texts: Array<[string, string]>, lang: Language): string[] {
  const found: string[] = [];
  for (const t of glossary.terms) {
    for (const avoid of t.avoid?.[lang] ?? []) {
      const re = wholeWord(avoid);
      for (const [where, text] of texts) {
        if (re.test(text)) found.push(`${where}: “${avoid}” — say “${t[lang]}” (${t.id})`);
      }
    }
  }
  return found;
}

describe('the glossary', () => {
  it('is a valid glossary file', () => {
    expect([...Value.Errors(Glossary, glossary)].map((e) => `${e.path}: ${e.message}`)).toEqual([]);
  });

  it('gives every concept its own word in each language, and never avoids its own word', () => {
    for (const lang of ['nl', 'en'] as const) {
      const words = glossary.terms.map((t) => t[lang].toLowerCase());
      expect(words.filter((w, i) => words.indexOf(w) !== i), lang).toEqual([]);
      for (const t of glossary.terms) {
        for (const avoid of t.avoid?.[lang] ?? []) {
          expect(glossary.terms.some((o) => o[lang].toLowerCase() === avoid.toLowerCase()), `${t.id} avoids “${avoid}”, a glossary word`).toBe(false);
        }
      }
    }
  });

  it('is kept by the table’s interface words', () => {
    expect(offences(strings(nl, 'i18n/nl'), 'nl')).toEqual([]);
    expect(offences(strings(en, 'i18n/en'), 'en')).toEqual([]);
  });

  it('is kept by the card faces and the designer pages', () => {
    const texts = DESIGNER_SOURCES.map((f): [string, string] => [f, readFileSync(f, 'utf8')]);
    expect([...offences(texts, 'nl'), ...offences(texts, 'en')]).toEqual([]);
  });

  it('is kept by every text of the content', () => {
    expect(offences(contentTexts('nl'), 'nl')).toEqual([]);
    expect(offences(contentTexts('en'), 'en')).toEqual([]);
  });

  it('is kept by the rulebooks', () => {
    expect(offences([['docs/rules.nl.md', readFileSync('docs/rules.nl.md', 'utf8')]], 'nl')).toEqual([]);
    expect(offences([['docs/rules.md', readFileSync('docs/rules.md', 'utf8')]], 'en')).toEqual([]);
  });

  it('names the actions on the table with its words', () => {
    const actions = { travel: 'travel', study: 'study', share: 'share', teach: 'teach', apply: 'apply', coCreate: 'co-create', care: 'care', endTurn: 'end-turn', discard: 'discard' } as const;
    for (const [key, id] of Object.entries(actions)) {
      expect(nl.action[key as keyof typeof actions].toLowerCase(), key).toBe(term(id).nl);
      expect(en.action[key as keyof typeof actions].toLowerCase(), key).toBe(term(id).en);
    }
    expect(nl.table.rate.toLowerCase()).toBe(term('disruption-rate').nl);
    expect(en.table.rate.toLowerCase()).toBe(term('disruption-rate').en);
    expect(nl.table.flowDeck.toLowerCase()).toBe(term('flow-deck').nl);
    expect(en.table.flowDeck.toLowerCase()).toBe(term('flow-deck').en);
  });

  it('catches an avoided word (the check can fail)', () => {
    expect(offences([['example', 'De Verstoringsgraad stijgt.']], 'nl')).toHaveLength(1);
    expect(offences([['example', 'De disruptietempo stijgt.']], 'nl')).toEqual([]);
  });
});
