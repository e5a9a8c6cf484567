/** Entry of the table client (src/client/index.html). */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '../designer/faces/faces.css';
import './styles/table.css';
import { App } from './app/App.tsx';
import { chooseLanguage, createI18n, LANGUAGE_KEY, setLanguage } from './i18n/index.ts';
import { preload } from './app/pages.ts';
import { parseRoute } from './app/route.ts';
import { readMatchAhead, readTableAhead } from './lobby/api.ts';
import { heldSeat } from './lobby/seats.ts';
import { takeEarlyJoin } from './lobby/early-join.ts';
import { readSeatHash } from './mytables/carry.ts';

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

const lang = chooseLanguage(location.search, remembered(), navigator.languages);
const i18n = createI18n(lang);
setLanguage(i18n, lang);
// The page renders at once: the join page needs no deck, and every other page loads the deck and
// its own code side by side (app/pages.ts). A join link's table record is asked for now, beside
// React's first render, not after it. A personal seat link (/join/CODE#seat=…) goes straight on
// to its table, so the table's code starts now too.
const route = parseRoute(location.pathname, location.search);
preload(route.page === 'join' && readSeatHash(location.hash) ? 'table' : route.page);
if (route.page === 'join') readTableAhead(route.code);
// A table's page reads its record first; a seat carried in a turn notice's link (or held from
// before without it) has no code, which the record is asked by: the code is asked for first.
if (route.page === 'table') {
  const held = heldSeat(route.matchID);
  if (held?.code) readTableAhead(held.code);
  else if (held || readSeatHash(location.hash)) readMatchAhead(route.matchID);
}
// A join link's page comes with its form in the HTML: what was typed or pressed there goes on.
// The first render happens at once (flushSync), in this same task, so that nothing typed falls
// between reading that form and replacing it.
takeEarlyJoin();
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    // No StrictMode: its double effects would start and stop the match's connection twice.
    <I18nextProvider i18n={i18n}>
      <App i18n={i18n} />
    </I18nextProvider>,
  ),
);
