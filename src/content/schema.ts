/**
 * The content model: the one source of truth for game-content/.
 *
 * Every definition here is a TypeBox schema, which *is* JSON Schema. The TypeScript types
 * are derived with `Static<>`, and `npm run schema` writes the same objects to
 * game-content/schema/*.schema.json, so editors complete and check the JSON files and the
 * engine's types can never drift from what the files are validated against.
 *
 * Why TypeBox and not Zod: the schema objects are plain JSON Schema at run time, so the
 * written schema files are exactly what ajv validates with (no conversion step that could
 * lose a constraint), and ajv's error paths map straight onto JSON pointers in the files.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PATTERN_IDS, PROMPT_HAPPENINGS, RULE_NAMES, type ContentFileName, type RuleName } from './names.ts';

// The plain names live in names.ts (no TypeBox), so the browser can have them without the schemas.
export { CONTENT_FILE_NAMES, LANGUAGES, PATTERN_IDS, RULE_NAMES } from './names.ts';
export type { ContentFileName, Language, RuleName } from './names.ts';

const strict = { additionalProperties: false } as const;

// ---------------------------------------------------------------------------------------
// Shared pieces

export const PatternId = Type.Union(
  PATTERN_IDS.map((id) => Type.Literal(id)),
  { description: 'One of the eight pattern ids.' },
);
export type PatternId = (typeof PATTERN_IDS)[number];

const Id = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  minLength: 2,
  maxLength: 48,
  description: 'A lower-case id with dashes, unique within its file, e.g. "repair-cafe".',
});

export const Text = Type.Object(
  {
    nl: Type.String({ minLength: 1, description: 'Dutch text.' }),
    en: Type.String({ minLength: 1, description: 'English text.' }),
  },
  { ...strict, description: 'A text in Dutch and English.' },
);
export type Text = Static<typeof Text>;

const Amount = Type.Integer({ minimum: 1, maximum: 9, description: 'How many (1–9).' });
const Copies = Type.Integer({
  minimum: 1,
  maximum: 6,
  default: 1,
  description: 'How many copies of this card go into a deck that uses it.',
});
const Decks = Type.Array(Id, {
  minItems: 1,
  uniqueItems: true,
  description:
    'Deck tags. A scenario plays with every card, case, role and prompt that carries one of its decks, e.g. ["core"] or ["core", "artists"].',
});

// ---------------------------------------------------------------------------------------
// Rules that content can change

const RuleNameSchema = Type.Union(
  RULE_NAMES.map((r) => Type.Literal(r)),
  {
    description:
      'A rule number: actionsPerTurn, careAmount (pressure removed by care), teachCost (trust a teach costs), applyCost (cards to meet one need), applyDiscount (cards saved when applying, never below 1), handLimit, drawPerTurn, studyDraw (cards a study from the deck draws), travelRange (steps per travel), shareRange (steps between players who share or teach), spillAmount (pressure a breakdown spills to each neighbour), flowShield (flow cards still to be cancelled), trustActionsPerTurn, coCreateTrust (trust gained by co-creating), caseTrust (trust gained when a case is done), trustMax, breakdownTrustLoss, learnedWorth (cards a learned copy counts for when meeting a need), coachTrust (trust a coach earns teaching their own pattern), teachTrust (trust any teach earns).',
  },
);
export const RuleValues = Type.Partial(
  Type.Object(Object.fromEntries(RULE_NAMES.map((r) => [r, Type.Integer({ minimum: 0, maximum: 20 })]))),
  { ...strict, description: 'Starting values of rule numbers; any not named keep the default.' },
);
export type RuleValues = Partial<Record<RuleName, number>>;

/** A lasting change to a rule number, for everyone or (as a role ability) for one player. */
export const RuleModifier = Type.Object(
  {
    rule: RuleNameSchema,
    by: Type.Integer({ minimum: -5, maximum: 5, not: { const: 0 }, description: 'Added to the rule number (may be negative).' }),
    pattern: Type.Optional(
      Type.Union([PatternId], { description: 'Only when the action concerns this pattern (the place, card or need).' }),
    ),
  },
  strict,
);
export type RuleModifier = Static<typeof RuleModifier>;

