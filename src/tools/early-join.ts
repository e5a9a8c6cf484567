/**
 * The join page before its code has come: a Vite plugin that writes join-en.html and
 * join-nl.html beside index.html, each with the join form already in the page, in the words of
 * the client's translations. On a slow phone the app's code takes a couple of seconds to arrive
 * and start; the form in the HTML can be read, filled in and sent from the first paint.
 *
 * A small script in the page (allowed by its hash in the server's Content-Security-Policy)
 * puts the table's code in the title, fills in the name this browser used before, hides the
 * form for a personal seat link (which goes straight on to its table), and sends the join when
 * Join is pressed (the same request as the app's). The app takes over as it starts
 * (client/lobby/early-join.ts): the name typed so far, the focus, and a join already sent,
 * whose answer it reads: the seat, or the problem, said in the app's form. The markup is the app's own
 * header and join form (App.tsx, JoinPage.tsx), so nothing moves when the app replaces it.
 */
import type { Plugin } from 'vite';
import type { Language } from '../content/names.ts';
import { createI18n } from '../client/i18n/index.ts';

export const EARLY_JOIN_LANGUAGES: readonly Language[] = ['en', 'nl'];

/** The page's own script: plain JavaScript, run as the page is read, before any module. */
export const EARLY_JOIN_SCRIPT = `(function () {
  var page = document.querySelector('[data-early-join]');
  if (!page) return;
  var code = decodeURIComponent(location.pathname.split('/')[2] || '').toUpperCase();
  var title = page.querySelector('h1');
  title.textContent = title.getAttribute('data-title').replace('{{code}}', code);
  if (/(^#|&)seat=/.test(location.hash)) {
    page.hidden = true;
    return;
  }
  var form = page.querySelector('form');
  var name = form.elements.namedItem('name');
  try {
    name.value = localStorage.getItem('soc:name') || '';
  } catch (e) {}
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var sent = fetch('/api/tables/' + location.pathname.split('/')[2] + '/join', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ name: name.value.trim() })
    });
    // The app reads the answer, and says what went wrong if anything did.
    sent.catch(function () {});
    window.__socEarlyJoin = { name: name.value.trim(), answer: sent };
    form.querySelector('button[type="submit"]').disabled = true;
  });
})();`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The header and the join form as the app draws them, in `lang`. */
export function earlyJoinMarkup(lang: Language): string {
  const i18n = createI18n(lang);
  const t = (key: string, options?: Record<string, unknown>) => escapeHtml(i18n.t(key, options));
  // In the header's order (App.tsx): Dutch first.
  const languages = (['nl', 'en'] as const).map(
    (l) =>
      `<label class="${l === lang ? 'soc-lang__choice soc-lang__choice--on' : 'soc-lang__choice'}"><input type="radio" name="soc-lang" value="${l}"${l === lang ? ' checked' : ''}><span lang="${l}">${l.toUpperCase()}</span></label>`,
  ).join('');
  return [
    '<div class="soc-app">',
    `<a class="soc-skip" href="#main">${t('app.skip')}</a>`,
    `<header class="soc-header"><a class="soc-header__title" href="/"><span aria-hidden="true">◎ </span>${t('app.title')}</a>`,
    `<nav class="soc-header__tools" aria-label="${t('table.menu')}">`,
    `<a class="soc-header__link" href="/tables">${t('away.mytables.link')}</a>`,
    `<a class="soc-header__link" href="/rules?lang=${lang}" target="_blank" rel="noopener">${t('rules.link')}</a>`,
    `<a class="soc-header__link" href="/cards?lang=${lang}">${t('app.cards')}</a>`,
    `<fieldset class="soc-lang"><legend class="soc-visually-hidden">${t('app.language')}</legend>${languages}</fieldset>`,
    '</nav></header>',
    // The title's code comes from the address (the script); until then it reads without one.
    `<main id="main" class="soc-join" data-early-join><h1 data-title="${t('lobby.joining', { code: '{{code}}', interpolation: { skipOnVariables: true } })}">${t('lobby.joining', { code: '' }).trim()}</h1>`,
    '<form class="soc-panel" data-form="join-early">',
    `<label for="early-join-name">${t('lobby.yourName')}</label><input id="early-join-name" name="name" required maxlength="24" autocomplete="nickname">`,
    `<label for="early-join-seat">${t('lobby.seat')}</label><select id="early-join-seat" name="seat"><option value="any">${t('lobby.anySeat')}</option></select>`,
    `<button type="submit" class="soc-button soc-button--primary">${t('lobby.join')}</button>`,
    '</form>',
    `<p><a href="/">${t('app.home')}</a></p>`,
    '</main></div>',
  ].join('');
}

/** index.html with the early join page in its root, its script after it, in `lang`. */
export function earlyJoinPage(indexHtml: string, lang: Language): string {
  const root = '<div id="root"></div>';
  if (!indexHtml.includes(root)) throw new Error(`index.html has no ${root} to put the join form in`);
  return indexHtml.replace(/<html lang="[a-z]+"/, `<html lang="${lang}"`).replace(root, `<div id="root">${earlyJoinMarkup(lang)}</div>\n    <script>${EARLY_JOIN_SCRIPT}</script>`);
}

export function earlyJoinPages(): Plugin {
  return {
    name: 'soc-early-join',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      for (const lang of EARLY_JOIN_LANGUAGES) {
        this.emitFile({ type: 'asset', fileName: `join-${lang}.html`, source: earlyJoinPage(String(index.source), lang) });
      }
    },
  };
}
