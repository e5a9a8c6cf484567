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
import { openTableAhead } from './room/table-parts.ts';

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

// The page renders at once: the join page needs no deck, and every other page loads the deck and
// its own code side by side (app/pages.ts). The records a page reads first are asked for before
// its code: each is small, and the page can do nothing until it has them, so it should not wait
// behind the code on a slow line. A join link's table record is asked for now, beside React's
// first render, not after it. A table's page reads its record first; a seat carried in a turn
// notice's link (or held from before without it) has no code, and its record is asked for by
// the match's ID. Where the seat (or, watching, the match) is known, the table's socket opens now
// too (room/table-parts.ts): its round trips then overlap the table's code coming.
const route = parseRoute(location.pathname, location.search);
const carried = readSeatHash(location.hash);
if (route.page === 'join') {
  const table = readTableAhead(route.code);
  // A personal seat link (/join/CODE#seat=…) goes straight on to its table.
  if (carried) table.then((t) => openTableAhead(t.matchID, carried), () => undefined);
}
if (route.page === 'watch') readTableAhead(route.code).then((t) => openTableAhead(t.matchID), () => undefined);
if (route.page === 'table') {
  const held = heldSeat(route.matchID);
  const seat = carried ?? held;
  if (held?.code) readTableAhead(held.code);
  else if (seat) readMatchAhead(route.matchID);
  if (seat) openTableAhead(route.matchID, { playerID: seat.playerID, credentials: seat.credentials });
}
// A personal seat link goes straight on to its table, so the table's code starts now too.
preload(route.page === 'join' && carried ? 'table' : route.page);
const lang = chooseLanguage(location.search, remembered(), navigator.languages);
const i18n = createI18n(lang);
setLanguage(i18n, lang);
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
