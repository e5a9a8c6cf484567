/** Every case at the table: what it needs per pattern, how far it is, who brought it. */
import { useTranslation } from 'react-i18next';
import type { PatternId } from '../../content/schema.ts';
import { PatternMark } from '../../designer/faces/index.ts';
import type { PublicState } from '../../rules/view.ts';
import { DetailButton } from './details/Details.tsx';
import type { Namer } from './names.ts';

export interface CasesProps {
  view: PublicState;
  n: Namer;
  selectable?: readonly string[];
  onPick?: (id: string) => void;
}

export function Cases({ view, n, selectable = [], onPick }: CasesProps) {
  const { t } = useTranslation();
  return (
    <section className="soc-cases" aria-labelledby="soc-cases-title">
      <h2 id="soc-cases-title">{t('table.cases')}</h2>
      <ul>
        {view.cases.map((c) => {
          const def = n.content.cases.get(c.id);
          // A player's own initiative stands in for a deck case: its name, its line, its needs.
          if (!def && !c.own) return null;
          const needs = Object.entries(c.own ? c.own.needs : def!.needs) as [PatternId, number][];
          const canPick = selectable.includes(c.id);
          const inner = (
            <>
              <span className="soc-case__name">{c.own ? c.own.name : def!.name[n.lang]}</span>
              {c.own && (
                <span className="soc-case__own" data-own="true">
                  {t('table.ownInitiative')}
                  {c.own.line ? `: ${c.own.line}` : ''}
                </span>
              )}
              <span className="soc-case__holder">{t('table.caseOf', { name: n.seat(c.holder) })}</span>
              <span className="soc-case__needs">
                <span className="soc-visually-hidden">{t('table.needs')}: </span>
                {needs.map(([pattern, need]) => {
                  const p = n.content.patterns.find((x) => x.id === pattern);
                  const met = c.met[pattern] ?? 0;
                  return (
                    <span key={pattern} className={met >= need ? 'soc-need soc-need--met' : 'soc-need'}>
                      {p && <PatternMark pattern={p} lang={n.lang} />}
                      <span>{t('table.progress', { met, need })}</span>
                    </span>
                  );
                })}
              </span>
              {c.done && <span className="soc-case__done">{t('table.done')}</span>}
            </>
          );
          return (
            <li key={c.id} className={c.done ? 'soc-case soc-case--done' : 'soc-case'} data-case={c.id}>
              {canPick ? (
                <button type="button" className="soc-case__pick" onClick={() => onPick?.(c.id)}>
                  {inner}
                </button>
              ) : (
                <div className="soc-case__body">{inner}</div>
              )}
              {def && !c.own && <DetailButton subject={{ kind: 'case', id: c.id }} name={def.name[n.lang]} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
