/**
 * The print-and-play sheet (/print): every card on A4 pages, nine to a page with cut marks,
 * in the language of ?lang=. The toolbar shows on screen only. When the cards are laid out
 * and the fonts loaded, the page says so on <body data-ready> for deck:pdf.
 */
import { useEffect, useMemo } from 'react';
import type { Language, Pattern } from '../content/schema.ts';
import { deckCards } from './cards.ts';
import { CardFace } from './CardFace.tsx';
import type { LoadedDeck } from './deck-source.ts';
import { wordsFor } from './i18n.ts';
import { DEFAULT_PRINT, geometry, pages, printedCards, type Geometry, type PrintOptions } from './sheets.ts';

export interface PrintSheetProps {
  deck: LoadedDeck;
  lang: Language;
  copies: 'each' | 'one';
  print?: PrintOptions;
}

/** Crop marks in the margins at every cut, so the sheet is cut without guessing. */
function CropMarks({ g }: { g: Geometry }) {
  if (g.marks.length === 0) return null;
  return (
    <svg className="pp-marks" viewBox={`0 0 ${g.page.width} ${g.page.height}`} width={`${g.page.width}mm`} height={`${g.page.height}mm`} aria-hidden="true">
      {g.marks.map(([x1, y1, x2, y2]) => (
        <line key={`${x1},${y1},${x2},${y2}`} x1={x1} y1={y1} x2={x2} y2={y2} />
      ))}
    </svg>
  );
}

/** The page size and grid of the layout: @page cannot take CSS variables, so it is written here. */
function LayoutStyle({ g }: { g: Geometry }) {
  const css = `@page { size: ${g.page.width}mm ${g.page.height}mm; margin: 0; }
.pp-page { width: ${g.page.width}mm; height: ${g.page.height}mm; }
.pp-grid { left: ${g.origin.x}mm; top: ${g.origin.y}mm; grid-template-columns: repeat(${g.columns}, ${g.slot.width}mm); grid-auto-rows: ${g.slot.height}mm; }
.pp-slot { --pp-bleed: ${g.bleed}mm; width: ${g.slot.width}mm; height: ${g.slot.height}mm; }`;
  return <style>{css}</style>;
}

/** The back TTS shows for a card in someone else's hand (the last slot of a sheet). */
function HiddenBack({ title }: { title: string }) {
  return (
    <div className="pp-back">
      <span>{title}</span>
    </div>
  );
}

export function PrintSheet({ deck, lang, copies, print = DEFAULT_PRINT }: PrintSheetProps) {
  const g = useMemo(() => geometry(print), [print]);
  const t = useMemo(() => wordsFor(lang), [lang]);
  const { raw, ok } = deck.check;
  const patterns: readonly Pattern[] = raw.patterns?.patterns ?? [];
  const printed = useMemo(() => printedCards(deckCards(raw), copies), [raw, copies]);
  const sheets = pages(printed, g.perPage);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('print.title')} · School of Commons`;
    let live = true;
    // Ready once fonts are in: a PDF made earlier could lay text out in a fallback font.
    void document.fonts.ready.then(() => {
      if (!live) return;
      document.body.dataset.pages = String(sheets.length);
      document.body.dataset.cards = String(printed.length);
      document.body.dataset.ready = 'true';
    });
    return () => {
      live = false;
    };
  }, [lang, t, sheets.length, printed.length]);

  const other = lang === 'nl' ? 'en' : 'nl';
  /** This page's address with some parameters changed (null: left out). */
  const link = (change: Record<string, string | null>) => {
    const q = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
    for (const [k, v] of Object.entries(change)) {
      if (v === null) q.delete(k);
      else q.set(k, v);
    }
    return `?${q.toString()}`;
  };
  return (
    <main className={`pp-layout-${print.layout}${g.bleed > 0 ? ' pp-bleed' : ''}`}>
      <LayoutStyle g={g} />
      <header className="pp-toolbar">
        <h1>{t('print.title')}</h1>
        <p>
          {print.layout === 'tts'
            ? t('print.hintTts')
            : print.layout === 'card'
              ? t('print.hintCard', { width: g.slot.width, height: g.slot.height, bleed: g.bleed })
              : g.bleed === 0
                ? t('print.hint')
                : t('print.hintSheet', { count: g.perPage, bleed: g.bleed })}
        </p>
        <p>
          {t('print.pages', { pages: sheets.length, cards: printed.length })} ·{' '}
          <a href={link({ lang: other })}>{other.toUpperCase()}</a> ·{' '}
          <a href={link({ copies: copies === 'one' ? null : 'one' })}>{copies === 'one' ? t('print.copies') : t('print.oneEach')}</a>{' '}
          <button type="button" onClick={() => window.print()}>
            {t('print.button')}
          </button>
        </p>
        {!ok && <p role="alert">{t('print.errors')}</p>}
      </header>
      {sheets.map((sheet, i) => (
        <section className="pp-page" key={i} aria-labelledby={`pp-page-${i + 1}`}>
          <h2 className="pp-hidden" id={`pp-page-${i + 1}`}>
            {i + 1} / {sheets.length}
          </h2>
          <CropMarks g={g} />
          <div className="pp-grid">
            {sheet.map(({ card, copy }) => (
              <div className="pp-slot" key={`${card.key}/${copy}`}>
                <CardFace card={card} lang={lang} patterns={patterns} raw={raw} />
              </div>
            ))}
            {print.layout === 'tts' && (
              <div className="pp-slot pp-slot--hidden" style={{ gridColumn: g.columns, gridRow: g.rows }}>
                <HiddenBack title={t('print.back')} />
              </div>
            )}
          </div>
        </section>
      ))}
    </main>
  );
}
