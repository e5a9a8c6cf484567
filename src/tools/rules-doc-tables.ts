/** The generated tables of docs/rules.md, made from the content. */
import type { Content } from '../content/content.ts';
import { RULE_NAMES } from '../content/schema.ts';
import { DEFAULT_RULES } from '../rules/rule-values.ts';

const RULE_TEXT: Record<string, string> = {
  actionsPerTurn: 'actions in a turn',
  careAmount: 'pressure a care removes',
  teachCost: 'trust a teach costs',
  applyCost: 'cards to meet one need',
  applyDiscount: 'cards saved when meeting a need (never below 1 card)',
  handLimit: 'cards you may hold at the end of your turn',
  drawPerTurn: 'knowledge drawn at the end of a turn',
  studyDraw: 'cards a study from the deck draws',
  travelRange: 'steps a travel may go',
  shareRange: 'steps between players who share or teach (0: the same place)',
  spillAmount: 'pressure a breakdown spills to each neighbour',
  flowShield: 'flow cards still to be cancelled',
  trustActionsPerTurn: 'extra actions a turn bought with trust',
  coCreateTrust: 'trust a co-creation earns',
  caseTrust: 'trust a finished case earns',
  trustMax: 'the most trust the pool holds',
  breakdownTrustLoss: 'trust a breakdown costs',
  learnedWorth: 'cards a learned copy (a card someone taught you) counts for when you meet a need',
  coachTrust: 'trust a coach earns for the pool by teaching their own pattern',
  teachTrust: 'trust any teach earns for the pool',
};

/** The same rule numbers in Dutch, in the glossary's words (docs/rules.nl.md). */
const RULE_TEXT_NL: Record<string, string> = {
  actionsPerTurn: 'acties in een beurt',
  careAmount: 'druk die verzorgen wegneemt',
  teachCost: 'vertrouwen dat lesgeven kost',
  applyCost: 'kaarten om één behoefte te vervullen',
  applyDiscount: 'kaarten minder bij het vervullen van een behoefte (nooit minder dan 1 kaart)',
  handLimit: 'kaarten die je aan het einde van je beurt mag houden',
  drawPerTurn: 'kenniskaarten getrokken aan het einde van een beurt',
  studyDraw: 'kaarten die studeren van de kennisstapel trekt',
  travelRange: 'stappen die een reis mag gaan',
  shareRange: 'stappen tussen spelers die delen of lesgeven (0: dezelfde plek)',
  spillAmount: 'druk die een instorting naar elke buur laat overlopen',
  flowShield: 'gebeurteniskaarten die nog vervallen',
  trustActionsPerTurn: 'extra acties per beurt met vertrouwen',
  coCreateTrust: 'vertrouwen dat samen creëren oplevert',
  caseTrust: 'vertrouwen dat een afgeronde case oplevert',
  trustMax: 'het meeste vertrouwen dat de pot houdt',
  breakdownTrustLoss: 'vertrouwen dat een instorting kost',
};

const DIFFICULTY_NL: Record<string, string> = { intro: 'zacht', standard: 'standaard', hard: 'moeilijk' };

/** Names of the starting values in the tables, per language. */
const START_TEXT: Record<'en' | 'nl', Record<string, string>> = {
  en: { place: 'start place', trust: 'trust', crisisLimit: 'crisis limit', rateTrack: 'rate track', days: 'days', hand: 'hand', pressure: 'starting pressure', faceUp: 'face up', reflections: 'reflection pauses' },
  nl: { place: 'startplek', trust: 'vertrouwen', crisisLimit: 'crisisgrens', rateTrack: 'disruptietempo', days: 'dagen', hand: 'hand', pressure: 'startdruk', faceUp: 'open kaarten', reflections: 'reflectiepauzes' },
};

/**
 * The per-size settings of every scenario (its "sizes"): one row per scenario and table size
 * that differs from the scenario's own numbers, in the rulebook's words.
 */
