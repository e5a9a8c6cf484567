/**
 * The facilitator's dashboard, /facilitate/:sessionID#key=…: the join code, link and QR
 * code; the pace (start, pause and resume, countdown, broadcast, a reflection question, end);
 * before the start, people arranged between tables by dragging (or a menu per person); after
 * it, every table live: round and day, pressure, trust, crisis, cases, whose turn and for how
 * long, who is connected, stalled, help requests, the table's chat, and one click to observe.
 */
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../protocol/away.ts';
import type { Dashboard as DashboardData, ParticipantSummary, TableSummary } from '../../protocol/sessions.ts';
import { errorText } from '../lobby/api.ts';
import { sessionApi } from './api.ts';
import { facilitatorKey } from './keys.ts';
import { NoKey } from './NoKey.tsx';
import { Qr } from './Qr.tsx';
import { bandMark, lengthWords, oddsWords } from '../lobby/expected-words.ts';
import { TableChatPeek } from './TableChatPeek.tsx';
import { openStream } from './stream.ts';
import { clock, useNow } from './time.ts';
import { useFluidPage } from './useFluid.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';
import './session.css';

type Act = (action: string, body?: Record<string, unknown>) => Promise<boolean>;

export function FacilitatorPage({ sessionID, go }: { sessionID: string; go: (to: string) => void }) {
  const { t } = useTranslation();
  useFluidPage();
  const key = useMemo(() => facilitatorKey(sessionID, location.hash), [sessionID]);
  const [data, setData] = useState<DashboardData | null>(null);
  const [live, setLive] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!key) return;
    sessionApi.dashboard(sessionID, key).then(setData, (err) => {
      setError(errorText(t, err));
    });
    return openStream<DashboardData>(`/api/sessions/${encodeURIComponent(sessionID)}/events`, key, setData, setLive);
  }, [sessionID, key]);
  const offset = data ? data.serverNow - Date.now() : 0;
  const readChat = useCallback((table: number) => sessionApi.chat(sessionID, key!, table), [sessionID, key]);
  const act: Act = async (action, body = {}) => {
    setError(null);
    try {
      await sessionApi.act(sessionID, key!, action, body);
      return true;
    } catch (err) {
      setError(errorText(t, err));
      return false;
    }
  };
  if (!key) return <NoKey className="soc-dash" />;
  if (!data) {
    return (
      <main id="main" className="soc-dash" aria-busy={!error}>
        <ErrorLine text={error} />
      </main>
    );
  }
  const status = { gathering: t('session.statusGathering'), running: t('session.statusRunning'), ended: t('session.statusEnded') }[data.status];
  return (
    <main id="main" className="soc-dash" data-status={data.status}>
      <header className="soc-dash__head">
        <div className="soc-dash__title">
          <h1>{data.settings.title}</h1>
          <p className="soc-muted">
            <span className={`soc-pill soc-pill--${data.status}`}>{status}</span> {t('session.participants', { count: data.participants.length })} ·{' '}
            <span className={live ? 'soc-live' : 'soc-live soc-live--off'}>{live ? t('session.live') : t('session.offline')}</span>
          </p>
          {/* What each table can expect, to plan the day by: the session's scenario at its table size. */}
          {data.expected && (
            <p className="soc-muted" data-expected={bandMark(data.expected)} title={t('lobby.oddsNote')}>
              {[lengthWords(t, data.expected, data.settings.seatsPerTable), oddsWords(t, data.expected, data.settings.seatsPerTable)].filter(Boolean).join(' ')}
            </p>
          )}
        </div>
        <div className="soc-dash__join">
          <div>
            <p className="soc-muted">{t('session.joinLink')}</p>
            <p className="soc-dash__code" data-session-code={data.code}>
              {data.code}
            </p>
            <p className="soc-dash__url">{data.joinUrl}</p>
          </div>
          <Qr text={data.joinUrl} label={t('session.qr')} size={120} />
        </div>
      </header>
      <ErrorLine text={error} />
      <Pace data={data} act={act} offset={offset} go={go} />
      {data.status === 'gathering' ? <Arrange data={data} act={act} /> : <Tables data={data} act={act} offset={offset} readChat={readChat} />}
    </main>
  );
}

