/**
 * A player's own initiative as their case. Reading a case goes through here, so a deck case
 * and an own initiative are the same thing to the rules: needs and a transformation.
 *
 * An own initiative is shaped within a budget, so bringing your real work does not make the
 * game easier or harder than a deck case (the simulator's `--own-cases random` measures it).
 * The budget is content: each scenario's "ownCase" in game-content/scenarios.json, with its
 * "sizes" entry over it at a table size (the shipped deck: 7–8 needs, at most 3 in one
 * pattern, in at most 4 patterns, like the deck cases):
 *   - needs within the budget's totals, per pattern and number of patterns;
 *   - its transformation from the menu: the budget's "menu", else the transformations the
 *     scenario's deck cases grant;
 *   - patterns "I can offer": the starting hand holds `offerCards` cards of them (instead of
 *     as many drawn);
 *   - patterns "I want to learn": the first time someone teaches you a card of one of them,
 *     the table gains `learnTrust` trust (once per pattern): learning what you came for lifts it.
 */
import type { Content } from '../content/content.ts';
import { inDecks } from '../content/content.ts';
import { PATTERN_IDS } from '../content/names.ts';
import type { OwnCaseBudget, PatternId } from '../content/schema.ts';
import { settingsFor } from './scenario-settings.ts';
import { gainTrust } from './trust.ts';
import type { CaseState, GameState, Seat } from './state.ts';

/** A player's real initiative, shaped within the budget. */
export interface OwnInitiative {
  name: string;
  /** One line about it. */
  line: string;
  needs: Partial<Record<PatternId, number>>;
  transformation: string;
  /** Patterns this player can offer the table: their starting hand leans to them. */
  offers: PatternId[];
  /** Patterns this player wants to learn: being taught in one of them counts. */
  learns: PatternId[];
}

/** How long an initiative's texts may be: what a table can show, not a matter of balance. */
export const OWN_TEXT = {
  name: { max: 60 },
  line: { max: 160 },
} as const;

/** The budget of own initiatives in `scenario` at a table of `players` (its "sizes" entry over its own). */
export function ownCaseBudget(content: Content, scenario: string, players: number): OwnCaseBudget {
  const s = content.scenarios.get(scenario);
  if (!s) throw new Error(`unknown scenario "${scenario}"`);
  return settingsFor(s, players).ownCase;
}

export function caseNeeds(content: Content, c: Pick<CaseState, 'id' | 'own'>): Partial<Record<PatternId, number>> {
  return c.own ? c.own.needs : content.cases.get(c.id)!.needs;
}

export function caseTransformation(content: Content, c: Pick<CaseState, 'id' | 'own'>): string {
  return c.own ? c.own.transformation : content.cases.get(c.id)!.transformation;
}

/** The case id of a seat's own initiative. */
export function ownCaseId(seat: Seat): string {
  return `own-${seat + 1}`;
}

/** The transformations an own initiative may grant: the budget's menu, else those the scenario's deck cases grant. */
export function ownCaseMenu(content: Content, scenario: string, players: number): string[] {
  const s = content.scenarios.get(scenario);
  if (!s) return [];
  const menu = settingsFor(s, players).ownCase.menu;
  return menu ? [...menu] : [...new Set(inDecks(content.cases.values(), s.decks).map((c) => c.transformation))].sort();
}

/**
 * Why an own initiative does not fit the budget: a code and the numbers and names it needs,
 * so that each language says it in its own words (the client's "own.problem.*" texts; the
 * server's refusals use the English sentences below).
 */
export type OwnProblem =
  | { code: 'notObject' }
  | { code: 'extraField'; field: string; fields: string }
  | { code: 'noName' }
  | { code: 'nameLong'; n: number; max: number }
  | { code: 'noLine' }
  | { code: 'lineLong'; n: number; max: number }
  | { code: 'lineBreak' }
  | { code: 'needsShape' }
  | { code: 'notPattern'; p: string; patterns: string }
  | { code: 'needWhole'; p: string }
  | { code: 'needTooMany'; n: number; p: string; max: number }
  | { code: 'needsTotal'; total: number; min: number; max: number }
  | { code: 'tooManyPatterns'; n: number; max: number }
  | { code: 'tooFewPatterns'; n: number; min: number }
  | { code: 'transformation'; menu: string }
  | { code: 'listCount'; list: 'offers' | 'learns'; min: number; max: number }
  | { code: 'listPattern'; list: 'offers' | 'learns'; p: string }
  | { code: 'listTwice'; list: 'offers' | 'learns' };

