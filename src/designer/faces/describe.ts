/**
 * Effects and role modifiers in plain words, in Dutch or English, for card faces. The card's
 * own text tells the story; this line tells players exactly what happens. Pure: the gallery,
 * the print sheet and the table client all print the same sentence.
 */
import { PATTERN_IDS } from '../../content/names.ts';
import type { Condition, Effect, Language, Pattern, PatternId, PlaceRef, RuleModifier, RuleName } from '../../content/schema.ts';

type Words = Record<Language, string>;

const RULE_WORDS: Record<RuleName, Words> = {
  actionsPerTurn: { nl: 'acties per beurt', en: 'actions per turn' },
  careAmount: { nl: 'druk die verzorgen wegneemt', en: 'pressure removed by care' },
  teachCost: { nl: 'vertrouwen dat lesgeven kost', en: 'trust a teach costs' },
  applyCost: { nl: 'kaarten per behoefte', en: 'cards to meet a need' },
  applyDiscount: { nl: 'korting in kaarten per behoefte', en: 'cards saved per need' },
  handLimit: { nl: 'handlimiet', en: 'hand limit' },
  drawPerTurn: { nl: 'kaarten getrokken per beurt', en: 'cards drawn per turn' },
  studyDraw: { nl: 'kaarten per keer studeren', en: 'cards a study draws' },
  travelRange: { nl: 'stappen per reis', en: 'steps per travel' },
  shareRange: { nl: 'afstand om te delen', en: 'steps to share across' },
  spillAmount: { nl: 'druk die overloopt', en: 'pressure spilled by a breakdown' },
  flowShield: { nl: 'gebeurteniskaarten die wegvallen', en: 'flow cards cancelled' },
  trustActionsPerTurn: { nl: 'extra acties met vertrouwen', en: 'trust actions per turn' },
  coCreateTrust: { nl: 'vertrouwen per keer samen creëren', en: 'trust per co-creation' },
  caseTrust: { nl: 'vertrouwen per afgeronde case', en: 'trust per finished case' },
  trustMax: { nl: 'maximum vertrouwen', en: 'most trust in the pool' },
  breakdownTrustLoss: { nl: 'vertrouwen verloren bij een instorting', en: 'trust lost in a breakdown' },
  learnedWorth: { nl: 'kaarten die een geleerde kopie waard is', en: 'cards a learned copy counts for' },
  coachTrust: { nl: 'vertrouwen voor lesgeven in je eigen patroon', en: 'trust for teaching your own pattern' },
  teachTrust: { nl: 'vertrouwen per keer lesgeven', en: 'trust per teach' },
};

const PLACE_WORDS: Record<'current' | 'mostPressured' | 'leastPressured' | 'random' | 'all', Words> = {
  current: { nl: 'jouw plek', en: 'your place' },
  mostPressured: { nl: 'de plek met de meeste druk', en: 'the place with most pressure' },
  leastPressured: { nl: 'de plek met de minste druk', en: 'the place with least pressure' },
  random: { nl: 'een willekeurige plek', en: 'a random place' },
  all: { nl: 'elke plek', en: 'every place' },
};

export interface DescribeContext {
  lang: Language;
  patterns: readonly Pattern[];
  /** Transformation names by id, for conditions that name one. */
  transformationName?: (id: string) => string | undefined;
}

function placeName(ref: PlaceRef, cx: DescribeContext): string {
  if (ref in PLACE_WORDS) return PLACE_WORDS[ref as keyof typeof PLACE_WORDS][cx.lang];
  return cx.patterns.find((p) => p.id === ref)?.name[cx.lang] ?? ref;
}

function who(w: 'current' | 'all', lang: Language): string {
  if (lang === 'nl') return w === 'all' ? 'Iedereen' : 'Jij';
  return w === 'all' ? 'Everyone' : 'You';
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `−${-n}`;
}

export function describeModifier(m: RuleModifier, cx: DescribeContext): string {
  const rule = RULE_WORDS[m.rule][cx.lang];
  const only = m.pattern ? ` (${placeName(m.pattern, cx)})` : '';
  return `${signed(m.by)} ${rule}${only}`;
}

