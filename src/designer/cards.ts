/**
 * Every card of a deck as a flat list, in the order of the files, with what the gallery
 * filters on (kind, patterns, decks) and where in the files the card is (to tie problems to
 * cards). Works on a partly broken deck: files that did not pass the checker are left out.
 */
import type { Problem } from '../content/check.ts';
import type { Case, FlowCard, KnowledgeCard, PatternId, Prompt, RawContent, Role, Transformation } from '../content/schema.ts';
import { PATTERN_IDS } from '../content/names.ts';
import { effectPatterns } from './faces/describe.ts';
import type { CardKind } from './faces/labels.ts';

export type CardItem =
  | { kind: 'knowledge'; item: KnowledgeCard }
  | { kind: 'flow'; item: FlowCard }
  | { kind: 'case'; item: Case }
  | { kind: 'role'; item: Role }
  | { kind: 'transformation'; item: Transformation }
  | { kind: 'prompt'; item: Prompt };

export type CardEntry = CardItem & {
  /** Unique in the deck: "knowledge.json#3". */
  key: string;
  file: string;
  index: number;
  patterns: PatternId[];
  /** Deck tags (transformations have none: they come with their case). */
  decks: string[];
  copies: number;
};

export const KINDS: CardKind[] = ['knowledge', 'flow', 'case', 'role', 'transformation', 'prompt'];

const FILE_OF: Record<CardKind, { file: string; list: string }> = {
  knowledge: { file: 'knowledge.json', list: 'knowledge' },
  flow: { file: 'flow.json', list: 'flow' },
  case: { file: 'cases.json', list: 'cases' },
  role: { file: 'roles.json', list: 'roles' },
  transformation: { file: 'transformations.json', list: 'transformations' },
  prompt: { file: 'prompts.json', list: 'prompts' },
};

function patternsOf(card: CardItem): PatternId[] {
  const out = new Set<PatternId>();
  switch (card.kind) {
    case 'knowledge':
      out.add(card.item.pattern);
      break;
    case 'role':
      if (card.item.pattern) out.add(card.item.pattern);
      if (card.item.start) out.add(card.item.start);
      for (const m of card.item.modifiers) if (m.pattern) out.add(m.pattern);
      break;
    case 'case':
      for (const p of PATTERN_IDS) if (card.item.needs[p]) out.add(p);
      break;
    case 'flow':
    case 'transformation':
      effectPatterns(card.item.effects, out);
      break;
    case 'prompt':
      out.add('open-end');
      break;
  }
  return PATTERN_IDS.filter((p) => out.has(p));
}

export function deckCards(raw: Partial<RawContent>): CardEntry[] {
  const lists: [CardKind, readonly unknown[] | undefined][] = [
    ['knowledge', raw.knowledge?.knowledge],
    ['flow', raw.flow?.flow],
    ['case', raw.cases?.cases],
    ['role', raw.roles?.roles],
    ['transformation', raw.transformations?.transformations],
    ['prompt', raw.prompts?.prompts],
  ];
  const out: CardEntry[] = [];
  for (const [kind, items] of lists) {
    items?.forEach((item, index) => {
      const card = { kind, item } as CardItem;
      const tagged = item as { decks?: string[]; copies?: number };
      out.push({ ...card, key: `${FILE_OF[kind].file}#${index}`, file: FILE_OF[kind].file, index, patterns: patternsOf(card), decks: tagged.decks ?? [], copies: tagged.copies ?? 1 });
    });
  }
  return out;
}

/** The card a problem is about, if its pointer is inside one: "knowledge.json#3". */
export function cardKeyOf(problem: Problem): string | undefined {
  const kind = KINDS.find((k) => FILE_OF[k].file === problem.file);
  if (!kind) return undefined;
  const m = new RegExp(`^/${FILE_OF[kind].list}/(\\d+)(/|$)`).exec(problem.pointer);
  return m ? `${problem.file}#${m[1]}` : undefined;
}

/** The files that could not be read, so their cards are missing from the list. */
export function unreadableFiles(raw: Partial<RawContent>): string[] {
  const present: Record<string, unknown> = {
    'knowledge.json': raw.knowledge,
    'flow.json': raw.flow,
    'cases.json': raw.cases,
    'roles.json': raw.roles,
    'transformations.json': raw.transformations,
    'prompts.json': raw.prompts,
  };
  return Object.entries(present).filter(([, v]) => v === undefined).map(([f]) => f);
}
