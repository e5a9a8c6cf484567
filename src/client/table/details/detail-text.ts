/**
 * What a player reads when they open a knowledge card, a role, a case or a transformation at
 * the table: the content's own texts (what a practice is and when it helps, who a role is,
 * a case's story) and, in exact words, what it does in the rules. Pure, so it is tested
 * without a browser and the dialog only lays it out.
 */
import { knowledgeOf, type Content } from '../../../content/content.ts';
import type { Language, Pattern, PatternId } from '../../../content/schema.ts';
import { describeEffects, describeModifier, KIND_LABEL } from '../../../designer/faces/index.ts';
import type { PublicState } from '../../../rules/view.ts';

export type DetailSubject =
  | { kind: 'knowledge'; id: string }
  | { kind: 'role'; id: string }
  | { kind: 'case'; id: string }
  | { kind: 'transformation'; id: string };

export interface DetailSection {
  /** A key of details.* in the interface words. */
  heading: 'what' | 'helps' | 'about' | 'ability' | 'inRules' | 'story' | 'needs' | 'grants' | 'effect' | 'progress';
  text: string;
}

export interface Detail {
  kindLabel: string;
  title: string;
  pattern?: Pattern;
  /** Needs of a case, per pattern, with how many are met at this table (if it is in play). */
  needs?: Array<{ pattern: Pattern; need: number; met: number }>;
  sections: DetailSection[];
}

export function detailOf(content: Content, lang: Language, subject: DetailSubject, view?: PublicState): Detail | null {
  const cx = { lang, patterns: content.patterns, transformationName: (id: string) => content.transformations.get(id)?.name[lang] };
  const patternOf = (id: PatternId | undefined) => content.patterns.find((p) => p.id === id);
  switch (subject.kind) {
    case 'knowledge': {
      let card;
      try {
        card = subject.id.includes('#') ? knowledgeOf(content, subject.id) : content.knowledge.get(subject.id);
      } catch {
        card = undefined;
      }
      if (!card) return null;
      const sections: DetailSection[] = [{ heading: 'what', text: card.text[lang] }];
      if (card.helps) sections.push({ heading: 'helps', text: card.helps[lang] });
      return { kindLabel: KIND_LABEL.knowledge[lang], title: card.name[lang], pattern: patternOf(card.pattern), sections };
    }
    case 'role': {
      const role = content.roles.get(subject.id);
      if (!role) return null;
      const sections: DetailSection[] = [];
      if (role.about) sections.push({ heading: 'about', text: role.about[lang] });
      sections.push({ heading: 'ability', text: role.ability[lang] });
      sections.push({ heading: 'inRules', text: role.modifiers.map((m) => describeModifier(m, cx)).join('; ') });
      return { kindLabel: KIND_LABEL.role[lang], title: role.name[lang], pattern: patternOf(role.pattern), sections };
    }
    case 'case': {
      const def = content.cases.get(subject.id);
      if (!def) return null;
      const inPlay = view?.cases.find((c) => c.id === def.id);
      const needs = (Object.entries(def.needs) as Array<[PatternId, number]>).flatMap(([p, need]) => {
        const pattern = patternOf(p);
        return pattern ? [{ pattern, need, met: inPlay?.met[p] ?? 0 }] : [];
      });
      const sections: DetailSection[] = [{ heading: 'what', text: def.text[lang] }];
      if (def.story) sections.push({ heading: 'story', text: def.story[lang] });
      const grants = content.transformations.get(def.transformation);
      if (grants) sections.push({ heading: 'grants', text: `${grants.name[lang]}: ${grants.text[lang]} (${describeEffects(grants.effects, cx)})` });
      return { kindLabel: KIND_LABEL.case[lang], title: def.name[lang], needs, sections };
    }
    case 'transformation': {
      const tr = content.transformations.get(subject.id);
      if (!tr) return null;
      return {
        kindLabel: KIND_LABEL.transformation[lang],
        title: tr.name[lang],
        sections: [
          { heading: 'what', text: tr.text[lang] },
          { heading: 'effect', text: describeEffects(tr.effects, cx) },
        ],
      };
    }
  }
}