// ---------------------------------------------------------------------------------------
// The effect language: what flow cards and transformations do

export const PlaceRef = Type.Union(
  [
    PatternId,
    Type.Literal('current', { description: 'The place of the player whose turn it is.' }),
    Type.Literal('mostPressured', { description: 'The place with the most pressure (first in board order on a tie).' }),
    Type.Literal('leastPressured', { description: 'The place with the least pressure (first in board order on a tie).' }),
    Type.Literal('random', { description: 'A place drawn with the match seed.' }),
    Type.Literal('all', { description: 'Every place.' }),
  ],
  { description: 'A place: a pattern id, or current, mostPressured, leastPressured, random or all.' },
);
export type PlaceRef = Static<typeof PlaceRef>;

const Who = Type.Union([Type.Literal('current'), Type.Literal('all')], {
  description: 'current: the player whose turn it is; all: every player.',
});

export const Condition = Type.Recursive(
  (Self) =>
    Type.Union([
      Type.Object(
        { type: Type.Literal('pressureAtLeast'), place: PlaceRef, amount: Type.Integer({ minimum: 0, maximum: 3 }) },
        { ...strict, description: 'True when the place (every place, for "all") has at least this much pressure.' },
      ),
      Type.Object(
        { type: Type.Literal('trustAtLeast'), amount: Type.Integer({ minimum: 0, maximum: 20 }) },
        { ...strict, description: 'True when the commons pool holds at least this much trust.' },
      ),
      Type.Object(
        { type: Type.Literal('commonsAtLeast'), amount: Type.Integer({ minimum: 0, maximum: 12 }) },
        { ...strict, description: 'True when at least this many cases have become commons.' },
      ),
      Type.Object(
        { type: Type.Literal('crisisAtLeast'), amount: Type.Integer({ minimum: 0, maximum: 12 }) },
        { ...strict, description: 'True when the crisis track stands at least this high.' },
      ),
      Type.Object(
        { type: Type.Literal('hasTransformation'), transformation: Id },
        { ...strict, description: 'True when this transformation is in force.' },
      ),
      Type.Object({ type: Type.Literal('not'), condition: Self }, { ...strict, description: 'True when the condition is false.' }),
      Type.Object(
        { type: Type.Literal('all'), conditions: Type.Array(Self, { minItems: 1 }) },
        { ...strict, description: 'True when every condition is true.' },
      ),
      Type.Object(
        { type: Type.Literal('any'), conditions: Type.Array(Self, { minItems: 1 }) },
        { ...strict, description: 'True when at least one condition is true.' },
      ),
    ]),
  { $id: 'Condition', description: 'A condition on the table.' },
);
export type Condition = Static<typeof Condition>;

