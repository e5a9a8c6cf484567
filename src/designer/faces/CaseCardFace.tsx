import { PATTERN_IDS } from '../../content/names.ts';
import type { Case, Language, Pattern, Transformation } from '../../content/schema.ts';
import { CardFrame } from './CardFrame.tsx';
import { describeEffects } from './describe.ts';
import { FACE_WORDS, KIND_LABEL } from './labels.ts';
import { PatternMark, patternById } from './PatternMark.tsx';

export interface CaseCardFaceProps {
  card: Case;
  lang: Language;
  patterns: readonly Pattern[];
  /** The transformation the case grants, to print what it does. */
  transformation?: Transformation;
}

/** A case: an initiative with needs per pattern, and what it changes once it is a commons. */
export function CaseCardFace({ card, lang, patterns, transformation }: CaseCardFaceProps) {
  const needs = PATTERN_IDS.filter((p) => (card.needs[p] ?? 0) > 0);
  return (
    <CardFrame kind="case" lang={lang} cardId={`case/${card.id}`} label={KIND_LABEL.case[lang]} title={card.name[lang]}>
      <p className="soc-card__text">{card.text[lang]}</p>
      <div className="soc-card__needs" aria-label={FACE_WORDS.needs[lang]}>
        <span className="soc-card__caption">{FACE_WORDS.needs[lang]}</span>
        {needs.map((id) => {
          const pattern = patternById(patterns, id);
          return pattern ? <PatternMark key={id} pattern={pattern} lang={lang} count={card.needs[id]} /> : <span key={id}>{id} ×{card.needs[id]}</span>;
        })}
      </div>
      <p className="soc-card__effect">
        <span className="soc-card__caption">{FACE_WORDS.grants[lang]}: </span>
        {transformation ? (
          <>
            <strong>{transformation.name[lang]}</strong> — {describeEffects(transformation.effects, { lang, patterns })}
          </>
        ) : (
          card.transformation
        )}
      </p>
    </CardFrame>
  );
}
