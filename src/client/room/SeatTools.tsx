/**
 * What only the player in a seat sees about it: the personal seat link (the seat's key after
 * `#`, which never reaches the server) to carry the seat to another device, and leaving the seat.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, lobby, type TableInfo } from '../lobby/api.ts';
import type { HeldSeat } from '../lobby/seats.ts';
import { CopyField } from './CopyField.tsx';
import { ErrorLine } from '../app/ErrorLine.tsx';

/** /join/CODE#seat=N.KEY: the join page stores the seat in the browser that opens it. */
function personalLink(info: TableInfo, seat: Pick<HeldSeat, 'playerID' | 'credentials'>): string {
  const base = info.joinUrl ?? `${location.origin}/join/${info.code}`;
  return `${base}#seat=${seat.playerID}.${seat.credentials}`;
}

export function SeatTools({ info, seat, onLeft }: { info: TableInfo; seat: HeldSeat; onLeft: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    setError(null);
    try {
      await lobby.leave(info.code, seat.playerID, seat.credentials);
      onLeft();
    } catch (err) {
      setError(errorText(t, err));
    }
  };
  return (
    <div className="soc-room__mine">
      <details className="soc-room__personal" data-personal>
        <summary id={`${id}-title`}>{t('room.personalTitle')}</summary>
        <p className="soc-room__warning" role="note">
          {t('room.personalWarning')}
        </p>
        <CopyField value={personalLink(info, seat)} label={t('room.personalTitle')} />
      </details>
      {asking ? (
        <div className="soc-room__leave" role="group" aria-label={t('room.leave')}>
          <p>{t('room.leaveConfirm')}</p>
          <button type="button" className="soc-button soc-button--danger" data-leave-confirm onClick={() => void leave()}>
            {t('room.leave')}
          </button>{' '}
          <button type="button" className="soc-button soc-button--quiet" onClick={() => setAsking(false)}>
            {t('room.stay')}
          </button>
        </div>
      ) : (
        <button type="button" className="soc-button soc-button--quiet" data-leave onClick={() => setAsking(true)}>
          {t('room.leave')}
        </button>
      )}
      <ErrorLine text={error} />
    </div>
  );
}