export const Effect = Type.Recursive(
  (Self) =>
    Type.Union([
      Type.Object(
        { type: Type.Literal('addPressure'), place: PlaceRef, amount: Amount },
        { ...strict, description: 'Add pressure; past the limit the place breaks down.' },
      ),
      Type.Object(
        { type: Type.Literal('removePressure'), place: PlaceRef, amount: Amount },
        { ...strict, description: 'Remove pressure (never below 0).' },
      ),
      Type.Object(
        { type: Type.Literal('gainTrust'), amount: Amount },
        { ...strict, description: 'Add trust to the commons pool (up to trustMax).' },
      ),
      Type.Object(
        { type: Type.Literal('loseTrust'), amount: Amount },
        { ...strict, description: 'Take trust from the commons pool (never below 0).' },
      ),
      Type.Object(
        { type: Type.Literal('drawKnowledge'), who: Who, amount: Amount },
        { ...strict, description: 'Players draw knowledge cards.' },
      ),
      Type.Object(
        { type: Type.Literal('discardKnowledge'), who: Who, amount: Amount },
        { ...strict, description: 'Players discard knowledge cards drawn at random with the match seed.' },
      ),
      Type.Object(
        { type: Type.Literal('moveTo'), who: Who, place: PlaceRef },
        { ...strict, description: 'Move players to a place ("all" is not a place to move to).' },
      ),
      Type.Object(
        { type: Type.Literal('raiseRate'), amount: Amount },
        { ...strict, description: 'Move the disruption rate up its track (a disruption wave).' },
      ),
      Type.Object(
        { type: Type.Literal('lowerRate'), amount: Amount },
        { ...strict, description: 'Move the disruption rate down its track.' },
      ),
      Type.Object(
        { type: Type.Literal('advanceCrisis'), amount: Amount },
        { ...strict, description: 'Move the crisis track up.' },
      ),
      Type.Object(
        { type: Type.Literal('easeCrisis'), amount: Amount },
        { ...strict, description: 'Move the crisis track down (never below 0).' },
      ),
      Type.Object(
        { type: Type.Literal('adjustRule'), ...RuleModifier.properties },
        { ...strict, description: 'Change a rule number for the rest of the game, for everyone.' },
      ),
      Type.Object(
        {
          type: Type.Literal('reflect'),
          prompt: Type.Optional(Type.Union([Id], { description: 'A prompt id; without it the next prompt of the deck.' })),
        },
        { ...strict, description: 'Pause the table for a reflection prompt; play goes on when the table has talked.' },
      ),
      Type.Object(
        {
          type: Type.Literal('if'),
          condition: Condition,
          then: Type.Array(Self, { minItems: 1 }),
          else: Type.Optional(Type.Array(Self, { minItems: 1 })),
        },
        { ...strict, description: 'Do "then" when the condition holds, otherwise "else".' },
      ),
    ]),
  { $id: 'Effect', description: 'One step of a card effect.' },
);
export type Effect = Static<typeof Effect>;

// ---------------------------------------------------------------------------------------
// Content files

export const Pattern = Type.Object(
  {
    id: PatternId,
    name: Text,
    summary: Text,
    color: Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'A colour as #rrggbb.' }),
    letter: Type.Object(
      {
        nl: Type.String({ minLength: 1, maxLength: 2, description: 'The letter in Dutch, from the Dutch name where it can be.' }),
        en: Type.String({ minLength: 1, maxLength: 2, description: 'The letter in English.' }),
      },
      { ...strict, description: 'A letter per language that tells the pattern apart without colour; different for every pattern in each language.' },
    ),
    icon: Type.String({ minLength: 1, maxLength: 4, description: 'A symbol (one emoji or glyph) for the pattern.' }),
  },
  strict,
);
export type Pattern = Static<typeof Pattern>;

export const Place = Type.Object(
  {
    pattern: PatternId,
    name: Text,
    neighbours: Type.Array(PatternId, { minItems: 1, uniqueItems: true, description: 'Places one step away; the graph must be symmetric.' }),
    x: Type.Number({ minimum: 0, maximum: 100, description: 'Position on the board, 0–100 from the left.' }),
    y: Type.Number({ minimum: 0, maximum: 100, description: 'Position on the board, 0–100 from the top.' }),
  },
  strict,
);
export type Place = Static<typeof Place>;

export const Role = Type.Object(
  {
    id: Id,
    name: Text,
    ability: Text,
    about: Type.Optional(
      Type.Union([Text], { description: 'Who this role is, in plain words: shown when a player opens the role at the table.' }),
    ),
    pattern: Type.Optional(Type.Union([PatternId], { description: 'The pattern a coach role coaches.' })),
    start: Type.Optional(Type.Union([PatternId], { description: 'Where this role starts; otherwise the scenario start.' })),
    modifiers: Type.Array(RuleModifier, { minItems: 1, description: 'The ability as changes to rule numbers for this player only.' }),
    decks: Decks,
  },
  strict,
);
export type Role = Static<typeof Role>;

