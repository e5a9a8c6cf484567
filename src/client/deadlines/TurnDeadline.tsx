/**
 * The turn deadline of an asynchronous table, under the status bar: whose turn, until when
 * (in this browser's time zone) and how long is left, and what happens then. Read again at
 * every new turn; the time left counts down each minute.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TurnInfo } from '../../protocol/away.ts';
import { away } from '../chat/api.ts';
import { timeLeft } from './time-left.ts';

export function TurnDeadline({ matchID, turn, mySeat, name }: { matchID: string; turn: number; mySeat?: number; name: (seat: number) => string }) {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<TurnInfo | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let live = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    const read = (retry: boolean) =>
      away.turn(matchID).then(
        (i) => {
          if (!live) return;
          setInfo(i);
          // The new turn's deadline may be written a moment after the move arrived: look once more.
          if (retry && i.pace && i.dueAt === undefined && !i.over) again = setTimeout(() => read(false), 1500);
        },
        () => undefined,
      );
    void read(true);
    return () => {
      live = false;
      clearTimeout(again);
    };
  }, [matchID, turn]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!info?.pace) return null;
  if (info.dueAt === undefined || info.over) return <p className="soc-deadline soc-muted">{t('away.pace.async', { hours: info.pace.hours })}</p>;
  const seat = Number(info.seat);
  const time = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(info.dueAt);
  const late = info.dueAt <= now;
  const left = late ? t('away.pace.passed') : t('away.pace.left', { time: timeLeft(info.dueAt - now, i18n.language) });
  const mine = seat === mySeat;
  return (
    <p className={`soc-deadline${mine ? ' soc-deadline--mine' : ''}${late ? ' soc-deadline--late' : ''}`} data-deadline={info.dueAt} role="status">
      {mine ? t('away.pace.dueMine', { time, left }) : t('away.pace.due', { name: name(seat), time, left })}{' '}
      <span className="soc-muted">{t('away.pace.then', { what: t(`away.pace.${info.pace.onTimeout}`) })}</span>
    </p>
  );
}
