/**
 * A pattern told apart three ways at once: its colour, its icon and its letter, so cards
 * read the same for colour-blind players and on a black-and-white print.
 */
import type { CSSProperties } from 'react';
import type { Language, Pattern } from '../../content/schema.ts';

export interface PatternMarkProps {
  pattern: Pattern;
  lang: Language;
  /** Show the pattern's name beside the mark. */
  named?: boolean;
  /** A count after the mark, e.g. the needs of a case ("×2"). */
  count?: number;
}

export function PatternMark({ pattern, lang, named = false, count }: PatternMarkProps) {
  const style = { '--soc-pattern': pattern.color } as CSSProperties;
  const name = pattern.name[lang];
  return (
    <span className="soc-mark" style={style} title={name} aria-label={count ? `${count} × ${name}` : name} role="img">
      <span className="soc-mark__badge" aria-hidden="true">
        <span className="soc-mark__icon">{pattern.icon}</span>
        <span className="soc-mark__letter">{pattern.letter[lang]}</span>
      </span>
      {named && <span className="soc-mark__name" aria-hidden="true">{name}</span>}
      {count !== undefined && <span className="soc-mark__count" aria-hidden="true">×{count}</span>}
    </span>
  );
}

/** The pattern with this id, if the deck has it. */
export function patternById(patterns: readonly Pattern[], id: string | undefined): Pattern | undefined {
  return id === undefined ? undefined : patterns.find((p) => p.id === id);
}
