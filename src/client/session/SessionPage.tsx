/**
 * A participant's page, /session/CODE: join with a name (and initiative, and table when the
 * session lets people choose), wait for the start, then play at the table the session gives,
 * under the facilitator's bar. The participant key is this seat's credentials.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { ParticipantView, SessionInvitation } from '../../protocol/sessions.ts';
import { HomeLink } from '../app/HomeLink.tsx';
import { errorText, type ApiError } from '../lobby/api.ts';
import { onlineClient } from '../table/connect.ts';
import { Table } from '../table/Table.tsx';
import { sessionApi } from './api.ts';
import { forgetParticipant, heldParticipant, holdParticipant, type HeldParticipant } from './keys.ts';
import { SessionBar } from './SessionBar.tsx';
import { openStream } from './stream.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';
import './session.css';

export function SessionPage({ code, content, go, projector }: { code: string; content: Content; go: (to: string) => void; projector: boolean }) {
  const [held, setHeld] = useState(() => heldParticipant(code));
  if (!held) {
    return (
      <JoinSession
        code={code}
        go={go}
        onJoined={(h) => {
          holdParticipant(code, h);
          setHeld(h);
        }}
      />
    );
  }
  return (
    <InSession
      held={held}
      content={content}
      go={go}
      projector={projector}
      onLost={() => {
        forgetParticipant(code);
        setHeld(undefined);
      }}
    />
  );
}

function useErrorText() {
  const { t } = useTranslation();
  return (err: unknown) => errorText(t, err);
}

function JoinSession({ code, go, onJoined }: { code: string; go: (to: string) => void; onJoined: (h: HeldParticipant) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const sayError = useErrorText();
  const [invitation, setInvitation] = useState<SessionInvitation | null>(null);
  const [name, setName] = useState('');
  const [initiative, setInitiative] = useState('');
  const [table, setTable] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    sessionApi.invitation(code).then(setInvitation, (err) => setError(sayError(err)));
  }, [code]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const joined = await sessionApi.join(code, { name, ...(invitation?.initiatives ? { initiative } : {}), ...(table !== null ? { table } : {}) });
      onJoined(joined);
    } catch (err) {
      setError(sayError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="soc-join soc-session-join">
      {invitation && <h1>{t('session.joinTitle', { title: invitation.title })}</h1>}
      {invitation && (
        <form className="soc-panel" onSubmit={submit} data-form="join-session">
          <label htmlFor={`${id}-name`}>{t('session.yourName')}</label>
          <input id={`${id}-name`} maxLength={24} required value={name} autoComplete="nickname" onChange={(e) => setName(e.target.value)} />
          {invitation.initiatives && (
            <>
              <label htmlFor={`${id}-initiative`}>{t('session.yourInitiative')}</label>
              <input id={`${id}-initiative`} maxLength={200} value={initiative} onChange={(e) => setInitiative(e.target.value)} />
            </>
          )}
          {invitation.seating === 'self' && (
            <>
              <label htmlFor={`${id}-table`}>{t('session.chooseTable')}</label>
              <select id={`${id}-table`} value={table === null ? '' : String(table)} onChange={(e) => setTable(e.target.value === '' ? null : Number(e.target.value))}>
                <option value="">{t('session.anyTable')}</option>
                {invitation.tables.map((x) => (
                  <option key={x.index} value={x.index} disabled={x.taken >= x.seats}>
                    {t('session.tableTaken', { n: x.index + 1, taken: x.taken, seats: x.seats })}
                  </option>
                ))}
              </select>
            </>
          )}
          <button type="submit" className="soc-button soc-button--primary" disabled={busy || invitation.status === 'ended'}>
            {t('session.join')}
          </button>
        </form>
      )}
      <ErrorLine text={error} />
      {error && <HomeLink go={go} />}
    </main>
  );
}

function InSession({ held, content, go, projector, onLost }: { held: HeldParticipant; content: Content; go: (to: string) => void; projector: boolean; onLost: () => void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<ParticipantView | null>(null);
  const [offset, setOffset] = useState(0);
  const [live, setLive] = useState(true);
  useEffect(() => {
    // One plain request first: a key the server no longer knows sends the person back to the join form.
    sessionApi.me(held.sessionID, held.participantKey).then(
      (v) => {
        setView(v);
        setOffset(v.serverNow - Date.now());
      },
      (err: ApiError) => {
        if (err.status === 403 || err.status === 401) onLost();
      },
    );
    return openStream<ParticipantView>(
      `/api/sessions/${encodeURIComponent(held.sessionID)}/me/events`,
      held.participantKey,
      (v) => {
        setView(v);
        setOffset(v.serverNow - Date.now());
      },
      setLive,
    );
  }, [held.sessionID, held.participantKey]);
  const seat = view?.table;
  const client = useMemo(
    () => (seat ? onlineClient(content, { server: location.origin, matchID: seat.matchID, playerID: seat.playerID, credentials: held.participantKey }) : null),
    [content, seat?.matchID, seat?.playerID, held.participantKey],
  );
  if (!view) return <main id="main" aria-busy="true" />;
  return (
    <div className="soc-session-play">
      <SessionBar view={view} participantKey={held.participantKey} offset={offset} />
      {!live && <p className="soc-banner soc-banner--offline">{t('session.offline')}</p>}
      {client && seat ? (
        <Table key={seat.matchID} client={client} content={content} mode="online" seat={Number(seat.playerID)} projector={projector} onHome={() => go('/')} />
      ) : (
        <main id="main" className="soc-home">
          <p className="soc-session-wait" role="status">
            {t('session.waiting', { name: view.me.name })}
          </p>
        </main>
      )}
    </div>
  );
}
