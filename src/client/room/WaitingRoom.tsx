/**
 * The waiting room of an online table: who has sat down (live, with who is connected), the
 * invite (code, link, QR code), the host's Start button, and for a seated player their own
 * initiative (bring, change, or a deck case: MyInitiative), personal seat link and the way out. The table starts when the host says so or when every
 * seat is taken; the page then turns into the table by itself.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import { errorText, lobby, type TableInfo } from '../lobby/api.ts';
import type { HeldSeat } from '../lobby/seats.ts';
import { useMatch } from '../table/useMatch.ts';
import type { TableClient } from '../table/connect.ts';
import { InvitePanel } from './InvitePanel.tsx';
import { MyInitiative } from './MyInitiative.tsx';
import { SeatTools } from './SeatTools.tsx';
import { ErrorLine } from '../app/ErrorLine.tsx';
import './room.css';

export interface WaitingRoomProps {
  info: TableInfo;
  /** The deck, once it is here (the seat's initiative editor needs it). */
  content: Content | null;
  /**
   * The connection that tells of arrivals (the parent reads the table again on each); null while
   * the game's engine is on its way: the room shows the table's record until then.
   */
  client: TableClient | null;
  /** This browser's seat, if it sits here. */
  seat?: HeldSeat;
  hostKey?: string;
  projector: boolean;
  onStarted: () => void;
  onLeft: () => void;
  /** The table's record changed here (this seat's initiative): read it again. */
  onChanged: () => void;
}

export function WaitingRoom({ info, content, client, seat, hostKey, projector, onStarted, onLeft, onChanged }: WaitingRoomProps) {
  const { t } = useTranslation();
  const id = useId();
  // Connected while waiting: this seat shows as here to the others, and their arrivals come in.
  const { present } = useMatch(client);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = seat ? Number(seat.playerID) : undefined;
  const taken = info.seats.filter((s) => s.name !== null || s.bot).length;
  const people = info.seats.filter((s) => s.name !== null && !s.bot).length;
  const start = async () => {
    if (!hostKey) return;
    setBusy(true);
    setError(null);
    try {
      await lobby.start(info.code, hostKey);
      onStarted();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className={projector ? 'soc-room soc-room--projector' : 'soc-room'} data-waiting-room={info.code}>
      <h1>{t('room.waitingTitle', { code: info.code })}</h1>
      <p className="soc-room__intro">{hostKey ? t('room.waitingHost') : t('room.waitingIntro')}</p>
      <div className="soc-room__grid">
        <section className="soc-panel soc-room__who" aria-labelledby={`${id}-who`}>
          <h2 id={`${id}-who`}>{t('room.seatsTitle')}</h2>
          <p className="soc-muted" role="status" data-taken={taken}>
            {t('room.seatsTaken', { taken, total: info.seats.length })}
          </p>
          <ul className="soc-room__seats">
            {info.seats.map((s) => {
              const here = s.bot || present[s.id] === true || (present.length === 0 && s.connected);
              return (
                <li key={s.id} data-seat={s.id} data-state={s.bot ? 'bot' : s.name === null ? 'free' : here ? 'here' : 'away'}>
                  <span className={`soc-token soc-token--${s.id}`} aria-hidden="true">
                    {s.id + 1}
                  </span>
                  <span className="soc-room__seat-name">
                    {s.name ?? t('room.seatFree')}
                    {s.id === mine && ` (${t('room.seatYou')})`}
                    {s.initiative && (
                      <span className="soc-room__initiative" data-initiative>
                        {t('room.seatInitiative', { name: s.initiative, interpolation: { escapeValue: false } })}
                      </span>
                    )}
                  </span>
                  {s.name !== null && (
                    <span className={here ? 'soc-room__here' : 'soc-room__away'}>
                      <span aria-hidden="true">{here ? '● ' : '○ '}</span>
                      {s.bot ? t('room.seatBot') : here ? t('room.here') : t('room.away')}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {hostKey && (
            <>
              <button type="button" className="soc-button soc-button--primary" data-start disabled={busy || people === 0} onClick={() => void start()}>
                {busy ? t('room.starting') : t('room.start')}
              </button>
              {people === 0 && <p className="soc-muted">{t('room.startNoOne')}</p>}
            </>
          )}
          <ErrorLine text={error} />
        </section>
        <div className="soc-panel">
          <InvitePanel info={info} compact={projector} />
        </div>
        {seat && (
          <div className="soc-panel">
            <MyInitiative info={info} content={content} seat={seat} onChanged={onChanged} />
            <SeatTools info={info} seat={seat} onLeft={onLeft} />
          </div>
        )}
      </div>
    </main>
  );
}
