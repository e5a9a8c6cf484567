/**
 * An own initiative's problem (src/rules/own-case.ts) in the reader's language, with pattern
 * and transformation names instead of ids.
 */
import type { TFunction } from 'i18next';
import type { Content } from '../../content/content.ts';
import type { Language, PatternId } from '../../content/schema.ts';
import { ownCaseMenu, type OwnProblem } from '../../rules/own-case.ts';

/** "2" or "1–2": how many the budget asks for. */
export function countRange(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

export function ownProblemText(t: TFunction, content: Content, scenario: string, players: number, lang: Language, p: OwnProblem): string {
  const pattern = (id: string) => content.patterns.find((x) => x.id === (id as PatternId))?.name[lang] ?? id;
  return t(`own.problem.${p.code}`, {
    ...p,
    ...('p' in p ? { p: pattern(p.p) } : {}),
    ...('list' in p ? { list: t(`own.list.${p.list}`) } : {}),
    ...(p.code === 'listCount' || p.code === 'needsTotal' ? { range: countRange(p.min, p.max) } : {}),
    ...(p.code === 'transformation' ? { menu: ownCaseMenu(content, scenario, players).map((x) => content.transformations.get(x)?.name[lang] ?? x).join(', ') } : {}),
    ...(p.code === 'notPattern' ? { patterns: content.patterns.map((x) => x.name[lang]).join(', ') } : {}),
    interpolation: { escapeValue: false },
  });
}
