/**
 * An own initiative's problem (src/rules/own-case.ts) in the reader's language, with pattern
 * and transformation names instead of ids.
 */
import type { TFunction } from 'i18next';
import type { Content } from '../../content/content.ts';
import type { Language, PatternId } from '../../content/schema.ts';
import { ownCaseMenu, type OwnProblem } from '../../rules/own-case.ts';

export function ownProblemText(t: TFunction, content: Content, scenario: string, lang: Language, p: OwnProblem): string {
  const pattern = (id: string) => content.patterns.find((x) => x.id === (id as PatternId))?.name[lang] ?? id;
  return t(`own.problem.${p.code}`, {
    ...p,
    ...('p' in p ? { p: pattern(p.p) } : {}),
    ...('list' in p ? { list: t(`own.list.${p.list}`) } : {}),
    ...(p.code === 'transformation' ? { menu: ownCaseMenu(content, scenario).map((x) => content.transformations.get(x)?.name[lang] ?? x).join(', ') } : {}),
    ...(p.code === 'notPattern' ? { patterns: content.patterns.map((x) => x.name[lang]).join(', ') } : {}),
    interpolation: { escapeValue: false },
  });
}
