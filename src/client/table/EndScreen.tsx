/** The end of a match: the outcome and what the table did (cases, teaching, hard moments). */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../rules/state.ts';
import type { PublicState } from '../../rules/view.ts';
import type { Namer } from './names.ts';
import { summarise } from './summary.ts';

export function EndScreen({ view, outcome, n, onAgain, onHome }: { view: PublicState; outcome: Outcome; n: Namer; onAgain?: () => void; onHome: () => void }) {
  const { t } = useTranslation();
  const s = summarise(view);
  const done = view.cases.filter((c) => c.done);
  const open = view.cases.filter((c) => !c.done);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className={`soc-end soc-end--${outcome.result}`} id="main" data-outcome={outcome.result} data-reason={outcome.reason}>
      <h1 tabIndex={-1} ref={heading}>
        {t(outcome.result === 'won' ? 'end.won' : 'end.lost')}
      </h1>
      <p className="soc-end__reason">{t(`end.reason.${outcome.reason}`)}</p>
      <section aria-labelledby="soc-summary">
        <h2 id="soc-summary">{t('end.summary')}</h2>
        <dl className="soc-end__facts">
          <div>
            <dt>{t('end.casesDone')}</dt>
            <dd>{t('end.casesDoneValue', { done: s.casesDone, total: s.casesTotal })}</dd>
          </div>
          <div>
            <dt>{t('end.turns')}</dt>
            <dd>{s.turns}</dd>
          </div>
          <div>
            <dt>{t('end.rounds')}</dt>
            <dd>{s.rounds}</dd>
          </div>
        </dl>
        {/* Done and open cases under their own headings: a loss never lists an open case as a commons. */}
        <h3>{t('end.casesDone')}</h3>
        {done.length === 0 ? (
          <p data-cases="done">{t('end.noCasesDone')}</p>
        ) : (
          <ul data-cases="done">
            {done.map((c) => (
              <li key={c.id}>✓ {n.case(c.id)}</li>
            ))}
          </ul>
        )}
        {open.length > 0 && (
          <>
            <h3>{t('end.casesOpen')}</h3>
            <ul data-cases="open">
              {open.map((c) => (
                <li key={c.id}>✗ {n.case(c.id)}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('end.taught')}</h3>
        {s.taught.length === 0 ? (
          <p>{t('end.nobodyTaught')}</p>
        ) : (
          <ul>
            {s.taught.map((x) => (
              <li key={`${x.from}>${x.to}`}>{t('end.taughtLine', { from: n.seat(x.from), to: n.seat(x.to), count: x.times })}</li>
            ))}
          </ul>
        )}
        <h3>{t('end.worst')}</h3>
        <ul>
          {s.breakdowns.length === 0 && <li>{t('end.noBreakdowns')}</li>}
          {s.breakdowns.map((b, i) => (
            <li key={i}>{t('end.breakdownLine', { round: b.round, place: n.place(b.place) })}</li>
          ))}
          <li>{t('end.peak', { total: s.peakPressure.total, round: s.peakPressure.round })}</li>
        </ul>
      </section>
      <p className="soc-end__buttons">
        {onAgain && (
          <button type="button" className="soc-button soc-button--primary" onClick={onAgain}>
            {t('end.again')}
          </button>
        )}
        <button type="button" className="soc-button" onClick={onHome}>
          {t('end.home')}
        </button>
      </p>
    </main>
  );
}
