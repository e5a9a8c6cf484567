/**
 * The end of a match as a debrief: the outcome, the timeline and the exchange network, each
 * player with their case and what they gave and received, how far every case got, the notes
 * the table wrote and the turning points. Printable (print.css rules below in debrief.css) and
 * downloadable; everything shown comes from harvest() over the state the table already has.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { PatternId } from '../../content/schema.ts';
import { harvestCsv, harvestJson } from '../../harvest/export.ts';
import { harvest, type CaseHarvest, type Harvest, type TurningPoint } from '../../harvest/harvest.ts';
import type { Outcome } from '../../rules/state.ts';
import type { PublicState } from '../../rules/view.ts';
import type { Namer } from '../table/names.ts';
import { saveText } from '../app/save-file.ts';
import { NetworkGraph } from './NetworkGraph.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import './debrief.css';

export interface DebriefProps {
  content: Content;
  view: PublicState;
  outcome: Outcome;
  n: Namer;
  names: readonly (string | null | undefined)[];
  onAgain?: () => void;
  onHome: () => void;
}

/** A case's name: the player's own initiative, or the deck case's name. */
function caseName(h: Harvest, c: Pick<CaseHarvest, 'id' | 'holder' | 'own'>, n: Namer): string {
  return (c.own && h.players[c.holder]?.initiative?.name) || n.case(c.id);
}

function Moment({ m, h, n }: { m: TurningPoint; h: Harvest; n: Namer }) {
  const { t } = useTranslation();
  const round = m.round;
  switch (m.kind) {
    case 'breakdown':
      return <>{t('debrief.moment.breakdown', { round, place: n.place(m.place), crisis: m.crisis })}</>;
    case 'cascade':
      return <>{t('debrief.moment.cascade', { round, places: m.places.map((p) => n.place(p)).join(', ') })}</>;
    case 'commons': {
      const c = h.cases.find((x) => x.id === m.case);
      return <>{t('debrief.moment.commons', { round, case: c ? caseName(h, c, n) : n.case(m.case), transformation: n.transformation(m.transformation) })}</>;
    }
    case 'day':
      return <>{t('debrief.moment.day', { round, day: m.day })}</>;
    case 'wave':
      return <>{t('debrief.moment.wave', { round })}</>;
    case 'peakPressure':
      return <>{t('debrief.moment.peakPressure', { round, total: m.total })}</>;
    case 'outcome':
      return <>{t(`debrief.moment.outcome_${m.result}`, { round })}</>;
  }
}

function patterns(list: readonly PatternId[], n: Namer): string {
  return list.map((p) => n.pattern(p)).join(', ');
}