const Needs = Type.Partial(
  Type.Object(Object.fromEntries(PATTERN_IDS.map((p) => [p, Type.Integer({ minimum: 1, maximum: 4 })]))),
  { ...strict, minProperties: 1, description: 'How many needs of each pattern the case has.' },
);
export type Needs = Partial<Record<PatternId, number>>;

export const Case = Type.Object(
  {
    id: Id,
    name: Text,
    text: Text,
    story: Type.Optional(
      Type.Union([Text], { description: 'The case’s story in a few sentences: what the initiative is and what it needs. Shown when a player opens the case.' }),
    ),
    needs: Needs,
    transformation: Type.Union([Id], { description: 'The transformation the case grants when it becomes a commons.' }),
    decks: Decks,
  },
  strict,
);
export type Case = Static<typeof Case>;

export const KnowledgeCard = Type.Object(
  {
    id: Id,
    pattern: PatternId,
    name: Text,
    text: Text,
    helps: Type.Optional(
      Type.Union([Text], { description: 'When the practice helps, in a sentence or two: shown when a player opens the card at the table.' }),
    ),
    copies: Copies,
    decks: Decks,
  },
  strict,
);
export type KnowledgeCard = Static<typeof KnowledgeCard>;

const FLOW_KINDS = ['pressure', 'opportunity', 'reflection', 'wave'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];
export const FlowCard = Type.Object(
  {
    id: Id,
    kind: Type.Union(
      FLOW_KINDS.map((k) => Type.Literal(k)),
      { description: 'How the card is shown: pressure, opportunity, reflection or wave. What it does is in effects.' },
    ),
    name: Text,
    text: Text,
    effects: Type.Array(Effect, { minItems: 1 }),
    copies: Copies,
    decks: Decks,
  },
  strict,
);
export type FlowCard = Static<typeof FlowCard>;

export const Transformation = Type.Object(
  { id: Id, name: Text, text: Text, effects: Type.Array(Effect, { minItems: 1 }) },
  strict,
);
export type Transformation = Static<typeof Transformation>;

export const PromptAbout = Type.Object(
  {
    happening: Type.Union(
      PROMPT_HAPPENINGS.map((h) => Type.Literal(h)),
      { description: 'breakdown: a place broke down; commons: a case became a commons; teach: someone taught; share: someone gave a card; crisis: the crisis track rose.' },
    ),
    pattern: Type.Optional(Type.Union([PatternId], { description: 'Only when it happened in this pattern (the place that broke down, the pattern taught or shared, the pattern a case was finished in).' })),
  },
  { ...strict, description: 'Ask this prompt only right after this happened (since the last pause). At a pause the first prompt from the top of the deck that fits what happened is asked, else the first prompt without "about".' },
);
export type PromptAbout = Static<typeof PromptAbout>;

export const Prompt = Type.Object({ id: Id, text: Text, decks: Decks, about: Type.Optional(PromptAbout) }, strict);
export type Prompt = Static<typeof Prompt>;

/** What a scenario sets up: the starting values (per table size they may differ, see "sizes"). */
export const ScenarioStart = Type.Object(
  {
    place: PatternId,
    trust: Type.Integer({ minimum: 0, maximum: 20 }),
    crisisLimit: Type.Integer({ minimum: 1, maximum: 12, description: 'The crisis track is full (the game is lost) at this value.' }),
    rateTrack: Type.Array(Type.Integer({ minimum: 1, maximum: 6 }), {
      minItems: 1,
      maxItems: 12,
      description: 'Flow cards revealed per turn at each step of the disruption rate.',
    }),
    days: Type.Integer({
      minimum: 1,
      maximum: 10,
      description: 'Days of the bootcamp: each time the flow deck runs out a day ends; after the last one the game is lost.',
    }),
    hand: Type.Integer({ minimum: 0, maximum: 8, description: 'Knowledge cards each player starts with.' }),
    pressure: Type.Array(Type.Integer({ minimum: 1, maximum: 3 }), {
      maxItems: 8,
      description: 'Starting pressure, one amount per place drawn with the seed (distinct places).',
    }),
    faceUp: Type.Integer({ minimum: 0, maximum: 6, description: 'Knowledge cards lying face up to study from.' }),
    reflections: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 20,
        description: 'At most this many reflection pauses a game; later open-end cards pass without a pause. Without it: no limit.',
      }),
    ),
  },
  strict,
);
export type ScenarioStart = Static<typeof ScenarioStart>;

