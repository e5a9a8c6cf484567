/**
 * Which language a page is read in, chosen the same way by the client (i18n/index.ts) and by the
 * server for a join link's page (http/client-pages.ts): ?lang=, then the choice remembered in
 * the browser, then the browser's own languages in its order of preference, and Dutch by default
 * (the programme runs in the Netherlands).
 */
import type { Language } from '../content/names.ts';

export function chooseLanguage(search: string, remembered: string | null, browser: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'nl' || asked === 'en') return asked;
  if (remembered === 'nl' || remembered === 'en') return remembered;
  for (const l of browser) {
    if (l.toLowerCase().startsWith('nl')) return 'nl';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'nl';
}
