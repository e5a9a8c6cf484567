/**
 * What the facilitator says to a table, above the table itself: the paused banner, the
 * countdown, the last broadcast, the open reflection question with the table's notes, and the
 * "ask for help" button.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../protocol/sessions.ts';
import { errorText } from '../lobby/api.ts';
import { sessionApi } from './api.ts';
import { clock, useNow } from './time.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';

export function SessionBar({ view, participantKey, offset }: { view: ParticipantView; participantKey: string; offset: number }) {
  const { t } = useTranslation();
  const now = useNow(offset);
  const [error, setError] = useState<string | null>(null);
  const run = async (task: () => Promise<unknown>) => {
    setError(null);
    try {
      await task();
    } catch (err) {
      setError(errorText(t, err));
    }
  };
  const seated = view.table !== null;
  return (
    <section className="soc-sbar" aria-label={view.title} data-session-bar>
      <div className="soc-sbar__row">
        <strong className="soc-sbar__title">{view.title}</strong>
        {view.table && <span className="soc-muted">{t('session.atTable', { n: view.table.index + 1 })}</span>}
        {view.countdown && view.countdown.endsAt > now && (
          <span className="soc-sbar__countdown" data-session="countdown" role="timer" aria-live="off">
            {t('session.timeLeft', { label: view.countdown.label, time: clock(view.countdown.endsAt - now) })}
          </span>
        )}
        {seated && view.status === 'running' && (
          <span className="soc-sbar__help" data-session="help">
            {view.help.pending ? (
              <span role="status">{t('session.helpPending')}</span>
            ) : (
              <button type="button" className="soc-button" onClick={() => run(() => sessionApi.help(view.sessionID, participantKey, ''))}>
                {t('session.askHelp')}
              </button>
            )}
          </span>
        )}
      </div>
      {view.paused && view.status === 'running' && (
        <p className="soc-banner soc-banner--paused" role="status" data-session="paused">
          {t('session.pausedBanner')}
        </p>
      )}
      {view.status === 'ended' && (
        <p className="soc-banner soc-banner--paused" role="status" data-session="ended">
          {t('session.endedBanner')}
        </p>
      )}
      {view.broadcast && (
        <p className="soc-banner soc-banner--message" role="status" data-session="broadcast">
          {t('session.message')}: {view.broadcast.text}
        </p>
      )}
      {!view.help.pending && view.help.answer && (
        <p className="soc-sbar__answer" role="status" data-session="help-answer">
          {t('session.helpAnswer', { answer: view.help.answer })}
        </p>
      )}
      {view.question && seated && <QuestionNotes key={view.question.id} view={view} participantKey={participantKey} onError={setError} />}
      <ErrorLine text={error} />
    </section>
  );
}

function QuestionNotes({ view, participantKey, onError }: { view: ParticipantView; participantKey: string; onError: (e: string | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(view.notes);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  // Another player of this table saved notes: show them, unless this one is writing.
  useEffect(() => {
    if (!dirty) setText(view.notes);
  }, [view.notes, dirty]);
  const save = async () => {
    onError(null);
    try {
      await sessionApi.notes(view.sessionID, participantKey, view.question!.id, text);
      setDirty(false);
      setSaved(true);
    } catch (err) {
      onError(errorText(t, err));
    }
  };
  return (
    <div className="soc-sbar__question" data-session="question">
      <label htmlFor={`${id}-notes`}>
        <strong>{view.question!.text}</strong> <span className="soc-muted">— {t('session.notes')}</span>
      </label>
      <textarea
        id={`${id}-notes`}
        rows={2}
        maxLength={2000}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setDirty(true);
          setSaved(false);
        }}
      />
      <button type="button" className="soc-button" onClick={save} disabled={!dirty}>
        {saved ? t('session.saved') : t('session.saveNotes')}
      </button>
    </div>
  );
}
