/**
 * The session harvest, /facilitate/:sessionID/harvest: for the projector in the plenary and
 * for print. Outcomes per table, who gave what to whom, turning points, initiatives, the
 * reflection notes per question; JSON and CSV downloads; a finished table stepped through
 * turn by turn from its stored log.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { ReplayStep, SessionHarvest } from '../../protocol/sessions.ts';
import { saveText } from '../app/save-file.ts';
import { errorText } from '../lobby/api.ts';
import { download, sessionApi } from './api.ts';
import { facilitatorKey } from './keys.ts';
import { NoKey } from './NoKey.tsx';
import { useFluidPage } from './useFluid.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';
import './session.css';

export function HarvestPage({ sessionID, content, go }: { sessionID: string; content: Content; go: (to: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  useFluidPage();
  const key = useMemo(() => facilitatorKey(sessionID, location.hash), [sessionID]);
  const [harvest, setHarvest] = useState<SessionHarvest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => {
    setError(errorText(t, err));
  };
  useEffect(() => {
    if (key) sessionApi.harvest(sessionID, key).then(setHarvest, fail);
  }, [sessionID, key]);
  if (!key) return <NoKey className="soc-harvest" />;
  if (!harvest) return <main id="main" className="soc-harvest" aria-busy={!error}><ErrorLine text={error} /></main>;
  const saveJson = () => saveText(`harvest-${sessionID}.json`, JSON.stringify(harvest, null, 2), 'application/json');
  const h = harvest;
  return (
    <main id="main" className="soc-harvest">
      <header className="soc-harvest__head">
        <h1>{t('session.harvestTitle', { title: h.title })}</h1>
        <p className="soc-harvest__totals">{t('session.totals', { tables: h.totals.tables, won: h.totals.won, lost: h.totals.lost, playing: h.totals.playing, cases: h.totals.casesDone, exchanges: h.totals.exchanges })}</p>
        <div className="soc-harvest__tools">
          <button type="button" className="soc-button" data-action="json" onClick={saveJson}>
            {t('session.downloadJson')}
          </button>
          <button type="button" className="soc-button" data-action="csv" onClick={() => download(`/api/sessions/${encodeURIComponent(sessionID)}/harvest.csv`, key, `harvest-${sessionID}.csv`).catch(fail)}>
            {t('session.downloadCsv')}
          </button>
          <button type="button" className="soc-button" onClick={() => print()}>
            {t('session.print')}
          </button>
          <button type="button" className="soc-button soc-button--quiet" onClick={() => go(`/facilitate/${sessionID}`)}>
            {t('session.backToDashboard')}
          </button>
        </div>
      </header>
      <ErrorLine text={error} />

      <section aria-labelledby="h-reflections" className="soc-harvest__section">
        <h2 id="h-reflections">{t('session.reflections')}</h2>
        {h.questions.length === 0 && <p className="soc-muted">{t('session.noNotes')}</p>}
        {h.questions.map((q) => (
          <article key={q.id} className="soc-harvest__question" data-question={q.id}>
            <h3>{q.text}</h3>
            {q.answers.length === 0 ? (
              <p className="soc-muted">{t('session.noNotes')}</p>
            ) : (
              <ul>
                {q.answers.map((a) => (
                  <li key={a.table}>
                    <strong>{t('session.table', { n: a.table + 1 })}</strong>: <span className="soc-harvest__note">{a.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="h-outcomes" className="soc-harvest__section">
        <h2 id="h-outcomes">{t('session.outcomes')}</h2>
        <div className="soc-harvest__tables">
          {h.tables.map((x) => (
            <article key={x.index} className="soc-harvest__table" data-harvest-table={x.index}>
              <h3>
                {t('session.table', { n: x.index + 1 })} — {x.outcome ? t(`session.${x.outcome.result}`) : t('session.playing')}
              </h3>
              <p className="soc-muted">
                {t('session.round', { round: x.rounds, day: x.day })} · {t('session.cases')} {x.casesDone}/{x.casesTotal} · {t('session.trust')} {x.trust} · {t('session.crisis')} {x.crisis}
              </p>
              <h4>{t('session.initiativesHeading')}</h4>
              <ul>
                {x.players.map((p) => (
                  <li key={p.seat}>
                    <strong>{p.name}</strong>
                    {p.bot && <span className="soc-muted"> ({t('session.bot')})</span>}: {t('session.gaveReceived', { gave: p.gave, received: p.received })}
                    {p.initiative && <span className="soc-harvest__initiative"> — {p.initiative}</span>}
                  </li>
                ))}
              </ul>
              {x.exchanges.length > 0 && (
                <>
                  <h4>{t('session.exchanges')}</h4>
                  <ul>
                    {x.exchanges.map((e, i) => (
                      <li key={i}>
                        {e.from} {t(`session.${e.kind}`)} {e.to} ×{e.count}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {x.reflections.length > 0 && (
                <>
                  <h4>{t('session.gameReflections')}</h4>
                  <ul>
                    {x.reflections.map((r, i) => (
                      <li key={i}>
                        <span className="soc-muted">{content.prompts.get(r.prompt)?.text[lang] ?? r.prompt}</span> — <span className="soc-harvest__note">{r.note}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {x.turningPoints.length > 0 && (
                <>
                  <h4>{t('session.turningPoints')}</h4>
                  <ul>
                    {x.turningPoints.map((tp, i) => (
                      <li key={i}>{t(`session.tp_${tp.what}`, { round: tp.round, detail: tp.detail })}</li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          ))}
        </div>
      </section>

      <Replay sessionID={sessionID} facilitatorKey={key} tables={h.tables.map((x) => x.index)} />
    </main>
  );
}

function Replay({ sessionID, facilitatorKey: key, tables }: { sessionID: string; facilitatorKey: string; tables: number[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [table, setTable] = useState<number | null>(null);
  const [steps, setSteps] = useState<ReplayStep[] | null>(null);
  const [at, setAt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (table === null) return;
    setSteps(null);
    setError(null);
    sessionApi.replay(sessionID, key, table).then(
      (s) => {
        setSteps(s);
        setAt(0);
      },
      (err) => {
        setError(errorText(t, err));
      },
    );
  }, [table]);
  const step = steps?.[at];
  return (
    <section aria-labelledby={`${id}-h`} className="soc-harvest__section soc-harvest__replay">
      <h2 id={`${id}-h`}>{t('session.replay')}</h2>
      <label htmlFor={`${id}-table`}>{t('session.replayTable')}</label>{' '}
      <select id={`${id}-table`} value={table === null ? '' : String(table)} onChange={(e) => setTable(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">—</option>
        {tables.map((i) => (
          <option key={i} value={i}>
            {t('session.table', { n: i + 1 })}
          </option>
        ))}
      </select>
      <ErrorLine text={error} />
      {steps && step && (
        <div className="soc-replay" data-replay-step={at}>
          <p aria-live="polite">
            <strong>{t('session.stepOf', { turn: step.turn, step: at + 1, steps: steps.length, round: step.round, name: step.name ?? step.seat + 1 })}</strong>
          </p>
          <p>
            {t('session.pressure')} {step.pressure} · {t('session.trust')} {step.trust} · {t('session.crisis')} {step.crisis} · {t('session.cases')} {step.casesDone}
          </p>
          <p className="soc-muted">{t('session.movesInTurn', { moves: step.moves.join(', ') })}</p>
          <button type="button" className="soc-button" disabled={at === 0} onClick={() => setAt(at - 1)}>
            {t('session.previous')}
          </button>{' '}
          <button type="button" className="soc-button" disabled={at >= steps.length - 1} onClick={() => setAt(at + 1)}>
            {t('session.next')}
          </button>
        </div>
      )}
    </section>
  );
}
