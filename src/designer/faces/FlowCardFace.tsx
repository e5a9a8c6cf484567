import type { FlowCard, Language, Pattern } from '../../content/schema.ts';
import { CardFrame } from './CardFrame.tsx';
import { describeEffects } from './describe.ts';
import { FLOW_KIND_ICON, FLOW_KIND_LABEL, KIND_LABEL } from './labels.ts';

export interface FlowCardFaceProps {
  card: FlowCard;
  lang: Language;
  patterns: readonly Pattern[];
  /** Transformation names by id, for effects whose condition names one. */
  transformationName?: (id: string) => string | undefined;
}

/** A flow card: an event revealed at the end of a turn; its kind tells its mood. */
export function FlowCardFace({ card, lang, patterns, transformationName }: FlowCardFaceProps) {
  return (
    <CardFrame
      kind="flow"
      lang={lang}
      cardId={`flow/${card.id}`}
      label={`${KIND_LABEL.flow[lang]} · ${FLOW_KIND_LABEL[card.kind][lang]}`}
      mark={<span className={`soc-kind soc-kind--${card.kind}`} aria-hidden="true">{FLOW_KIND_ICON[card.kind]}</span>}
      title={card.name[lang]}
    >
      <p className="soc-card__text">{card.text[lang]}</p>
      <p className="soc-card__effect">{describeEffects(card.effects, { lang, patterns, transformationName })}</p>
    </CardFrame>
  );
}
