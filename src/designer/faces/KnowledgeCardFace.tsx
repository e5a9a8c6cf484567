import type { KnowledgeCard, Language, Pattern } from '../../content/schema.ts';
import { CardFrame } from './CardFrame.tsx';
import { KIND_LABEL } from './labels.ts';
import { PatternMark, patternById } from './PatternMark.tsx';

export interface KnowledgeCardFaceProps {
  card: KnowledgeCard;
  lang: Language;
  patterns: readonly Pattern[];
}

/** A knowledge card: a tool or practice of one pattern. */
export function KnowledgeCardFace({ card, lang, patterns }: KnowledgeCardFaceProps) {
  const pattern = patternById(patterns, card.pattern);
  return (
    <CardFrame
      kind="knowledge"
      lang={lang}
      cardId={`knowledge/${card.id}`}
      label={KIND_LABEL.knowledge[lang]}
      accent={pattern?.color}
      mark={pattern && <PatternMark pattern={pattern} lang={lang} />}
      title={card.name[lang]}
      footer={pattern?.name[lang] ?? card.pattern}
    >
      <p className="soc-card__text">{card.text[lang]}</p>
      {pattern && (
        <div className="soc-card__emblem" aria-hidden="true">
          <span className="soc-card__emblem-icon">{pattern.icon}</span>
          <span className="soc-card__emblem-letter">{pattern.letter[lang]}</span>
        </div>
      )}
    </CardFrame>
  );
}
