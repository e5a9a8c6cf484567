/** What a player reads when they open a card, a role, a case or a transformation at the table. */
import { describe, expect, it } from 'vitest';
import { detailOf } from '../../src/client/table/details/detail-text.ts';
import { publicView } from '../../src/rules/index.ts';
import { content, table } from '../helpers/table.ts';

describe('the full text of a card at the table', () => {
  it('the shipped deck says for every practice when it helps, who every role is and every case’s story, in both languages', () => {
    const c = content();
    for (const k of c.knowledge.values()) expect(k.helps, k.id).toBeDefined();
    for (const r of c.roles.values()) expect(r.about, r.id).toBeDefined();
    for (const k of c.cases.values()) expect(k.story, k.id).toBeDefined();
  });

  it('a knowledge card in a hand (an instance) opens to what the practice is and when it helps', () => {
    const c = content();
    const card = c.knowledge.get('pre-mortem')!;
    const d = detailOf(c, 'nl', { kind: 'knowledge', id: 'pre-mortem#2' })!;
    expect(d.title).toBe(card.name.nl);
    expect(d.pattern?.id).toBe(card.pattern);
    expect(d.sections).toEqual([
      { heading: 'what', text: card.text.nl },
      { heading: 'helps', text: card.helps!.nl },
    ]);
  });

  it('a role opens to who it is, its ability and the exact rule it bends', () => {
    const c = content();
    const d = detailOf(c, 'en', { kind: 'role', id: 'connector' })!;
    expect(d.sections.map((s) => s.heading)).toEqual(['about', 'ability', 'inRules']);
    // The connector earns the pool trust with every teach (the reworked rules).
    expect(d.sections[2].text).toContain('trust per teach');
  });

  it('a case opens to its story, its needs with the table’s progress, and the commons it becomes', () => {
    const t = table({ players: 2, seed: 'details' });
    const inPlay = t.state.cases[0];
    const first = Object.keys(t.content.cases.get(inPlay.id)!.needs)[0] as keyof typeof inPlay.met;
    inPlay.met[first] = 1;
    const d = detailOf(t.content, 'en', { kind: 'case', id: inPlay.id }, publicView(t.state))!;
    expect(d.needs!.find((x) => x.pattern.id === first)).toMatchObject({ met: 1 });
    expect(d.sections.map((s) => s.heading)).toEqual(['what', 'story', 'grants']);
    const grants = t.content.transformations.get(t.content.cases.get(inPlay.id)!.transformation)!;
    expect(d.sections[2].text).toContain(grants.name.en);
  });

  it('a transformation opens to its text and what it does in the rules', () => {
    const d = detailOf(content(), 'nl', { kind: 'transformation', id: 'slow-tempo' })!;
    expect(d.sections[1]).toEqual({ heading: 'effect', text: 'disruptietempo −1' });
  });

  it('an unknown id opens nothing', () => {
    expect(detailOf(content(), 'en', { kind: 'case', id: 'no-such-case' })).toBeNull();
    expect(detailOf(content(), 'en', { kind: 'knowledge', id: 'no-such#1' })).toBeNull();
  });
});
