/** The deck's problems, like a compiler's list, each tied to its card when it has one. */
import type { TFunction } from 'i18next';
import type { Problem } from '../content/check.ts';
import { cardKeyOf } from './cards.ts';

export interface ProblemListProps {
  problems: readonly Problem[];
  t: TFunction;
  /** Cards on show, so "show card" is offered only for those. */
  shown: ReadonlySet<string>;
  onShow(cardKey: string): void;
}

export function ProblemList({ problems, t, shown, onShow }: ProblemListProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="dz-problems" aria-labelledby="dz-problems-title" data-errors={errors} data-warnings={problems.length - errors}>
      <h2 id="dz-problems-title">
        {t('problems.title')} <span className="dz-problems__count">({t('problems.summary', { errors, warnings: problems.length - errors })})</span>
      </h2>
      {problems.length === 0 ? (
        <p className="dz-problems__clean">{t('problems.clean')}</p>
      ) : (
        <ol className="dz-problems__list">
          {problems.map((p, i) => {
            const key = cardKeyOf(p);
            return (
              <li key={i} className={`dz-problem dz-problem--${p.severity}`}>
                <code className="dz-problem__where">
                  {p.file}:{p.line}:{p.column}
                </code>{' '}
                <span className="dz-problem__severity">{t(`problems.${p.severity}`)}</span> <span className="dz-problem__message">{p.message}</span>{' '}
                {p.pointer && <code className="dz-problem__pointer">{p.pointer}</code>}{' '}
                {key && shown.has(key) && (
                  <button type="button" className="dz-link" onClick={() => onShow(key)}>
                    {t('problems.show')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
