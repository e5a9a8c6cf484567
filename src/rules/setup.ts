/**
 * Setting up a match from (content, scenario, players, seed), in the order of the rulebook:
 * shuffle every deck, deal roles and cases, put starting pressure on the board, lay out the
 * face-up cards and deal starting hands. Everything random comes from the seed.
 */
import { inDecks, type Content } from '../content/content.ts';
import { PATTERN_IDS, RULE_NAMES } from '../content/names.ts';
import type { PatternId, RuleName } from '../content/schema.ts';
import { emptyChronicle } from './chronicle.ts';
import { cleanInitiative, ownCaseId, ownInitiativeProblem, takeOfferedCards, type OwnInitiative } from './own-case.ts';
import { record } from './events.ts';
import { draw, refillFaceUp } from './knowledge.ts';
import { seedState, shuffle } from './rng.ts';
import { DEFAULT_RULES, ruleValue } from './rule-values.ts';
import { settingsFor } from './scenario-settings.ts';
import type { GameState } from './state.ts';

export interface SetupOptions {
  scenario: string;
  players: number;
  seed: string;
  /** Roles chosen by the table, one per seat; otherwise dealt at random. */
  roles?: string[];
  /** Players' own initiatives by seat (own-case.ts); a seat without one gets a deck case. */
  own?: readonly (OwnInitiative | null | undefined)[];
  /** Cases chosen by the table, one per seat; otherwise dealt at random. */
  cases?: string[];
}

export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupError';
  }
}

/** Card instances for a deck: "id#1", "id#2", … one per copy. */
function instances(cards: readonly { id: string; copies?: number }[]): string[] {
  const out: string[] = [];
  for (const card of cards) for (let i = 1; i <= (card.copies ?? 1); i++) out.push(`${card.id}#${i}`);
  return out;
}

export function setup(content: Content, options: SetupOptions): GameState {
  const scenario = content.scenarios.get(options.scenario);
  if (!scenario) throw new SetupError(`unknown scenario "${options.scenario}"`);
  const n = options.players;
  if (!Number.isInteger(n) || n < scenario.players.min || n > scenario.players.max) {
    throw new SetupError(`scenario "${scenario.id}" is for ${scenario.players.min}–${scenario.players.max} players, not ${n}`);
  }
  const decks = scenario.decks;
  const rolePool = inDecks(content.roles.values(), decks).map((r) => r.id);
  const casePool = inDecks(content.cases.values(), decks).map((c) => c.id);
  if (rolePool.length < n) throw new SetupError(`scenario "${scenario.id}" has ${rolePool.length} roles for ${n} players`);
  if (casePool.length < n) throw new SetupError(`scenario "${scenario.id}" has ${casePool.length} cases for ${n} players`);
  if (options.roles) {
    if (options.roles.length !== n) throw new SetupError(`${options.roles.length} roles chosen for ${n} players`);
    for (const r of options.roles) {
      if (!rolePool.includes(r)) throw new SetupError(`role "${r}" is not in scenario "${scenario.id}"`);
    }
    if (new Set(options.roles).size !== n) throw new SetupError('each player needs a different role');
  }
  if (options.cases) {
    if (options.cases.length !== n) throw new SetupError(`${options.cases.length} cases chosen for ${n} players`);
    for (const c of options.cases) {
      if (!casePool.includes(c)) throw new SetupError(`case "${c}" is not in scenario "${scenario.id}"`);
    }
    if (new Set(options.cases).size !== n) throw new SetupError('each player brings a different case');
  }

  if (options.own !== undefined) {
    if (!Array.isArray(options.own) || options.own.length > n) throw new SetupError(`own initiatives are a list with at most one per player (${n})`);
    options.own.forEach((x, seat) => {
      const problem = x ? ownInitiativeProblem(content, scenario.id, n, x) : null;
      if (problem) throw new SetupError(`player ${seat + 1}: ${problem}`);
    });
  }

  // The scenario's numbers at this table size (its "sizes" entry over its own).
  const { start, rules: ruleValues } = settingsFor(scenario, n);
  const rules = { ...DEFAULT_RULES } as Record<RuleName, number>;
  for (const r of RULE_NAMES) if (ruleValues[r] !== undefined) rules[r] = ruleValues[r]!;

  const state: GameState = {
    scenario: scenario.id,
    players: [],
    pressure: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0])) as Record<PatternId, number>,
    cases: [],
    trust: start.trust,
    crisis: 0,
    rateStep: 0,
    day: 1,
    knowledge: { deck: [], discard: [], faceUp: [] },
    flow: { deck: [], discard: [] },
    prompts: { deck: [], discard: [] },
    rules,
    patternRules: [],
    transformations: [],
    commons: [],
    turn: { seat: 0, number: 1, round: 1, actionsLeft: 0, trustActionsUsed: 0, stage: 'actions', flowLeft: 0 },
    reflection: null,
    pauses: 0,
    outcome: null,
    events: [],
    eventCount: 0,
    copies: 0,
    stats: { actions: {}, taught: {}, breakdowns: [], peakPressure: { total: 0, round: 1 } },
    chronicle: emptyChronicle(),
    secret: { seed: options.seed, rng: seedState(options.seed) },
  };

  // Decks, each shuffled with the seed in a fixed order so a seed always gives one table.
  state.knowledge.deck = shuffle(state, instances(inDecks(content.knowledge.values(), decks)));
  state.flow.deck = shuffle(state, instances(inDecks(content.flow.values(), decks)));
  state.prompts.deck = shuffle(state, inDecks(content.prompts.values(), decks).map((p) => p.id));
  // Shuffled even when chosen, so the decks of a seed are the same whoever chose what.
  const dealtRoles = shuffle(state, rolePool).slice(0, n);
  const dealtCases = shuffle(state, casePool).slice(0, n);
  const roles = options.roles ?? dealtRoles;
  const cases = options.cases ?? dealtCases;

  for (let seat = 0; seat < n; seat++) {
    const role = content.roles.get(roles[seat])!;
    state.players.push({ role: role.id, place: role.start ?? start.place, hand: [] });
    const own = options.own?.[seat];
    if (own) state.cases.push({ id: ownCaseId(seat), holder: seat, met: {}, contributors: [], done: false, own: cleanInitiative(own) });
    else state.cases.push({ id: cases[seat], holder: seat, met: {}, contributors: [], done: false });
  }

  // Starting pressure on distinct places drawn with the seed.
  const places = shuffle(state, [...PATTERN_IDS]);
  start.pressure.forEach((amount, i) => {
    state.pressure[places[i]] = Math.min(amount, content.pressureLimit);
  });
  state.stats.peakPressure.total = Object.values(state.pressure).reduce((a, b) => a + b, 0);

  refillFaceUp(content, state);
  for (let seat = 0; seat < n; seat++) {
    // What you can offer is in your hand from the start.
    const own = state.cases[seat].own;
    const offered = own ? takeOfferedCards(content, state, seat, own.offers, start.hand) : 0;
    draw(state, seat, start.hand - offered);
  }
  state.trust = Math.min(state.trust, ruleValue(content, state, 'trustMax'));
  state.turn.actionsLeft = ruleValue(content, state, 'actionsPerTurn', 0);
  record(state, { e: 'turn', seat: 0, round: 1 });
  return state;
}
