/**
 * The way to the rules from every page: a link in the header that opens /rules in a new tab
 * (a table in play stays where it is), and on a table the "?" key does the same.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/schema.ts';

function rulesPath(lang: Language): string {
  return `/rules?lang=${lang}`;
}

export function RulesLink({ lang, onTable }: { lang: Language; onTable: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!onTable) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      window.open(rulesPath(lang), '_blank', 'noopener');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lang, onTable]);
  return (
    <a
      className="soc-header__link"
      href={rulesPath(lang)}
      target="_blank"
      rel="noopener"
      data-rules-link
      aria-keyshortcuts={onTable ? '?' : undefined}
      title={onTable ? t('rules.keyHint') : undefined}
    >
      {t('rules.link')}
    </a>
  );
}
