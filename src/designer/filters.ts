/**
 * The gallery's filters, kept in the address (?lang=en&kind=flow&pattern=making) so a view
 * can be shared with another designer. Pure, so it is tested without a browser.
 */
import type { Language, PatternId, RawContent } from '../content/schema.ts';
import { PATTERN_IDS } from '../content/names.ts';
import { KINDS, type CardEntry } from './cards.ts';
import type { CardKind } from './faces/labels.ts';

export interface Filters {
  lang: Language;
  kinds: CardKind[];
  patterns: PatternId[];
  scenario: string;
  search: string;
}

export function readFilters(search: string, lang: Language): Filters {
  const q = new URLSearchParams(search);
  const list = (name: string) => (q.get(name) ?? '').split(',').filter(Boolean);
  return {
    lang,
    kinds: list('kind').filter((k): k is CardKind => (KINDS as string[]).includes(k)),
    patterns: list('pattern').filter((p): p is PatternId => (PATTERN_IDS as readonly string[]).includes(p)),
    scenario: q.get('scenario') ?? '',
    search: q.get('q') ?? '',
  };
}

export function writeFilters(f: Filters, base: string): string {
  const q = new URLSearchParams(base);
  const set = (name: string, value: string) => (value ? q.set(name, value) : q.delete(name));
  set('lang', f.lang);
  set('kind', f.kinds.join(','));
  set('pattern', f.patterns.join(','));
  set('scenario', f.scenario);
  set('q', f.search);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function text(card: CardEntry, lang: Language): string {
  const item = card.item as { id: string; name?: Record<Language, string>; text?: Record<Language, string>; ability?: Record<Language, string> };
  return [item.id, item.name?.[lang], item.text?.[lang], item.ability?.[lang]].filter(Boolean).join(' ').toLowerCase();
}

/** The cards a filter lets through. Empty kind or pattern lists mean "all". */
export function applyFilters(cards: readonly CardEntry[], f: Filters, raw: Partial<RawContent>): CardEntry[] {
  const scenario = raw.scenarios?.scenarios.find((s) => s.id === f.scenario);
  const granted = new Set(
    scenario ? (raw.cases?.cases ?? []).filter((c) => c.decks.some((d) => scenario.decks.includes(d))).map((c) => c.transformation) : [],
  );
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  return cards.filter((card) => {
    if (f.kinds.length > 0 && !f.kinds.includes(card.kind)) return false;
    if (f.patterns.length > 0 && !card.patterns.some((p) => f.patterns.includes(p))) return false;
    if (scenario) {
      const inScenario = card.kind === 'transformation' ? granted.has(card.item.id) : card.decks.some((d) => scenario.decks.includes(d));
      if (!inScenario) return false;
    }
    if (words.length > 0) {
      const haystack = text(card, f.lang);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}