export function Debrief({ content, view, outcome, n, names, onAgain, onHome }: DebriefProps) {
  const { t } = useTranslation();
  const h = useMemo(() => harvest(content, view, { names }), [content, view, names]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const stamp = new Date().toISOString().slice(0, 10);
  const file = `harvest-${h.scenario}-${stamp}`;
  const name = (seat: number) => h.players[seat]?.name ?? n.seat(seat);
  return (
    <main className={`soc-end soc-debrief soc-end--${outcome.result}`} id="main" data-outcome={outcome.result} data-reason={outcome.reason}>
      <header className="soc-debrief__head">
        <h1 tabIndex={-1} ref={heading}>
          {t(outcome.result === 'won' ? 'end.won' : 'end.lost')}
        </h1>
        <p className="soc-end__reason">{t(`end.reason.${outcome.reason}`)}</p>
        <dl className="soc-end__facts">
          <div>
            <dt>{t('end.casesDone')}</dt>
            <dd>{t('end.casesDoneValue', { done: h.totals.commons, total: h.cases.length })}</dd>
          </div>
          <div>
            <dt>{t('end.turns')}</dt>
            <dd>{h.turns}</dd>
          </div>
          <div>
            <dt>{t('end.rounds')}</dt>
            <dd>{h.rounds}</dd>
          </div>
        </dl>
        <p className="soc-debrief__intro">{t('debrief.intro')}</p>
        <p className="soc-end__buttons soc-debrief__tools">
          <button type="button" className="soc-button" data-export="print" onClick={() => print()}>
            {t('debrief.print')}
          </button>
          <button type="button" className="soc-button" data-export="json" onClick={() => saveText(`${file}.json`, harvestJson(h), 'application/json')}>
            {t('debrief.json')}
          </button>
          <button type="button" className="soc-button" data-export="csv" onClick={() => saveText(`${file}.csv`, harvestCsv(h), 'text/csv')}>
            {t('debrief.csv')}
          </button>
        </p>
      </header>

      <div className="soc-debrief__charts">
        <section aria-labelledby="soc-debrief-timeline">
          <h2 id="soc-debrief-timeline">{t('debrief.timeline')}</h2>
          <p className="soc-muted">{t('debrief.timelineIntro')}</p>
          <TimelineChart harvest={h} n={n} />
        </section>
        <section aria-labelledby="soc-debrief-network">
          <h2 id="soc-debrief-network">{t('debrief.network')}</h2>
          <p className="soc-muted">{t('debrief.networkIntro')}</p>
          <NetworkGraph harvest={h} n={n} />
        </section>
      </div>

      <section aria-labelledby="soc-debrief-players">
        <h2 id="soc-debrief-players">{t('debrief.players')}</h2>
        <ul className="soc-debrief__players">
          {h.players.map((p) => {
            const c = h.cases.find((x) => x.holder === p.seat);
            const learned = Object.keys(p.learned) as PatternId[];
            return (
              <li key={p.seat} className="soc-debrief__player" data-seat={p.seat}>
                <h3>
                  {name(p.seat)} <span className="soc-muted">· {n.role(p.role)}</span>
                </h3>
                {p.initiative ? (
                  <div className="soc-debrief__initiative" data-own="true">
                    <p>
                      <span className="soc-debrief__label">{t('debrief.ownInitiative')}</span> <strong>{p.initiative.name}</strong>
                    </p>
                    <p className="soc-debrief__line">{p.initiative.line}</p>
                    <p className="soc-muted">
                      {t('debrief.offers')}: {patterns(p.initiative.offers, n)} · {t('debrief.learns')}: {patterns(p.initiative.learns, n)}
                    </p>
                  </div>
                ) : (
                  c && <p>{caseName(h, c, n)}</p>
                )}
                <p>
                  <span className="soc-debrief__label">{t('debrief.gave')}</span> {t('debrief.tally', p.gave)}
                </p>
                <p>
                  <span className="soc-debrief__label">{t('debrief.received')}</span> {t('debrief.tally', p.received)}
                </p>
                <p>
                  <span className="soc-debrief__label">{t('debrief.learned')}</span> {learned.length ? patterns(learned, n) : t('debrief.nothing')}
                </p>
                {p.learnedWanted.length > 0 && <p className="soc-debrief__wanted">{t('debrief.learnedWanted', { patterns: patterns(p.learnedWanted, n) })}</p>}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="soc-debrief-cases" className={outcome.result === 'lost' ? 'soc-debrief__cases soc-debrief__cases--lost' : 'soc-debrief__cases'}>
        <h2 id="soc-debrief-cases">{t('debrief.cases')}</h2>
        <ul>
          {h.cases.map((c) => {
            const total = Object.values(c.needs).reduce((a, b) => a + b!, 0);
            const met = Math.round(c.progress * total);
            return (
              <li key={c.id} data-case={c.id} data-progress={c.progress}>
                <span className="soc-debrief__case-name">
                  {c.done ? '✓ ' : ''}
                  {caseName(h, c, n)} <span className="soc-muted">({name(c.holder)})</span>
                </span>
                <progress max={total} value={met} aria-label={caseName(h, c, n)} />
                <span className="soc-muted">{t('debrief.caseProgress', { met, total })}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="soc-debrief-notes">
        <h2 id="soc-debrief-notes">{t('debrief.notes')}</h2>
        {h.notes.length === 0 ? (
          <p>{t('debrief.noNotes')}</p>
        ) : (
          <ol className="soc-debrief__notes">
            {h.notes.map((x, i) => (
              <li key={i} data-note={x.note === null ? 'skipped' : 'written'}>
                <p className="soc-muted">{t('debrief.noteBy', { round: x.round })}</p>
                <blockquote className="soc-prompt">{n.prompt(x.prompt)}</blockquote>
                <p className="soc-debrief__note">{x.note ?? <em>{t('debrief.skipped')}</em>}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="soc-debrief-turning">
        <h2 id="soc-debrief-turning">{t('debrief.turningPoints')}</h2>
        <ol className="soc-debrief__moments">
          {h.turningPoints.map((m, i) => (
            <li key={i} data-moment={m.kind}>
              <Moment m={m} h={h} n={n} />
            </li>
          ))}
        </ol>
      </section>

      <p className="soc-end__buttons soc-debrief__tools">
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
