/**
 * The host's hand on the seats during play: a stalled seat goes to a bot (the game goes on),
 * a bot's seat is freed again for whoever joins with the invite.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, lobby, type TableInfo } from '../lobby/api.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';

export function HostSeats({ info, hostKey, onChanged }: { info: TableInfo; hostKey: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hand = async (seat: number, to: 'bot' | 'free') => {
    setBusy(true);
    setError(null);
    try {
      await lobby.handSeat(info.code, hostKey, seat, to);
      onChanged();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="soc-room__host" aria-labelledby={`${id}-title`} data-host-seats>
      <h2 id={`${id}-title`}>{t('room.hostTitle')}</h2>
      <p className="soc-muted">{t('room.hostHint')}</p>
      <ul className="soc-room__seats">
        {info.seats.map((s) => (
          <li key={s.id} data-seat={s.id}>
            <span className="soc-room__seat-name">
              {s.id + 1}. {s.name ?? t('room.seatFree')}
              {!s.bot && s.name !== null && !s.connected && <span className="soc-muted"> · {t('room.stalled')}</span>}
            </span>
            {s.bot ? (
              <button type="button" className="soc-button soc-button--quiet" disabled={busy} data-to="free" onClick={() => void hand(s.id, 'free')}>
                {t('room.toPerson', { n: s.id + 1 })}
              </button>
            ) : (
              <button type="button" className="soc-button soc-button--quiet" disabled={busy} data-to="bot" onClick={() => void hand(s.id, 'bot')}>
                {t('room.toBot', { n: s.id + 1 })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorLine text={error} />
    </section>
  );
}
