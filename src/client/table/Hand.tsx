/** A hand of knowledge cards. Cards are buttons only while a card is being chosen. */
import { useTranslation } from 'react-i18next';
import { knowledgeOf } from '../../content/content.ts';
import { PatternMark } from '../../designer/faces/index.ts';
import { DetailButton } from './details/Details.tsx';
import type { Namer } from './names.ts';

export interface HandProps {
  title: string;
  cards: readonly string[];
  n: Namer;
  selectable?: readonly string[];
  onPick?: (card: string) => void;
  compact?: boolean;
}

export function Hand({ title, cards, n, selectable = [], onPick, compact = false }: HandProps) {
  const { t } = useTranslation();
  return (
    <section className={compact ? 'soc-hand soc-hand--compact' : 'soc-hand'} aria-label={title}>
      <h3>{title}</h3>
      {cards.length === 0 ? (
        <p className="soc-muted">{t('table.noCards')}</p>
      ) : (
        <ul>
          {cards.map((card) => {
            let name = card;
            let pattern;
            try {
              const def = knowledgeOf(n.content, card);
              name = def.name[n.lang];
              pattern = n.content.patterns.find((p) => p.id === def.pattern);
            } catch {
              // An unknown card (another deck's) still shows, by its id.
            }
            const inner = (
              <>
                {pattern && <PatternMark pattern={pattern} lang={n.lang} />}
                <span className="soc-kcard__name">{name}</span>
              </>
            );
            return (
              <li key={card} className="soc-kcard" data-card={card} style={pattern ? ({ '--soc-pattern': pattern.color } as React.CSSProperties) : undefined}>
                {selectable.includes(card) ? (
                  <button type="button" className="soc-kcard__pick" onClick={() => onPick?.(card)}>
                    {inner}
                  </button>
                ) : (
                  <div className="soc-kcard__body">{inner}</div>
                )}
                <DetailButton subject={{ kind: 'knowledge', id: card }} name={name} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
