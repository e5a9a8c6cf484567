/**
 * The client's translations: react-i18next over one i18next instance. The language is chosen
 * as the server chooses it (protocol/language.ts): ?lang=, then the choice remembered in this
 * browser, then the browser's own languages, and Dutch by default.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../content/schema.ts';
import { awayEn, awayNl } from '../chat/words.ts';
import { roomEn, roomNl, roomRefused } from '../room/words.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { withSessions } from '../session/i18n.ts';

export { chooseLanguage } from '../../protocol/language.ts';

export const LANGUAGE_KEY = 'soc:lang';

export function createI18n(lang: Language) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: {
      en: { translation: withSessions({ ...en, away: awayEn, room: roomEn, errors: { ...en.errors, ...roomEn.errors }, refused: { ...en.refused, notStarted: roomRefused.en } }, 'en') },
      nl: { translation: withSessions({ ...nl, away: awayNl, room: roomNl, errors: { ...nl.errors, ...roomNl.errors }, refused: { ...nl.refused, notStarted: roomRefused.nl } }, 'nl') },
    },
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

/** Switches the language, remembers it and tells assistive technology (html lang). */
export function setLanguage(i18n: ReturnType<typeof createI18n>, lang: Language, storage?: Pick<Storage, 'setItem'>) {
  void i18n.changeLanguage(lang);
  try {
    storage?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
