/** Entry of the card gallery page (src/client/cards.html). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDeck } from './deck-source.ts';
import { Gallery } from './Gallery.tsx';
import { pageLanguage, wordsFor } from './i18n.ts';
import './faces/faces.css';
import './designer.css';

const root = createRoot(document.getElementById('root')!);
const lang = pageLanguage(location.search, navigator.languages);
const keepInAddress = (query: string) => history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);

root.render(<p className="dz-page">{wordsFor(lang)('loading')}</p>);
loadDeck(location.search).then(
  (deck) =>
    root.render(
      <StrictMode>
        <Gallery deck={deck} initialSearch={location.search} initialLang={lang} onFilters={keepInAddress} />
      </StrictMode>,
    ),
  // Even a deck that cannot be fetched gets a sentence, never a blank page or a stack trace.
  (err: Error) => root.render(<p className="dz-page" role="alert">{wordsFor(lang)('failed', { message: err.message })}</p>),
);
