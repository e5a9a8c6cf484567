/**
 * How the table names things: players by the name they gave (or "Player 2") with their role,
 * cards, cases and places by their content names in the chosen language.
 */
import type { TFunction } from 'i18next';
import { knowledgeOf, type Content } from '../../content/content.ts';
import type { Language, PatternId } from '../../content/schema.ts';

export interface Namer {
  lang: Language;
  t: TFunction;
  content: Content;
  seat(seat: number): string;
  place(place: PatternId): string;
  pattern(pattern: PatternId): string;
  card(instance: string): string;
  case(id: string): string;
  flow(instance: string): string;
  role(id: string): string;
  transformation(id: string): string;
  prompt(id: string): string;
}

/** The definition id of a card instance ("study-circle#2" → "study-circle"). */
export function definitionOf(instance: string): string {
  const hash = instance.indexOf('#');
  return hash < 0 ? instance : instance.slice(0, hash);
}

/**
 * `own` names the cases that are players' own initiatives (case id → the initiative's name),
 * which the deck does not know.
 */
export function namer(content: Content, lang: Language, t: TFunction, names: readonly (string | null | undefined)[], own: Readonly<Record<string, string>> = {}): Namer {
  const pick = <T extends { name: Record<Language, string> }>(map: ReadonlyMap<string, T>, id: string) => map.get(definitionOf(id))?.name[lang] ?? id;
  return {
    lang,
    t,
    content,
    seat: (seat) => names[seat]?.trim() || t('table.seatName', { n: seat + 1 }),
    place: (place) => content.places[place]?.name[lang] ?? place,
    pattern: (pattern) => content.patterns.find((p) => p.id === pattern)?.name[lang] ?? pattern,
    card: (instance) => {
      try {
        return knowledgeOf(content, instance).name[lang];
      } catch {
        return instance;
      }
    },
    case: (id) => own[id] ?? pick(content.cases, id),
    flow: (instance) => pick(content.flow, instance),
    role: (id) => pick(content.roles, id),
    transformation: (id) => pick(content.transformations, id),
    prompt: (id) => content.prompts.get(id)?.text[lang] ?? id,
  };
}
