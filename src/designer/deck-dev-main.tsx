/** Entry of the deck workbench page (src/client/deck-dev.html), served by npm run deck:dev. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DeckDevPage } from './DeckDev.tsx';
import { pageLanguage } from './i18n.ts';
import './designer.css';
import './deck-dev.css';

const lang = pageLanguage(location.search, navigator.languages);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DeckDevPage initialLang={lang} />
  </StrictMode>,
);
