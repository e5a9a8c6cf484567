import type { Language, Pattern, Prompt } from '../../content/schema.ts';
import { CardFrame } from './CardFrame.tsx';
import { FACE_WORDS, KIND_LABEL } from './labels.ts';
import { PatternMark, patternById } from './PatternMark.tsx';

export interface PromptCardFaceProps {
  card: Prompt;
  lang: Language;
  patterns: readonly Pattern[];
}

/** A reflection prompt: a question the table talks over when an open-end moment comes. */
export function PromptCardFace({ card, lang, patterns }: PromptCardFaceProps) {
  const openEnd = patternById(patterns, 'open-end');
  return (
    <CardFrame
      kind="prompt"
      lang={lang}
      cardId={`prompt/${card.id}`}
      label={KIND_LABEL.prompt[lang]}
      accent={openEnd?.color}
      mark={openEnd && <PatternMark pattern={openEnd} lang={lang} />}
      title={FACE_WORDS.talk[lang]}
    >
      <p className="soc-card__prompt">{card.text[lang]}</p>
    </CardFrame>
  );
}