function Pace({ data, act, offset, go }: { data: DashboardData; act: Act; offset: number; go: (to: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const now = useNow(offset);
  const [minutes, setMinutes] = useState(10);
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState('');
  const [question, setQuestion] = useState('');
  const allPaused = data.tables.length > 0 && data.tables.every((x) => x.paused);
  const running = data.status === 'running';
  const submit = (task: () => Promise<boolean>, after: () => void) => async (e: FormEvent) => {
    e.preventDefault();
    if (await task()) after();
  };
  return (
    <section className="soc-dash__pace" aria-label={t('session.dashboard')}>
      <div className="soc-dash__buttons">
        {data.status === 'gathering' && (
          <button type="button" className="soc-button soc-button--primary" data-action="start" onClick={() => act('start')}>
            {t('session.start')}
          </button>
        )}
        {running && (
          <button type="button" className="soc-button" data-action={allPaused ? 'resume-all' : 'pause-all'} onClick={() => act(allPaused ? 'resume' : 'pause')}>
            {allPaused ? t('session.resumeAll') : t('session.pauseAll')}
          </button>
        )}
        <button type="button" className="soc-button" data-action="harvest" onClick={() => go(`/facilitate/${data.sessionID}/harvest`)}>
          {t('session.harvest')}
        </button>
        {data.status !== 'ended' && (
          <button type="button" className="soc-button soc-button--danger" data-action="end" onClick={() => confirm(t('session.endConfirm')) && act('end')}>
            {t('session.endAll')}
          </button>
        )}
      </div>
      {data.status !== 'ended' && (
        <div className="soc-dash__forms">
          <form onSubmit={submit(() => act('countdown', { seconds: minutes * 60, label }), () => undefined)} data-form="countdown">
            <fieldset>
              <legend>
                {t('session.countdown')}
                {data.countdown && data.countdown.endsAt > now && <strong className="soc-dash__timer"> {clock(data.countdown.endsAt - now)}</strong>}
              </legend>
              <label htmlFor={`${id}-min`}>{t('session.minutes')}</label>
              <input id={`${id}-min`} type="number" min={1} max={180} value={minutes} onChange={(e) => setMinutes(Math.max(1, Number(e.target.value) || 1))} />
              <label htmlFor={`${id}-label`}>{t('session.label')}</label>
              <input id={`${id}-label`} maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} />
              <button type="submit" className="soc-button">
                {t('session.setCountdown')}
              </button>
              {data.countdown && (
                <button type="button" className="soc-button soc-button--quiet" onClick={() => act('countdown', { seconds: 0 })}>
                  {t('session.clearCountdown')}
                </button>
              )}
            </fieldset>
          </form>
          <form onSubmit={submit(() => act('broadcast', { text: message }), () => setMessage(''))} data-form="broadcast">
            <fieldset>
              <legend>{t('session.broadcast')}</legend>
              <label htmlFor={`${id}-msg`} className="soc-visually-hidden">
                {t('session.broadcast')}
              </label>
              <input id={`${id}-msg`} maxLength={280} value={message} onChange={(e) => setMessage(e.target.value)} />
              <button type="submit" className="soc-button">
                {t('session.send')}
              </button>
              {data.broadcast && <p className="soc-muted">“{data.broadcast.text}”</p>}
            </fieldset>
          </form>
          <form onSubmit={submit(() => act('questions', { text: question }), () => setQuestion(''))} data-form="question">
            <fieldset>
              <legend>{t('session.question')}</legend>
              <label htmlFor={`${id}-q`} className="soc-visually-hidden">
                {t('session.question')}
              </label>
              <input id={`${id}-q`} maxLength={280} required value={question} onChange={(e) => setQuestion(e.target.value)} />
              <button type="submit" className="soc-button">
                {t('session.push')}
              </button>
              {data.questions.length > 0 && <p className="soc-muted">“{data.questions.at(-1)!.text}”</p>}
            </fieldset>
          </form>
        </div>
      )}
    </section>
  );
}

/** Before the start: people in columns per table; drag a person to another column, or pick a table from their menu. */
function Arrange({ data, act }: { data: DashboardData; act: Act }) {
  const { t } = useTranslation();
  const [over, setOver] = useState<number | 'none' | null>(null);
  const columns: { table: number | null; people: ParticipantSummary[] }[] = [
    ...data.tables.map((x) => ({ table: x.index as number | null, people: data.participants.filter((p) => p.table === x.index) })),
    { table: null, people: data.participants.filter((p) => p.table === null) },
  ];
  const drop = (table: number | null) => (e: React.DragEvent) => {
    e.preventDefault();
    setOver(null);
    const participantID = e.dataTransfer.getData('text/plain');
    if (participantID) void act('arrange', { participantID, table });
  };
  return (
    <section className="soc-dash__arrange" aria-label={t('session.dragHint')}>
      <p className="soc-muted">{t('session.dragHint')}</p>
      <div className="soc-dash__columns">
        {columns.map(({ table, people }) => (
          <div
            key={table ?? 'none'}
            className={over === (table ?? 'none') ? 'soc-col soc-col--over' : 'soc-col'}
            data-column={table ?? 'none'}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(table ?? 'none');
            }}
            onDragLeave={() => setOver(null)}
            onDrop={drop(table)}
          >
            <h2>
              {table === null ? t('session.unplaced') : t('session.table', { n: table + 1 })}
              {table !== null && <span className="soc-muted"> · {people.length}/{data.settings.seatsPerTable}</span>}
            </h2>
            {people.length === 0 && <p className="soc-muted">{t('session.nobody')}</p>}
            <ul>
              {people.map((p) => (
                <li key={p.id} className="soc-chip" draggable onDragStart={(e) => e.dataTransfer.setData('text/plain', p.id)} data-participant={p.name}>
                  <span className="soc-chip__name">{p.name}</span>
                  {p.initiative && <span className="soc-chip__initiative">{p.initiative}</span>}
                  <select aria-label={t('session.moveTo', { name: p.name })} value={p.table === null ? '' : String(p.table)} onChange={(e) => act('arrange', { participantID: p.id, table: e.target.value === '' ? null : Number(e.target.value) })}>
                    <option value="">{t('session.unplaced')}</option>
                    {data.tables.map((x) => (
                      <option key={x.index} value={x.index}>
                        {t('session.table', { n: x.index + 1 })}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

type ReadChat = (table: number) => Promise<ChatMessage[]>;

function Tables({ data, act, offset, readChat }: { data: DashboardData; act: Act; offset: number; readChat: ReadChat }) {
  const now = useNow(offset);
  return (
    <section className="soc-dash__tables">
      {data.tables.map((x) => (
        <TableCard key={x.index} table={x} act={act} now={now} ended={data.status === 'ended'} readChat={readChat} />
      ))}
    </section>
  );
}

function TableCard({ table, act, now, ended, readChat }: { table: TableSummary; act: Act; now: number; ended: boolean; readChat: ReadChat }) {
  const { t } = useTranslation();
  const read = useCallback(() => readChat(table.index), [readChat, table.index]);
  const id = useId();
  const [answer, setAnswer] = useState('');
  const flags = [
    table.paused && !table.ended && <span key="p" className="soc-pill soc-pill--paused">{t('session.paused')}</span>,
    table.stalled && <span key="s" className="soc-pill soc-pill--stalled">{t('session.stalled')}</span>,
    table.outcome && <span key="o" className={`soc-pill soc-pill--${table.outcome.result}`}>{t(`session.${table.outcome.result}`)}</span>,
    table.ended && !table.outcome && <span key="e" className="soc-pill">{t('session.ended')}</span>,
  ].filter(Boolean);
  return (
    <article className={`soc-tcard${table.help ? ' soc-tcard--help' : ''}${table.stalled ? ' soc-tcard--stalled' : ''}`} data-table={table.index} aria-labelledby={`${id}-h`}>
      <header className="soc-tcard__head">
        <h2 id={`${id}-h`}>
          {t('session.table', { n: table.index + 1 })} <span className="soc-muted soc-tcard__code">{table.code}</span>
        </h2>
        <div className="soc-tcard__flags">{flags}</div>
      </header>
      <p className="soc-tcard__round">{table.round > 0 ? t('session.round', { round: table.round, day: table.day }) : t('session.notStarted')}</p>
      <dl className="soc-tcard__numbers">
        <div>
          <dt>{t('session.pressure')}</dt>
          <dd>{table.pressure}</dd>
        </div>
        <div>
          <dt>{t('session.trust')}</dt>
          <dd>{table.trust}</dd>
        </div>
        <div>
          <dt>{t('session.crisis')}</dt>
          <dd>{table.crisis}</dd>
        </div>
        <div>
          <dt>{t('session.cases')}</dt>
          <dd>
            {table.casesDone}/{table.casesTotal}
          </dd>
        </div>
      </dl>
      {table.turn && (
        <p className="soc-tcard__turn" data-turn>
          ▸ {t('session.turn', { name: table.turn.name ?? t('table.seatName', { n: table.turn.seat + 1 }), time: table.turn.since ? clock(now - table.turn.since) : '–' })}
        </p>
      )}
      <ul className="soc-tcard__seats">
        {table.seats.map((s) => (
          <li key={s.seat}>
            <span className={s.connected ? 'soc-dot soc-dot--on' : 'soc-dot'} role="img" aria-label={s.connected ? t('session.connected') : t('session.notConnected')} />
            {s.name ?? '—'}
            {s.bot && <span className="soc-muted"> ({t('session.bot')})</span>}
          </li>
        ))}
      </ul>
      {table.help && (
        <form
          className="soc-tcard__help"
          role="alert"
          data-help
          onSubmit={async (e) => {
            e.preventDefault();
            if (await act('help/answer', { table: table.index, text: answer })) setAnswer('');
          }}
        >
          <p>
            <strong>{t('session.help')}</strong>: {table.help.by}
            {table.help.text && <> — “{table.help.text}”</>}
          </p>
          <label htmlFor={`${id}-answer`} className="soc-visually-hidden">
            {t('session.answer')}
          </label>
          <input id={`${id}-answer`} maxLength={280} placeholder={t('session.answerPlaceholder')} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          <button type="submit" className="soc-button soc-button--primary">
            {t('session.answer')}
          </button>
        </form>
      )}
      <TableChatPeek read={read} table={table.index} />
      <footer className="soc-tcard__foot">
        {!ended && !table.ended && (
          <button type="button" className="soc-button" data-action={table.paused ? 'resume' : 'pause'} onClick={() => act(table.paused ? 'resume' : 'pause', { table: table.index })}>
            {table.paused ? t('session.resume') : t('session.pause')}
          </button>
        )}
        <a className="soc-button soc-button--quiet" href={`/watch/${table.code}`} target="_blank" rel="noopener" data-action="observe">
          {t('session.observe')}
        </a>
      </footer>
    </article>
  );
}
