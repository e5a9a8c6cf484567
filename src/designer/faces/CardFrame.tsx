/**
 * The frame every card face shares: a band with what kind of card it is, the title, the body
 * and a footer line. Sized 63 × 88 mm by default (a standard playing card); the text scales
 * with the card's width, so a hand, the gallery and the print sheet use one layout.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { CardKind } from './labels.ts';

export interface CardFrameProps {
  kind: CardKind;
  /** The band's label, e.g. "Knowledge" or "Flow · Pressure". */
  label: string;
  /** Shown at the right of the band: a pattern mark or a kind symbol. */
  mark?: ReactNode;
  title: string;
  /** The accent colour (a pattern's colour), if the card belongs to one pattern. */
  accent?: string;
  children?: ReactNode;
  footer?: ReactNode;
  /** Where the card comes from, for screen readers and tests (e.g. "knowledge/crowdfunding"). */
  cardId?: string;
  lang: string;
}

export function CardFrame({ kind, label, mark, title, accent, children, footer, cardId, lang }: CardFrameProps) {
  const style = accent ? ({ '--soc-accent': accent } as CSSProperties) : undefined;
  return (
    <article className={`soc-card soc-card--${kind}`} style={style} data-card={cardId} lang={lang} aria-label={`${label}: ${title}`}>
      <header className="soc-card__band">
        <span className="soc-card__label">{label}</span>
        {mark && <span className="soc-card__mark">{mark}</span>}
      </header>
      <h3 className="soc-card__title">{title}</h3>
      <div className="soc-card__body">{children}</div>
      {footer ? <footer className="soc-card__footer">{footer}</footer> : null}
    </article>
  );
}
