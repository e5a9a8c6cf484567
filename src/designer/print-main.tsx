/** Entry of the print-and-play page (src/client/print.html): ?lang=nl|en, ?copies=one. */
import { createRoot } from 'react-dom/client';
import { loadDeck } from './deck-source.ts';
import { pageLanguage, wordsFor } from './i18n.ts';
import { PrintSheet } from './PrintSheet.tsx';
import './faces/faces.css';
import './print.css';

const root = createRoot(document.getElementById('root')!);
const lang = pageLanguage(location.search, navigator.languages);
const copies = new URLSearchParams(location.search).get('copies') === 'one' ? 'one' : 'each';

loadDeck(location.search).then(
  (deck) => root.render(<PrintSheet deck={deck} lang={lang} copies={copies} />),
  (err: Error) => {
    root.render(<p role="alert">{wordsFor(lang)('failed', { message: err.message })}</p>);
    document.body.dataset.error = err.message;
  },
);
