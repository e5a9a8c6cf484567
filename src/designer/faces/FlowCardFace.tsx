import type { FlowCard, Language, Pattern } from '../../content/schema.ts';
import { CardFrame } from './CardFrame.tsx';
import { describeEffects, effectPatterns } from './describe.ts';
import { PatternMark, patternById } from './PatternMark.tsx';
import { PATTERN_IDS } from '../../content/names.ts';
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
  // The places a card hits, marked on it, so players see at a glance where pressure lands.
  const named = effectPatterns(card.effects);
  const marks = PATTERN_IDS.filter((p) => named.has(p)).map((p) => patternById(patterns, p)).filter((p) => p !== undefined);
  return (
    <CardFrame
      kind="flow"
      lang={lang}
      cardId={`flow/${card.id}`}
      label={`${KIND_LABEL.flow[lang]} · ${FLOW_KIND_LABEL[card.kind][lang]}`}
      mark={<span className={`soc-kind soc-kind--${card.kind}`} aria-hidden="true">{FLOW_KIND_ICON[card.kind]}</span>}
      accent={marks.length === 1 ? marks[0].color : undefined}
      title={card.name[lang]}
      footer={marks.length > 0 && marks.map((p) => <PatternMark key={p.id} pattern={p} lang={lang} named={marks.length <= 2} />)}
    >
      <p className="soc-card__text">{card.text[lang]}</p>
      <p className="soc-card__effect">{describeEffects(card.effects, { lang, patterns, transformationName })}</p>
    </CardFrame>
  );
}
