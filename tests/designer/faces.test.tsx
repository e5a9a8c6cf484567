/**
 * Card faces: every card of the shipped deck renders in both languages with its own texts,
 * its pattern told by icon, letter and colour, and what its effects do in plain words.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CardFace } from '../../src/designer/CardFace.tsx';
import { deckCards } from '../../src/designer/cards.ts';
import { describeEffect, describeEffects } from '../../src/designer/faces/describe.ts';
import { KnowledgeCardFace } from '../../src/designer/faces/index.ts';
import type { Effect } from '../../src/content/schema.ts';
import { content } from '../helpers/table.ts';

const c = content();
const patterns = c.patterns;

describe('card faces', () => {
  it('render every card of the deck in Dutch and English with its own name', () => {
    const cards = deckCards(c.raw);
    expect(cards.length).toBe(c.knowledge.size + c.flow.size + c.cases.size + c.roles.size + c.transformations.size + c.prompts.size);
    for (const lang of ['nl', 'en'] as const) {
      for (const card of cards) {
        const html = renderToStaticMarkup(<CardFace card={card} lang={lang} patterns={patterns} raw={c.raw} />);
        expect(html).toContain(`data-card="${card.kind}/${card.item.id}"`);
        expect(html).toContain(`lang="${lang}"`);
        const item = card.item as { name?: Record<string, string>; text: Record<string, string> };
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
        expect(html).toContain(escape(item.name?.[lang] ?? item.text[lang]));
      }
    }
  });

  it('tell a knowledge card’s pattern by icon, letter and colour', () => {
    const card = [...c.knowledge.values()][0];
    const pattern = patterns.find((p) => p.id === card.pattern)!;
    const html = renderToStaticMarkup(<KnowledgeCardFace card={card} lang="en" patterns={patterns} />);
    expect(html).toContain(pattern.icon);
    expect(html).toContain(`>${pattern.letter.en}<`);
    expect(html).toContain(pattern.color);
    expect(html).toContain(`aria-label="${pattern.name.en}"`);
  });
});

describe('effects in plain words', () => {
  const cx = (lang: 'nl' | 'en') => ({ lang, patterns });
  it('name places by their pattern name, and every kind of effect', () => {
    const effects: Effect[] = [
      { type: 'addPressure', place: 'making', amount: 2 },
      { type: 'removePressure', place: 'mostPressured', amount: 1 },
      { type: 'gainTrust', amount: 1 },
      { type: 'loseTrust', amount: 2 },
      { type: 'drawKnowledge', who: 'all', amount: 1 },
      { type: 'discardKnowledge', who: 'current', amount: 1 },
      { type: 'moveTo', who: 'all', place: 'open-end' },
      { type: 'raiseRate', amount: 1 },
      { type: 'lowerRate', amount: 1 },
      { type: 'advanceCrisis', amount: 1 },
      { type: 'easeCrisis', amount: 1 },
      { type: 'adjustRule', rule: 'careAmount', by: 1, pattern: 'making' },
      { type: 'reflect' },
      { type: 'if', condition: { type: 'not', condition: { type: 'trustAtLeast', amount: 3 } }, then: [{ type: 'gainTrust', amount: 1 }], else: [{ type: 'loseTrust', amount: 1 }] },
    ];
    const making = patterns.find((p) => p.id === 'making')!;
    expect(describeEffect(effects[0], cx('en'))).toBe(`+2 pressure on ${making.name.en}`);
    expect(describeEffect(effects[0], cx('nl'))).toBe(`+2 druk op ${making.name.nl}`);
    expect(describeEffect(effects[4], cx('en'))).toBe('Everyone draws 1 knowledge');
    expect(describeEffect(effects[11], cx('en'))).toBe(`+1 pressure removed by care (${making.name.en})`);
    expect(describeEffect(effects[13], cx('en'))).toBe('If there is less than 3 trust: +1 trust; otherwise: −1 trust');
    for (const lang of ['nl', 'en'] as const) {
      const texts = effects.map((e) => describeEffect(e, cx(lang)));
      expect(new Set(texts).size).toBe(effects.length);
      for (const t of texts) expect(t).not.toMatch(/undefined|\[object/);
    }
    expect(describeEffects(effects.slice(0, 2), cx('en'))).toContain(' · ');
  });
});
