import type { Language, Pattern, Transformation } from '../../content/schema.ts';
import { CardFrame } from './CardFrame.tsx';
import { describeEffects } from './describe.ts';
import { KIND_LABEL } from './labels.ts';

export interface TransformationCardFaceProps {
  card: Transformation;
  lang: Language;
  patterns: readonly Pattern[];
  transformationName?: (id: string) => string | undefined;
}

/** A transformation: the lasting change a commons brings to the rules of the game. */
export function TransformationCardFace({ card, lang, patterns, transformationName }: TransformationCardFaceProps) {
  return (
    <CardFrame
      kind="transformation"
      lang={lang}
      cardId={`transformation/${card.id}`}
      label={KIND_LABEL.transformation[lang]}
      mark={<span className="soc-kind soc-kind--transformation" aria-hidden="true">⟳</span>}
      title={card.name[lang]}
    >
      <p className="soc-card__text">{card.text[lang]}</p>
      <p className="soc-card__effect">{describeEffects(card.effects, { lang, patterns, transformationName })}</p>
    </CardFrame>
  );
}
