/**
 * /rules: the rulebook in the reader's language, the very text of docs/rules.md or
 * docs/rules.nl.md (bundled at build time); /rules/quick: the one-page quick reference.
 * Loaded as a separate chunk, so a table does not carry the rulebook until it is opened.
 */
import { useTranslation } from 'react-i18next';
import rulesEn from '../../../docs/rules.md?raw';
import rulesNl from '../../../docs/rules.nl.md?raw';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/schema.ts';
import { renderMarkdown } from './markdown.tsx';
import { QuickReference } from './QuickReference.tsx';
import './rules.css';

export default function RulesPage({ lang, content, quick }: { lang: Language; content: Content; quick: boolean }) {
  const { t } = useTranslation();
  if (quick) return <QuickReference lang={lang} content={content} />;
  return (
    <main id="main" className="soc-rules" lang={lang}>
      <nav className="soc-rules__tools" aria-label={t('rules.title')}>
        <a className="soc-button" href={`/rules/quick?lang=${lang}`} data-quick-link>
          {t('rules.quick')}
        </a>
        <button type="button" className="soc-button soc-button--quiet" onClick={() => window.print()}>
          {t('rules.print')}
        </button>
      </nav>
      <article className="soc-rules__book">{renderMarkdown(lang === 'nl' ? rulesNl : rulesEn)}</article>
    </main>
  );
}
