/**
 * The card gallery (/cards): every card of the deck as players see it, filterable by kind,
 * pattern, scenario and words, with the deck's problems listed and marked on their cards.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Language, Pattern } from '../content/schema.ts';
import { deckCards, cardKeyOf, KINDS, unreadableFiles } from './cards.ts';
import { CardFace } from './CardFace.tsx';
import type { LoadedDeck } from './deck-source.ts';
import { PatternMark } from './faces/index.ts';
import { applyFilters, readFilters, writeFilters, type Filters } from './filters.ts';
import { wordsFor } from './i18n.ts';
import { ProblemList } from './ProblemList.tsx';

export interface GalleryProps {
  deck: LoadedDeck;
  initialSearch: string;
  initialLang: Language;
  /** Called when the filters change, with the new query string (the page keeps it in the address). */
  onFilters?(query: string): void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function Gallery({ deck, initialSearch, initialLang, onFilters }: GalleryProps) {
  const [filters, setFilters] = useState<Filters>(() => readFilters(initialSearch, initialLang));
  const [flash, setFlash] = useState<string | null>(null);
  const { raw, problems } = deck.check;
  const t = useMemo(() => wordsFor(filters.lang), [filters.lang]);
  const lang = filters.lang;
  const patterns: readonly Pattern[] = raw.patterns?.patterns ?? [];
  const cards = useMemo(() => deckCards(raw), [raw]);
  const shown = useMemo(() => applyFilters(cards, filters, raw), [cards, filters, raw]);
  const shownKeys = useMemo(() => new Set(shown.map((c) => c.key)), [shown]);
  const problemsByCard = useMemo(() => {
    const map = new Map<string, typeof problems>();
    for (const p of problems) {
      const key = cardKeyOf(p);
      if (key) map.set(key, [...(map.get(key) ?? []), p]);
    }
    return map;
  }, [problems]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('gallery.title')} · School of Commons`;
    onFilters?.(writeFilters(filters, ''));
  }, [filters, lang, t, onFilters]);

  const showCard = (key: string) => {
    document.getElementById(`card-${key}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    setFlash(key);
  };

  return (
    <main className="dz-page">
      <header className="dz-header">
        <h1>{t('gallery.title')}</h1>
        <p>{t('gallery.intro')}</p>
        <p className="dz-source">
          {t(`gallery.source_${deck.source}`)} · <a href={`print.html?lang=${lang}`}>{t('gallery.print')}</a>
        </p>
      </header>

      <form className="dz-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('gallery.title')}>
        <fieldset>
          <legend>{t('gallery.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <label key={l} className="dz-chip">
              <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => setFilters({ ...filters, lang: l })} /> {l.toUpperCase()}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('gallery.kinds')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="dz-chip">
              <input type="checkbox" name="kind" value={k} checked={filters.kinds.includes(k)} onChange={() => setFilters({ ...filters, kinds: toggle(filters.kinds, k) })} />{' '}
              {t(`kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('gallery.patterns')}</legend>
          {patterns.map((p) => (
            <label key={p.id} className="dz-chip">
              <input type="checkbox" name="pattern" value={p.id} checked={filters.patterns.includes(p.id)} onChange={() => setFilters({ ...filters, patterns: toggle(filters.patterns, p.id) })} />{' '}
              <PatternMark pattern={p} lang={lang} named />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('gallery.scenario')}</legend>
          <select name="scenario" value={filters.scenario} onChange={(e) => setFilters({ ...filters, scenario: e.target.value })} aria-label={t('gallery.scenario')}>
            <option value="">{t('gallery.allScenarios')}</option>
            {(raw.scenarios?.scenarios ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name[lang]}
              </option>
            ))}
          </select>
          <label className="dz-search">
            {t('gallery.search')} <input type="search" name="q" value={filters.search} onChange={(e) => setFilters({ ...filters, search: e.target.value })} />
          </label>
          <button type="button" className="dz-link" onClick={() => setFilters({ ...filters, kinds: [], patterns: [], scenario: '', search: '' })}>
            {t('gallery.clear')}
          </button>
        </fieldset>
      </form>

      <ProblemList problems={problems} t={t} shown={shownKeys} onShow={showCard} />
      {unreadableFiles(raw).map((file) => (
        <p key={file} className="dz-unreadable" role="status">
          {t('problems.unreadable', { file })}
        </p>
      ))}

      <p className="dz-count" role="status" data-shown={shown.length} data-total={cards.length}>
        {t('gallery.showing', { shown: shown.length, total: cards.length })}
      </p>
      {shown.length === 0 && <p>{t('gallery.none')}</p>}
      <ul className="dz-grid">
        {shown.map((card) => {
          const own = problemsByCard.get(card.key) ?? [];
          const worst = own.some((p) => p.severity === 'error') ? 'error' : own.length > 0 ? 'warning' : '';
          return (
            <li
              key={card.key}
              id={`card-${card.key}`}
              className={`dz-cell${worst ? ` dz-cell--${worst}` : ''}${flash === card.key ? ' dz-cell--flash' : ''}`}
              data-kind={card.kind}
              data-id={card.item.id}
            >
              <CardFace card={card} lang={lang} patterns={patterns} raw={raw} />
              <div className="dz-meta">
                <code>{card.item.id}</code>
                {card.copies > 1 && <span> {t('gallery.copies', { count: card.copies })}</span>}
                {card.decks.length > 0 && (
                  <span>
                    {' '}
                    · {t('gallery.decks')}: {card.decks.join(', ')}
                  </span>
                )}
              </div>
              {own.length > 0 && (
                <ul className="dz-meta dz-meta--problems">
                  {own.map((p, i) => (
                    <li key={i}>
                      {p.file}:{p.line}:{p.column} {p.message}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </main>
  );
}
