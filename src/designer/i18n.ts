/**
 * Interface words of the designer pages (/cards and /print) in Dutch and English. A small
 * i18next instance of their own, so these pages do not depend on the table client's set-up.
 */
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../content/schema.ts';

const en = {
  gallery: {
    title: 'Card gallery',
    intro: 'Every card of the deck as players see it. Filter by kind and pattern; problems in the deck are listed below.',
    language: 'Language',
    kinds: 'Kinds',
    patterns: 'Patterns',
    scenario: 'Scenario',
    allScenarios: 'all scenarios',
    search: 'Search',
    showing: 'Showing {{shown}} of {{total}} cards',
    none: 'No card matches these filters.',
    copies: '×{{count}}',
    decks: 'decks',
    source_server: 'Deck served by this server',
    source_bundled: 'Shipped deck (game-content)',
    print: 'Print-and-play sheet',
    clear: 'Show all',
  },
  kind: {
    knowledge: 'Knowledge',
    flow: 'Flow',
    case: 'Cases',
    role: 'Roles',
    transformation: 'Transformations',
    prompt: 'Prompts',
  },
  problems: {
    title: 'Problems in this deck',
    clean: 'No problems: the deck can be played.',
    summary: '{{errors}} errors, {{warnings}} warnings',
    error: 'error',
    warning: 'warning',
    unreadable: '{{file}} has errors, so its cards cannot be shown until they are fixed.',
    show: 'show card',
  },
  print: {
    title: 'Print and play',
    hint: 'A4, nine cards a page with cut marks. Print at 100 % (no “fit to page”).',
    button: 'Print',
    pages: '{{pages}} pages, {{cards}} cards',
    copies: 'Every copy',
    oneEach: 'One of each',
    errors: 'This deck has errors; only the cards that could be read are printed.',
    hintSheet: 'A4, {{count}} cards a page with {{bleed}} mm bleed and crop marks. Print at 100 % (no “fit to page”).',
    hintCard: 'One card per page ({{width}} × {{height}} mm with {{bleed}} mm bleed), as print services take them.',
    hintTts: 'Tabletop Simulator deck sheets: 10 × 7 cards, the last slot the back of hidden cards.',
    back: 'School of Commons',
  },
  dev: {
    title: 'Deck workbench',
    watching: 'Watching {{dir}}: every save updates this page.',
    connecting: 'Connecting to deck:dev…',
    lost: 'The connection to deck:dev is lost; it comes back by itself when deck:dev runs again.',
    good: 'Saved {{time}}: the deck plays.',
    broken: 'The last save ({{time}}) has errors: fix them and save. The cards and the table show the last good deck ({{good}}).',
    brokenNoGood: 'The deck has errors and there is no good version yet: fix them and save.',
    cards: 'Cards',
    table: 'Hot-seat table',
    scenario: 'Scenario',
    players: 'Players',
    newTable: 'New table',
    language: 'Language',
  },
  loading: 'Loading the deck…',
  failed: 'The deck could not be loaded: {{message}}',
};

const nl: typeof en = {
  gallery: {
    title: 'Kaartengalerij',
    intro: 'Elke kaart van het spel zoals spelers ze zien. Filter op soort en patroon; problemen in het spel staan hieronder.',
    language: 'Taal',
    kinds: 'Soorten',
    patterns: 'Patronen',
    scenario: 'Scenario',
    allScenarios: 'alle scenario’s',
    search: 'Zoeken',
    showing: '{{shown}} van {{total}} kaarten',
    none: 'Geen kaart past bij deze filters.',
    copies: '×{{count}}',
    decks: 'stapels',
    source_server: 'Spel van deze server',
    source_bundled: 'Meegeleverd spel (game-content)',
    print: 'Print-en-speel-vel',
    clear: 'Toon alles',
  },
  kind: {
    knowledge: 'Kennis',
    flow: 'Gebeurtenissen',
    case: 'Cases',
    role: 'Rollen',
    transformation: 'Transformaties',
    prompt: 'Reflectievragen',
  },
  problems: {
    title: 'Problemen in dit spel',
    clean: 'Geen problemen: het spel kan gespeeld worden.',
    summary: '{{errors}} fouten, {{warnings}} waarschuwingen',
    error: 'fout',
    warning: 'waarschuwing',
    unreadable: '{{file}} bevat fouten; de kaarten ervan verschijnen zodra die opgelost zijn.',
    show: 'toon kaart',
  },
  print: {
    title: 'Printen en spelen',
    hint: 'A4, negen kaarten per blad met snijtekens. Print op 100 % (niet “aanpassen aan pagina”).',
    button: 'Printen',
    pages: '{{pages}} bladen, {{cards}} kaarten',
    copies: 'Elk exemplaar',
    oneEach: 'Eén van elk',
    errors: 'Dit spel bevat fouten; alleen de kaarten die gelezen konden worden, worden geprint.',
    hintSheet: 'A4, {{count}} kaarten per blad met {{bleed}} mm afloop en snijtekens. Print op 100 % (niet “aanpassen aan pagina”).',
    hintCard: 'Eén kaart per pagina ({{width}} × {{height}} mm met {{bleed}} mm afloop), zoals drukkerijen ze vragen.',
    hintTts: 'Kaartvellen voor Tabletop Simulator: 10 × 7 kaarten, het laatste vak de achterkant van verborgen kaarten.',
    back: 'School of Commons',
  },
  dev: {
    title: 'Werkbank voor het spel',
    watching: 'Volgt {{dir}}: elke keer opslaan werkt deze pagina bij.',
    connecting: 'Verbinden met deck:dev…',
    lost: 'De verbinding met deck:dev is weg; ze komt vanzelf terug zodra deck:dev weer draait.',
    good: 'Opgeslagen {{time}}: het spel is speelbaar.',
    broken: 'De laatste versie ({{time}}) bevat fouten: los ze op en sla opnieuw op. De kaarten en de tafel tonen de laatste goede versie ({{good}}).',
    brokenNoGood: 'Het spel bevat fouten en er is nog geen goede versie: los ze op en sla opnieuw op.',
    cards: 'Kaarten',
    table: 'Tafel (hot-seat)',
    scenario: 'Scenario',
    players: 'Spelers',
    newTable: 'Nieuwe tafel',
    language: 'Taal',
  },
  loading: 'Het spel wordt geladen…',
  failed: 'Het spel kon niet geladen worden: {{message}}',
};

const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en }, nl: { translation: nl } }, lng: 'nl', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });

/** The words in one language. */
export function wordsFor(lang: Language): TFunction {
  return i18n.getFixedT(lang);
}

/** The language a page asks for with ?lang=, else the browser's, else Dutch. */
export function pageLanguage(search: string, browser: readonly string[] = []): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'nl' || asked === 'en') return asked;
  for (const l of browser) {
    if (l.startsWith('nl')) return 'nl';
    if (l.startsWith('en')) return 'en';
  }
  return 'nl';
}