function sizeTable(content: Content, lang: 'en' | 'nl'): string {
  const rows = lang === 'en' ? ['| scenario | players | differs from the table above |', '|---|---|---|'] : ['| scenario | spelers | anders dan in de tabel hierboven |', '|---|---|---|'];
  for (const s of content.scenarios.values()) {
    for (const [players, size] of Object.entries(s.sizes ?? {}).sort(([a], [b]) => Number(a) - Number(b))) {
      if (!size) continue;
      const changes = [
        ...Object.entries(size.start ?? {}).map(([k, v]) => `${START_TEXT[lang][k] ?? k} ${Array.isArray(v) ? v.join(lang === 'en' && k === 'pressure' ? ', ' : ' ') : v}`),
        ...Object.entries(size.rules ?? {}).map(([k, v]) => `${k} ${v}`),
      ];
      rows.push(`| \`${s.id}\` | ${players} | ${changes.join('; ') || '–'} |`);
    }
  }
  return rows.join('\n');
}

/** The generated tables of the Dutch rulebook (docs/rules.nl.md). */
export function rulebookTablesNl(content: Content): Record<string, string> {
  const rules = ['| regel | waarde | wat het telt |', '|---|---|---|'];
  for (const r of RULE_NAMES) rules.push(`| ${r} | ${DEFAULT_RULES[r]} | ${RULE_TEXT_NL[r]} |`);
  const scenarios = [
    '| scenario | moeilijkheid | spelers | stapels | vertrouwen | crisisgrens | disruptietempo | dagen | hand | startdruk | open kaarten | regelwijzigingen |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of content.scenarios.values()) {
    const changes = Object.entries(s.rules ?? {}).map(([k, v]) => `${k} ${v}`).join(', ') || '–';
    const target = s.target ? `; doel ${s.target.commons} commons` : '';
    scenarios.push(
      `| ${s.name.nl} (\`${s.id}\`) | ${DIFFICULTY_NL[s.difficulty] ?? s.difficulty} | ${s.players.min}–${s.players.max} | ${s.decks.join(', ')} | ${s.start.trust} | ${s.start.crisisLimit} | ${s.start.rateTrack.join(' ')} | ${s.start.days} | ${s.start.hand} | ${s.start.pressure.join(', ') || '–'} | ${s.start.faceUp} | ${changes}${target} |`,
    );
  }
  return { 'rule-numbers': rules.join('\n'), scenarios: scenarios.join('\n'), 'scenario-sizes': sizeTable(content, 'nl') };
}

export function rulebookTables(content: Content): Record<string, string> {
  const rules = ['| rule | value | what it counts |', '|---|---|---|'];
  for (const r of RULE_NAMES) rules.push(`| ${r} | ${DEFAULT_RULES[r]} | ${RULE_TEXT[r]} |`);

  const scenarios = [
    '| scenario | difficulty | players | decks | trust | crisis limit | rate track | days | hand | starting pressure | face up | rule changes |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of content.scenarios.values()) {
    const changes = Object.entries(s.rules ?? {}).map(([k, v]) => `${k} ${v}`).join(', ') || '–';
    const target = s.target ? `; target ${s.target.commons} commons` : '';
    scenarios.push(
      `| ${s.name.en} (\`${s.id}\`) | ${s.difficulty} | ${s.players.min}–${s.players.max} | ${s.decks.join(', ')} | ${s.start.trust} | ${s.start.crisisLimit} | ${s.start.rateTrack.join(' ')} | ${s.start.days} | ${s.start.hand} | ${s.start.pressure.join(', ') || '–'} | ${s.start.faceUp} | ${changes}${target} |`,
    );
  }
  return { 'rule-numbers': rules.join('\n'), scenarios: scenarios.join('\n'), 'scenario-sizes': sizeTable(content, 'en') };
}

/** Replaces the text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`. */
export function replaceSection(text: string, name: string, body: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/rules.md has no section ${name}`);
  return `${text.slice(0, i + begin.length)}\n${body}\n${text.slice(j)}`;
}
