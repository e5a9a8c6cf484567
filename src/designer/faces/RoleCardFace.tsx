import type { Language, Pattern, Role } from '../../content/schema.ts';
import { CardFrame } from './CardFrame.tsx';
import { describeModifier } from './describe.ts';
import { FACE_WORDS, KIND_LABEL } from './labels.ts';
import { PatternMark, patternById } from './PatternMark.tsx';

export interface RoleCardFaceProps {
  card: Role;
  lang: Language;
  patterns: readonly Pattern[];
}

/** A role: who a player is at the table, with one ability (a change to their rule numbers). */
export function RoleCardFace({ card, lang, patterns }: RoleCardFaceProps) {
  const coached = patternById(patterns, card.pattern);
  const start = patternById(patterns, card.start);
  const cx = { lang, patterns };
  return (
    <CardFrame
      kind="role"
      lang={lang}
      cardId={`role/${card.id}`}
      label={KIND_LABEL.role[lang]}
      accent={coached?.color}
      mark={coached && <PatternMark pattern={coached} lang={lang} />}
      title={card.name[lang]}
      footer={
        start && (
          <>
            {FACE_WORDS.startsAt[lang]} <PatternMark pattern={start} lang={lang} named />
          </>
        )
      }
    >
      <p className="soc-card__text">
        <span className="soc-card__caption">{FACE_WORDS.ability[lang]}: </span>
        {card.ability[lang]}
      </p>
      <p className="soc-card__effect">{card.modifiers.map((m) => describeModifier(m, cx)).join(' · ')}</p>
    </CardFrame>
  );
}