function describeCondition(c: Condition, cx: DescribeContext): string {
  const nl = cx.lang === 'nl';
  switch (c.type) {
    case 'pressureAtLeast':
      return nl ? `${placeName(c.place, cx)} heeft minstens ${c.amount} druk` : `${placeName(c.place, cx)} has at least ${c.amount} pressure`;
    case 'trustAtLeast':
      return nl ? `er is minstens ${c.amount} vertrouwen` : `there is at least ${c.amount} trust`;
    case 'commonsAtLeast':
      return nl ? `minstens ${c.amount} commons` : `at least ${c.amount} commons`;
    case 'crisisAtLeast':
      return nl ? `de crisis staat op minstens ${c.amount}` : `the crisis is at ${c.amount} or more`;
    case 'hasTransformation': {
      const name = cx.transformationName?.(c.transformation) ?? c.transformation;
      return nl ? `“${name}” geldt` : `“${name}” is in force`;
    }
    case 'not': {
      const x = c.condition;
      // "less than" reads better than "not: at least".
      if (x.type === 'pressureAtLeast') return nl ? `${placeName(x.place, cx)} heeft minder dan ${x.amount} druk` : `${placeName(x.place, cx)} has less than ${x.amount} pressure`;
      if (x.type === 'trustAtLeast') return nl ? `er is minder dan ${x.amount} vertrouwen` : `there is less than ${x.amount} trust`;
      if (x.type === 'commonsAtLeast') return nl ? `minder dan ${x.amount} commons` : `fewer than ${x.amount} commons`;
      if (x.type === 'crisisAtLeast') return nl ? `de crisis staat lager dan ${x.amount}` : `the crisis is below ${x.amount}`;
      return nl ? `niet (${describeCondition(x, cx)})` : `not (${describeCondition(x, cx)})`;
    }
    case 'all':
      return c.conditions.map((x) => describeCondition(x, cx)).join(nl ? ' en ' : ' and ');
    case 'any':
      return c.conditions.map((x) => describeCondition(x, cx)).join(nl ? ' of ' : ' or ');
  }
}

export function describeEffect(e: Effect, cx: DescribeContext): string {
  const nl = cx.lang === 'nl';
  switch (e.type) {
    case 'addPressure':
      return nl ? `+${e.amount} druk op ${placeName(e.place, cx)}` : `+${e.amount} pressure on ${placeName(e.place, cx)}`;
    case 'removePressure':
      return nl ? `−${e.amount} druk op ${placeName(e.place, cx)}` : `−${e.amount} pressure on ${placeName(e.place, cx)}`;
    case 'gainTrust':
      return nl ? `+${e.amount} vertrouwen` : `+${e.amount} trust`;
    case 'loseTrust':
      return nl ? `−${e.amount} vertrouwen` : `−${e.amount} trust`;
    case 'drawKnowledge':
      return nl ? `${who(e.who, 'nl')} trekt ${e.amount} kennis` : `${who(e.who, 'en')} draw${e.who === 'all' ? 's' : ''} ${e.amount} knowledge`;
    case 'discardKnowledge':
      return nl ? `${who(e.who, 'nl')} legt ${e.amount} kennis af` : `${who(e.who, 'en')} discard${e.who === 'all' ? 's' : ''} ${e.amount} knowledge`;
    case 'moveTo':
      return nl ? `${who(e.who, 'nl')} gaat naar ${placeName(e.place, cx)}` : `${who(e.who, 'en')} move${e.who === 'all' ? 's' : ''} to ${placeName(e.place, cx)}`;
    case 'raiseRate':
      return nl ? `disruptietempo +${e.amount}` : `disruption rate +${e.amount}`;
    case 'lowerRate':
      return nl ? `disruptietempo −${e.amount}` : `disruption rate −${e.amount}`;
    case 'advanceCrisis':
      return nl ? `crisis +${e.amount}` : `crisis +${e.amount}`;
    case 'easeCrisis':
      return nl ? `crisis −${e.amount}` : `crisis −${e.amount}`;
    case 'adjustRule':
      return describeModifier(e, cx);
    case 'reflect':
      return nl ? 'Pauze: reflecteer samen' : 'Pause: reflect together';
    case 'if': {
      const then = describeEffects(e.then, cx);
      const otherwise = e.else ? describeEffects(e.else, cx) : '';
      const cond = describeCondition(e.condition, cx);
      if (nl) return `Als ${cond}: ${then}${otherwise ? `; anders: ${otherwise}` : ''}`;
      return `If ${cond}: ${then}${otherwise ? `; otherwise: ${otherwise}` : ''}`;
    }
  }
}

export function describeEffects(effects: readonly Effect[], cx: DescribeContext): string {
  return effects.map((e) => describeEffect(e, cx)).join(' · ');
}

/** The patterns an effect list names: places (in effects and conditions) and pattern-limited rule changes. */
export function effectPatterns(effects: readonly Effect[], out: Set<PatternId> = new Set()): Set<PatternId> {
  const isPattern = (p: string): p is PatternId => (PATTERN_IDS as readonly string[]).includes(p);
  const visitCondition = (c: Condition): void => {
    if (c.type === 'pressureAtLeast' && isPattern(c.place)) out.add(c.place);
    if (c.type === 'not') visitCondition(c.condition);
    if (c.type === 'all' || c.type === 'any') c.conditions.forEach(visitCondition);
  };
  for (const e of effects) {
    if ('place' in e && isPattern(e.place)) out.add(e.place);
    if (e.type === 'adjustRule' && e.pattern) out.add(e.pattern);
    if (e.type === 'if') {
      visitCondition(e.condition);
      effectPatterns(e.then, out);
      if (e.else) effectPatterns(e.else, out);
    }
  }
  return out;
}