const LIST_NAME = { offers: 'I can offer', learns: 'I want to learn' } as const;

/** The English sentence of a problem (API refusals, the simulator, logs). */
export function ownProblemSentence(p: OwnProblem): string {
  switch (p.code) {
    case 'notObject':
      return 'an own initiative is an object with name, line, needs, transformation, offers and learns';
    case 'extraField':
      return `an own initiative has no field "${p.field}" (the fields are ${p.fields})`;
    case 'noName':
      return 'give your initiative a name';
    case 'nameLong':
      return `the name is ${p.n} characters; at most ${p.max}`;
    case 'noLine':
      return 'say in one line what your initiative is';
    case 'lineLong':
      return `the line is ${p.n} characters; at most ${p.max}`;
    case 'lineBreak':
      return 'the line is one line: no line breaks';
    case 'needsShape':
      return 'needs are a number per pattern, e.g. {"making": 3, "resources": 2}';
    case 'notPattern':
      return `"${p.p}" is not a pattern (the patterns are ${p.patterns})`;
    case 'needWhole':
      return `the needs of ${p.p} must be a whole number, 0 or more`;
    case 'needTooMany':
      return `${p.n} needs of ${p.p}: at most ${p.max} in one pattern`;
    case 'needsTotal':
      return `${p.total} needs in all: an initiative has ${p.min === p.max ? p.min : `${p.min}–${p.max}`}`;
    case 'tooManyPatterns':
      return `needs in ${p.n} patterns: at most ${p.max}`;
    case 'tooFewPatterns':
      return `needs in ${p.n} pattern${p.n === 1 ? '' : 's'}: at least ${p.min}`;
    case 'transformation':
      return `choose the transformation from the menu: ${p.menu}`;
    case 'listCount':
      return `"${LIST_NAME[p.list]}": choose ${p.min === p.max ? p.min : `${p.min} to ${p.max}`} pattern${p.max === 1 ? '' : 's'}`;
    case 'listPattern':
      return `"${LIST_NAME[p.list]}": "${p.p}" is not a pattern`;
    case 'listTwice':
      return `"${LIST_NAME[p.list]}": a pattern is listed twice`;
  }
}

/** Why an own initiative does not fit the budget, as a plain English sentence; null when it fits. */
export function ownInitiativeProblem(content: Content, scenario: string, players: number, value: unknown): string | null {
  const problem = ownInitiativeIssue(content, scenario, players, value);
  return problem && ownProblemSentence(problem);
}

/** Why an own initiative does not fit the budget of `scenario` at a table of `players`; null when it fits. */
export function ownInitiativeIssue(content: Content, scenario: string, players: number, value: unknown): OwnProblem | null {
  const b = ownCaseBudget(content, scenario, players);
  const text = OWN_TEXT;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { code: 'notObject' };
  const x = value as Record<string, unknown>;
  const known = ['name', 'line', 'needs', 'transformation', 'offers', 'learns'];
  const extra = Object.keys(x).find((k) => !known.includes(k));
  if (extra) return { code: 'extraField', field: extra, fields: known.join(', ') };
  if (typeof x.name !== 'string' || !x.name.trim()) return { code: 'noName' };
  if (x.name.length > text.name.max) return { code: 'nameLong', n: x.name.length, max: text.name.max };
  if (typeof x.line !== 'string') return { code: 'noLine' };
  if (x.line.length > text.line.max) return { code: 'lineLong', n: x.line.length, max: text.line.max };
  if (/[\r\n]/.test(x.line)) return { code: 'lineBreak' };
  if (typeof x.needs !== 'object' || x.needs === null || Array.isArray(x.needs)) return { code: 'needsShape' };
  let total = 0;
  let patterns = 0;
  for (const [p, n] of Object.entries(x.needs as Record<string, unknown>)) {
    if (!(PATTERN_IDS as readonly string[]).includes(p)) return { code: 'notPattern', p, patterns: PATTERN_IDS.join(', ') };
    if (!Number.isInteger(n) || (n as number) < 0) return { code: 'needWhole', p };
    if ((n as number) > b.perPattern) return { code: 'needTooMany', n: n as number, p, max: b.perPattern };
    total += n as number;
    if ((n as number) > 0) patterns += 1;
  }
  if (total < b.needs.min || total > b.needs.max) return { code: 'needsTotal', total, min: b.needs.min, max: b.needs.max };
  if (patterns > b.patterns.max) return { code: 'tooManyPatterns', n: patterns, max: b.patterns.max };
  if (patterns < b.patterns.min) return { code: 'tooFewPatterns', n: patterns, min: b.patterns.min };
  const menu = ownCaseMenu(content, scenario, players);
  if (typeof x.transformation !== 'string' || !menu.includes(x.transformation)) return { code: 'transformation', menu: menu.join(', ') };
  for (const key of ['offers', 'learns'] as const) {
    const list = x[key];
    const range = b[key];
    if (!Array.isArray(list) || list.length < range.min || list.length > range.max) return { code: 'listCount', list: key, min: range.min, max: range.max };
    for (const p of list) if (!(PATTERN_IDS as readonly string[]).includes(p as string)) return { code: 'listPattern', list: key, p: String(p) };
    if (new Set(list).size !== list.length) return { code: 'listTwice', list: key };
  }
  return null;
}