const Range = (what: string, least: number, most: number) =>
  Type.Object(
    { min: Type.Integer({ minimum: least, maximum: most }), max: Type.Integer({ minimum: least, maximum: most }) },
    { ...strict, description: what },
  );

/**
 * The budget a player's own initiative is shaped within (src/rules/own-case.ts), so that
 * bringing your real work makes the game neither easier nor harder than a deck case
 * (`npm run simulate -- --own-cases random` measures it).
 */
export const OwnCaseBudget = Type.Object(
  {
    needs: Range('Needs in all: from min to max.', 1, 24),
    perPattern: Type.Integer({ minimum: 1, maximum: 4, description: 'At most this many needs in one pattern.' }),
    patterns: Range('Patterns with at least one need: from min to max.', 1, 8),
    offers: Range('Patterns on the "I can offer" list: from min to max.', 0, 8),
    learns: Range('Patterns on the "I want to learn" list: from min to max.', 0, 8),
    offerCards: Type.Integer({ minimum: 0, maximum: 8, description: 'Cards of the offered patterns in the starting hand (instead of as many drawn).' }),
    learnTrust: Type.Integer({ minimum: 0, maximum: 5, description: 'Trust the table gains the first time a player is taught in a pattern they want to learn (once per pattern).' }),
    menu: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        uniqueItems: true,
        description: 'The transformations an own initiative may grant. Without it: those the scenario’s deck cases grant.',
      }),
    ),
  },
  { ...strict, description: 'The budget of a player’s own initiative in this scenario.' },
);
export type OwnCaseBudget = Static<typeof OwnCaseBudget>;

const SizeSettings = Type.Object(
  {
    start: Type.Optional(Type.Partial(ScenarioStart, { ...strict, description: 'Starting values that differ at this table size.' })),
    rules: Type.Optional(RuleValues),
    ownCase: Type.Optional(Type.Partial(OwnCaseBudget, { ...strict, description: 'Parts of the own-initiative budget that differ at this table size.' })),
    note: Type.Optional(Type.String({ description: 'Why this size differs (for designers; not shown to players).' })),
  },
  { ...strict, description: 'Settings for one table size, over the scenario’s own.' },
);

export const Scenario = Type.Object(
  {
    id: Id,
    name: Text,
    text: Text,
    difficulty: Type.Union([Type.Literal('intro'), Type.Literal('standard'), Type.Literal('hard')]),
    players: Type.Object(
      { min: Type.Integer({ minimum: 1, maximum: 6 }), max: Type.Integer({ minimum: 1, maximum: 6 }) },
      { ...strict, description: 'The player counts the scenario is made for.' },
    ),
    decks: Decks,
    start: ScenarioStart,
    rules: Type.Optional(RuleValues),
    ownCase: OwnCaseBudget,
    sizes: Type.Optional(
      Type.Object(
        Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((n) => [n, Type.Optional(SizeSettings)])),
        { ...strict, description: 'Per table size ("1" … "6"): starting values and rule numbers that differ from the scenario’s own, so every size is a fair game.' },
      ),
    ),
    target: Type.Optional(
      Type.Object(
        {
          commons: Type.Integer({
            minimum: 1,
            maximum: 12,
            description: 'Win when this many cases are commons (otherwise: when every player’s case is).',
          }),
        },
        strict,
      ),
    ),
  },
  strict,
);
export type Scenario = Static<typeof Scenario>;

