/**
 * How people get to a table: its code, the invite link (with a Copy button) and a QR code of
 * it, and the projector link. In the projector view it is compact: the code, the link as text
 * and the QR code, readable from the back of the room.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableInfo } from '../lobby/api.ts';
import { Qr } from '../session/Qr.tsx';
import { CopyField } from './CopyField.tsx';
import './room.css';

export function InvitePanel({ info, compact = false }: { info: TableInfo; compact?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const joinUrl = info.joinUrl ?? `${location.origin}/join/${info.code}`;
  const watchUrl = info.spectatorUrl ?? `${location.origin}/watch/${info.code}`;
  return (
    <section className={compact ? 'soc-room__invite soc-room__invite--compact' : 'soc-room__invite'} aria-labelledby={`${id}-title`} data-invite={info.code}>
      <h2 id={`${id}-title`}>{t('room.inviteTitle')}</h2>
      <div className="soc-room__invite-body">
        <Qr text={joinUrl} label={t('room.qr', { url: joinUrl })} size={compact ? 132 : 168} />
        <div className="soc-room__invite-text">
          <p>
            {t('room.code')}: <strong className="soc-code soc-room__code">{info.code}</strong>
          </p>
          {compact ? (
            <p className="soc-room__url">{joinUrl}</p>
          ) : (
            <>
              <p className="soc-room__label">{t('room.inviteLink')}</p>
              <CopyField value={joinUrl} label={t('room.inviteLink')} />
              <p className="soc-room__label">{t('room.watchLink')}</p>
              <CopyField value={watchUrl} label={t('room.watchLink')} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