/** The initiative as kept: text trimmed, zero needs dropped, patterns in the board's order. */
export function cleanInitiative(x: OwnInitiative): OwnInitiative {
  const needs: Partial<Record<PatternId, number>> = {};
  for (const p of PATTERN_IDS) if ((x.needs[p] ?? 0) > 0) needs[p] = x.needs[p];
  const order = (list: PatternId[]) => PATTERN_IDS.filter((p) => list.includes(p));
  return { name: x.name.trim(), line: x.line.trim(), needs, transformation: x.transformation, offers: order(x.offers), learns: order(x.learns) };
}

/**
 * An initiative made at random within the budget of `scenario` at a table of `players` (for
 * the simulator and for trying the game out): a number of patterns, then a total of needs
 * the budget allows with them, spread at random; a transformation from the menu; patterns to
 * offer and (others) to learn. Each count is even across what the budget allows. `random`
 * gives numbers in [0, 1).
 */
export function randomInitiative(content: Content, scenario: string, players: number, random: () => number, n = 1): OwnInitiative {
  const b = ownCaseBudget(content, scenario, players);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const shuffled = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  // As many patterns as the needs can fill: each at least one need, none over perPattern.
  const count = between(Math.max(b.patterns.min, Math.ceil(b.needs.min / b.perPattern)), Math.min(b.patterns.max, b.needs.max, PATTERN_IDS.length));
  const patterns = shuffled(PATTERN_IDS).slice(0, count);
  const total = between(Math.max(b.needs.min, count), Math.min(b.needs.max, count * b.perPattern));
  const needs: Partial<Record<PatternId, number>> = Object.fromEntries(patterns.map((p) => [p, 1]));
  for (let left = total - count; left > 0; ) {
    const p = pick(patterns);
    if (needs[p]! < b.perPattern) {
      needs[p]! += 1;
      left -= 1;
    }
  }
  const others = shuffled(PATTERN_IDS);
  const offers = between(b.offers.min, b.offers.max);
  const learns = between(b.learns.min, b.learns.max);
  return cleanInitiative({
    name: `Initiative ${n}`,
    line: 'Made up within the budget.',
    needs,
    transformation: pick(ownCaseMenu(content, scenario, players)),
    offers: others.slice(0, offers),
    // What you want to learn is not what you offer.
    learns: others.slice(b.offers.max, b.offers.max + learns),
  });
}

/**
 * Starting hand of a seat with an own initiative: the first `offerCards` cards of the offered
 * patterns found from the top of the deck (in deck order, so the seed decides), the rest
 * drawn as usual by the caller.
 */
export function takeOfferedCards(content: Content, state: GameState, seat: Seat, offers: readonly PatternId[], most: number): number {
  const deck = state.knowledge.deck;
  let taken = 0;
  const limit = Math.min(most, ownCaseBudget(content, state.scenario, state.players.length).offerCards);
  for (let i = deck.length - 1; i >= 0 && taken < limit; i--) {
    const def = content.knowledge.get(deck[i].slice(0, deck[i].indexOf('#')));
    if (def && offers.includes(def.pattern)) {
      state.players[seat].hand.push(deck[i]);
      deck.splice(i, 1);
      taken += 1;
    }
  }
  return taken;
}

/**
 * Being taught in a pattern you want to learn: the first time for each such pattern, the
 * table gains trust. Called by teach for the receiver.
 */
export function learnedWanted(content: Content, state: GameState, receiver: Seat, pattern: PatternId): void {
  const c = state.cases.find((k) => k.holder === receiver);
  if (!c?.own || !c.own.learns.includes(pattern)) return;
  const learned = (c.learned ??= []);
  if (learned.includes(pattern)) return;
  learned.push(pattern);
  gainTrust(content, state, ownCaseBudget(content, state.scenario, state.players.length).learnTrust);
}
