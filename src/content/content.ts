/**
 * Content compiled for the engine: the raw files plus the look-ups the rules need
 * (by id, by deck, distances on the board). Compiling assumes the files passed the
 * schema; broken references are reported as ContentError, never as a crash later in play.
 */
import { PATTERN_IDS } from './names.ts';
import type { Case, FlowCard, KnowledgeCard, Pattern, PatternId, Place, Prompt, RawContent, Role, Scenario, Transformation } from './schema.ts';

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

export interface Content {
  readonly raw: RawContent;
  readonly patterns: readonly Pattern[];
  readonly pressureLimit: number;
  readonly places: Readonly<Record<PatternId, Place>>;
  /** Steps between two places on the board graph (Infinity if unreachable). */
  readonly distance: Readonly<Record<PatternId, Readonly<Record<PatternId, number>>>>;
  readonly roles: ReadonlyMap<string, Role>;
  readonly cases: ReadonlyMap<string, Case>;
  readonly knowledge: ReadonlyMap<string, KnowledgeCard>;
  readonly flow: ReadonlyMap<string, FlowCard>;
  readonly transformations: ReadonlyMap<string, Transformation>;
  readonly prompts: ReadonlyMap<string, Prompt>;
  readonly scenarios: ReadonlyMap<string, Scenario>;
}

function index<T extends { id: string }>(items: readonly T[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new ContentError(`${what} "${item.id}" is defined twice`);
    map.set(item.id, item);
  }
  return map;
}

/** Shortest number of steps between every pair of places (breadth-first from each). */
function distances(places: Record<PatternId, Place>): Record<PatternId, Record<PatternId, number>> {
  const out = {} as Record<PatternId, Record<PatternId, number>>;
  for (const from of PATTERN_IDS) {
    const row = Object.fromEntries(PATTERN_IDS.map((p) => [p, Infinity])) as Record<PatternId, number>;
    row[from] = 0;
    const queue: PatternId[] = [from];
    while (queue.length > 0) {
      const here = queue.shift()!;
      for (const next of places[here].neighbours) {
        if (row[next] === Infinity) {
          row[next] = row[here] + 1;
          queue.push(next);
        }
      }
    }
    out[from] = row;
  }
  return out;
}

export function compileContent(raw: RawContent): Content {
  const places = {} as Record<PatternId, Place>;
  for (const place of raw.board.places) {
    if (places[place.pattern]) throw new ContentError(`place "${place.pattern}" is on the board twice`);
    places[place.pattern] = place;
  }
  for (const id of PATTERN_IDS) {
    if (!places[id]) throw new ContentError(`the board has no place for pattern "${id}"`);
  }
  const content: Content = {
    raw,
    patterns: raw.patterns.patterns,
    pressureLimit: raw.board.pressureLimit,
    places,
    distance: distances(places),
    roles: index(raw.roles.roles, 'role'),
    cases: index(raw.cases.cases, 'case'),
    knowledge: index(raw.knowledge.knowledge, 'knowledge card'),
    flow: index(raw.flow.flow, 'flow card'),
    transformations: index(raw.transformations.transformations, 'transformation'),
    prompts: index(raw.prompts.prompts, 'prompt'),
    scenarios: index(raw.scenarios.scenarios, 'scenario'),
  };
  for (const c of content.cases.values()) {
    if (!content.transformations.has(c.transformation)) {
      throw new ContentError(`case "${c.id}" grants unknown transformation "${c.transformation}"`);
    }
  }
  return content;
}

/** The items of a collection that belong to one of the scenario's decks, in file order. */
export function inDecks<T extends { decks: string[] }>(items: Iterable<T>, decks: readonly string[]): T[] {
  const out: T[] = [];
  for (const item of items) if (item.decks.some((d) => decks.includes(d))) out.push(item);
  return out;
}

/** The card definition behind a card instance id ("defId#n"). */
export function knowledgeOf(content: Content, instance: string): KnowledgeCard {
  const card = content.knowledge.get(instance.slice(0, instance.indexOf('#')));
  if (!card) throw new ContentError(`unknown knowledge card instance "${instance}"`);
  return card;
}

export function flowOf(content: Content, instance: string): FlowCard {
  const card = content.flow.get(instance.slice(0, instance.indexOf('#')));
  if (!card) throw new ContentError(`unknown flow card instance "${instance}"`);
  return card;
}