// ---------------------------------------------------------------------------------------
// The files: each names its schema with "$schema" so an editor completes and checks it.

function file<T extends TSchema>(key: string, item: T, description: string) {
  return Type.Object(
    {
      $schema: Type.Optional(Type.String({ description: 'The schema file for editors.' })),
      [key]: Type.Array(item, { minItems: 1 }),
    },
    { ...strict, description },
  );
}

const Board = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    pressureLimit: Type.Integer({ minimum: 1, maximum: 6, description: 'Past this pressure a place breaks down.' }),
    places: Type.Array(Place, { minItems: 8, maxItems: 8 }),
  },
  { ...strict, description: 'The board: one place per pattern and which places neighbour which.' },
);

/** The content files, keyed by file name (without .json). */
export const CONTENT_FILES = {
  patterns: file('patterns', Pattern, 'The eight patterns of commoning.'),
  board: Board,
  roles: file('roles', Role, 'Roles players take, each with one ability.'),
  cases: file('cases', Case, 'Cases: initiatives with needs per pattern.'),
  knowledge: file('knowledge', KnowledgeCard, 'Knowledge cards: tools and practices, each of one pattern.'),
  flow: file('flow', FlowCard, 'Flow cards revealed at the end of each turn.'),
  transformations: file('transformations', Transformation, 'Lasting changes granted by commons.'),
  prompts: file('prompts', Prompt, 'Reflection prompts for open-end moments.'),
  scenarios: Type.Object(
    {
      $schema: Type.Optional(Type.String({ description: 'The schema file for editors.' })),
      version: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 40,
          pattern: '^[0-9A-Za-z][0-9A-Za-z.+_-]*$',
          description: 'The deck’s version (e.g. "1.2.0"): match records keep it, so real play is counted per version (GET /api/decks/outcomes).',
        }),
      ),
      scenarios: Type.Array(Scenario, { minItems: 1 }),
    },
    { ...strict, description: 'Scenarios: which decks, starting values and targets; and the deck’s version.' },
  ),
} as const satisfies Record<ContentFileName, TSchema>;

/** The raw content as it stands in the files, one object per file. */
export interface RawContent {
  patterns: { patterns: Pattern[] };
  board: { pressureLimit: number; places: Place[] };
  roles: { roles: Role[] };
  cases: { cases: Case[] };
  knowledge: { knowledge: KnowledgeCard[] };
  flow: { flow: FlowCard[] };
  transformations: { transformations: Transformation[] };
  prompts: { prompts: Prompt[] };
  scenarios: { version?: string; scenarios: Scenario[] };
}

// ---------------------------------------------------------------------------------------
// Files beside the deck that the rules do not read

/** One concept of the game and the one word each language uses for it. */
export const GlossaryTerm = Type.Object(
  {
    id: Id,
    nl: Type.String({ minLength: 1, description: 'The Dutch word, as it appears in running text (lower case unless a name).' }),
    en: Type.String({ minLength: 1, description: 'The English word, as it appears in running text.' }),
    means: Type.String({ minLength: 1, description: 'What the word stands for in the game, for translators (English).' }),
    avoid: Type.Optional(
      Type.Object(
        {
          nl: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { uniqueItems: true })),
          en: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { uniqueItems: true })),
        },
        { ...strict, description: 'Other words for the same thing that no interface word, card face or content text may use (whole words, any case).' },
      ),
    ),
  },
  strict,
);
export type GlossaryTerm = Static<typeof GlossaryTerm>;

export const Glossary = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'The schema file for editors.' })),
    terms: Type.Array(GlossaryTerm, { minItems: 1 }),
  },
  { ...strict, description: 'One Dutch and one English word per concept of the game; a test holds every text to it.' },
);
export type Glossary = Static<typeof Glossary>;

/** Files a deck folder may hold beside the content files; the rules never read them. */
export const SIDE_FILES = { glossary: Glossary } as const;
