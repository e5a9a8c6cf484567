/** Entry of the print-and-play page (src/client/print.html): ?lang=nl|en, ?copies=one, ?layout=sheet|card|tts, ?bleed=3 (mm), ?marks=0|1. */
import { createRoot } from 'react-dom/client';
import { loadDeck } from './deck-source.ts';
import { pageLanguage, wordsFor } from './i18n.ts';
import { PrintSheet } from './PrintSheet.tsx';
import { printOptions } from './sheets.ts';
import './faces/faces.css';
import './print.css';

const root = createRoot(document.getElementById('root')!);
const lang = pageLanguage(location.search, navigator.languages);
const query = new URLSearchParams(location.search);
const copies = query.get('copies') === 'one' ? 'one' : 'each';
const print = printOptions(query);

loadDeck(location.search).then(
  (deck) => root.render(<PrintSheet deck={deck} lang={lang} copies={copies} print={print} />),
  (err: Error) => {
    root.render(<p role="alert">{wordsFor(lang)('failed', { message: err.message })}</p>);
    document.body.dataset.error = err.message;
  },
);
