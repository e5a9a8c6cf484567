/** Entry of the table client (src/client/index.html). */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '../designer/faces/faces.css';
import './styles/table.css';
import { App } from './app/App.tsx';
import { chooseLanguage, createI18n, LANGUAGE_KEY, setLanguage } from './i18n/index.ts';
import { loadTableContent } from './table/content.ts';

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
const root = createRoot(document.getElementById('root')!);
root.render(<p className="soc-boot">{i18n.t('app.loading')}</p>);

loadTableContent().then(
  (content) =>
    root.render(
      // No StrictMode: its double effects would start and stop the match's connection twice.
      <I18nextProvider i18n={i18n}>
        <App content={content} i18n={i18n} />
      </I18nextProvider>,
    ),
  // A deck that cannot be read gets a sentence, never a blank page.
  (err: Error) => root.render(<p className="soc-boot" role="alert">{i18n.t('errors.content', { message: err.message })}</p>),
);
