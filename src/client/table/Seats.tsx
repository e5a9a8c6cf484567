/**
 * Who sits at the table: names, roles, whose turn it is, and (online) who is connected right
 * now, so a group spread over time zones sees who it is waiting for.
 */
import { useTranslation } from 'react-i18next';
import type { PublicState } from '../../rules/view.ts';
import { DetailButton } from './details/Details.tsx';
import type { Namer } from './names.ts';

export function Seats({ view, n, present, bots = [] }: { view: PublicState; n: Namer; present?: readonly boolean[]; bots?: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <ul className="soc-seats-bar" aria-label={t('table.seats')}>
      {view.players.map((p, seat) => {
        const here = present?.[seat];
        const state = bots.includes(seat) ? t('table.bot') : present === undefined ? null : here ? t('table.present') : t('table.away');
        return (
          <li key={seat} className={seat === view.turn.seat ? 'soc-seat soc-seat--turn' : 'soc-seat'} data-seat={seat} data-present={present ? String(here === true) : undefined}>
            <span className={`soc-token soc-token--${seat}`} aria-hidden="true">
              {seat + 1}
            </span>
            <span className="soc-seat__name">{n.seat(seat)}</span>
            <span className="soc-seat__role">
              <DetailButton subject={{ kind: 'role', id: p.role }} name={n.role(p.role)}>
                {n.role(p.role)}
              </DetailButton>
            </span>
            {state && (
              <span className={here || bots.includes(seat) ? 'soc-seat__state' : 'soc-seat__state soc-seat__state--away'}>
                {present !== undefined && !bots.includes(seat) && <span aria-hidden="true">{here ? '● ' : '○ '}</span>}
                {state}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
