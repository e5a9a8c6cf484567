/**
 * What the set-up form says when an own initiative does not fit the budget: one sentence per
 * problem, in Dutch and in English, with pattern and transformation names (never ids or
 * placeholders).
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/client/i18n/index.ts';
import { ownProblemText } from '../../src/client/own-case/problem-text.ts';
import { ownInitiativeIssue } from '../../src/rules/own-case.ts';
import { repairShop } from '../helpers/own-initiative.ts';
import { content } from '../helpers/table.ts';


const broken: Record<string, unknown>[] = [
  { name: ' ' },
  { name: 'x'.repeat(61) },
  { line: 'two\nlines' },
  { needs: 'lots' },
  { needs: { making: 4, resources: 2, identity: 2 } },
  { needs: { making: 2, resources: 2, identity: 2 } },
  { needs: { making: 2, resources: 2, identity: 1, dreaming: 1, care: 1 } },
  { needs: { making: 2, resources: 2, identity: 1, dreaming: 1, 'open-end': 1 } },
  { needs: { making: 2.5, resources: 3, identity: 2 } },
  { transformation: 'free-lunch' },
  { offers: [] },
  { learns: ['making', 'making'] },
  { learns: ['making', 'garden'] },
  { budget: 99 },
];

describe('an own initiative that does not fit, said to the player', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`says each problem in ${lang === 'nl' ? 'Dutch' : 'English'}, in names, not ids`, () => {
      const t = createI18n(lang).t;
      const said = broken.map((change) => {
        const problem = ownInitiativeIssue(content(), 'standard', 4, { ...repairShop, ...change });
        expect(problem, JSON.stringify(change)).not.toBeNull();
        const text = ownProblemText(t, content(), 'standard', 4, lang, problem!);
        expect(text).not.toMatch(/\{\{|own\.problem|own\.list|undefined/);
        return text;
      });
      // Fourteen mistakes, fourteen different sentences.
      expect(new Set(said).size).toBe(broken.length);
      const pattern = (id: string) => content().patterns.find((p) => p.id === id)!.name[lang];
      expect(said[4]).toContain(pattern('making'));
      expect(said[9]).toContain(content().transformations.get('shared-workshop')!.name[lang]);
      expect(said[11]).toContain(lang === 'nl' ? 'Ik wil leren' : 'I want to learn');
    });
  }
});
