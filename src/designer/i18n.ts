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
