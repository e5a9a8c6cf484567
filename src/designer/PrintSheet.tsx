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
import { cutLines, MARGIN, pages, printedCards, SHEET } from './sheets.ts';

export interface PrintSheetProps {
  deck: LoadedDeck;
  lang: Language;
  copies: 'each' | 'one';
}

/** Short marks in the margins at every card edge, so the sheet is cut without guessing. */
function CutMarks() {
  const { xs, ys } = cutLines();
  const len = 5;
  const gap = 1;
  const top = MARGIN.y;
  const bottom = MARGIN.y + SHEET.rows * SHEET.card.height;
  const left = MARGIN.x;
  const right = MARGIN.x + SHEET.columns * SHEET.card.width;
  return (
    <svg className="pp-marks" viewBox={`0 0 ${SHEET.width} ${SHEET.height}`} width={`${SHEET.width}mm`} height={`${SHEET.height}mm`} aria-hidden="true">
      {xs.map((x) => (
        <g key={`x${x}`}>
          <line x1={x} y1={top - gap - len} x2={x} y2={top - gap} />
          <line x1={x} y1={bottom + gap} x2={x} y2={bottom + gap + len} />
        </g>
      ))}
      {ys.map((y) => (
        <g key={`y${y}`}>
          <line x1={left - gap - len} y1={y} x2={left - gap} y2={y} />
          <line x1={right + gap} y1={y} x2={right + gap + len} y2={y} />
        </g>
      ))}
    </svg>
  );
}

export function PrintSheet({ deck, lang, copies }: PrintSheetProps) {
  const t = useMemo(() => wordsFor(lang), [lang]);
  const { raw, ok } = deck.check;
  const patterns: readonly Pattern[] = raw.patterns?.patterns ?? [];
  const printed = useMemo(() => printedCards(deckCards(raw), copies), [raw, copies]);
  const sheets = pages(printed);

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
  return (
    <main>
      <header className="pp-toolbar">
        <h1>{t('print.title')}</h1>
        <p>{t('print.hint')}</p>
        <p>
          {t('print.pages', { pages: sheets.length, cards: printed.length })} ·{' '}
          <a href={`?lang=${other}${copies === 'one' ? '&copies=one' : ''}`}>{other.toUpperCase()}</a> ·{' '}
          <a href={`?lang=${lang}${copies === 'one' ? '' : '&copies=one'}`}>{copies === 'one' ? t('print.copies') : t('print.oneEach')}</a>{' '}
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
          <CutMarks />
          <div className="pp-grid">
            {sheet.map(({ card, copy }) => (
              <div className="pp-slot" key={`${card.key}/${copy}`}>
                <CardFace card={card} lang={lang} patterns={patterns} raw={raw} />
              </div>
            ))}
          </div>
        </section>
      ))}
    </main>
  );
}
