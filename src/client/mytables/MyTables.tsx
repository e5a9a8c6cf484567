/**
 * My tables: every seat this browser holds, whose turn it is and until when, and a link
 * that carries these seats to another device (opening it there adds them to that browser).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TurnInfo } from '../../protocol/away.ts';
import { HomeLink } from '../app/HomeLink.tsx';
import { away } from '../chat/api.ts';
import { timeLeft } from '../deadlines/time-left.ts';
import { heldSeats, holdSeat } from '../lobby/seats.ts';
import { carryHash, readCarry } from './carry.ts';

type Row = { matchID: string; playerID: string; name: string; code: string; info?: TurnInfo | 'gone' };

export function MyTables({ go }: { go: (to: string) => void }) {
  const { t, i18n } = useTranslation();
  const [carried, setCarried] = useState<number | 'broken' | null>(null);
  const [rows, setRows] = useState<Row[]>([]);

  const [seats, setSeats] = useState(() => heldSeats());

  // A carry link opened here: its seats join this browser's, and the address forgets them.
  // In an effect, not during render: a render may be thrown away (a lazy page or the deck
  // still on its way suspends the tree), and the hash it read would be gone for the next one.
  useEffect(() => {
    if (!location.hash.startsWith('#carry=')) return;
    const got = readCarry(location.hash);
    if (got) for (const [matchID, seat] of Object.entries(got)) holdSeat(matchID, seat);
    history.replaceState(null, '', location.pathname);
    setCarried(got ? Object.keys(got).length : 'broken');
    setSeats(heldSeats());
  }, []);

  useEffect(() => {
    const list: Row[] = Object.entries(seats).map(([matchID, s]) => ({ matchID, playerID: s.playerID, name: s.name, code: s.code }));
    setRows(list);
    for (const row of list) {
      away.turn(row.matchID).then(
        (info) => setRows((all) => all.map((r) => (r.matchID === row.matchID ? { ...r, info } : r))),
        () => setRows((all) => all.map((r) => (r.matchID === row.matchID ? { ...r, info: 'gone' } : r))),
      );
    }
  }, [seats]);

  const link = `${location.origin}/tables#${carryHash(seats)}`;
  const when = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  // Your turn first, then the nearest deadline.
  const sorted = [...rows].sort((a, b) => rank(a) - rank(b));

  return (
    <main id="main" className="soc-home soc-mytables">
      <h1>{t('away.mytables.title')}</h1>
      {carried !== null && (
        <p className={carried === 'broken' ? 'soc-error' : 'soc-note'} role="status">
          {carried === 'broken' ? t('away.mytables.carryBroken') : t('away.mytables.carried', { count: carried })}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t('away.mytables.none')}</p>
      ) : (
        <ul>
          {sorted.map((r) => {
            const info = r.info;
            const gone = info === 'gone';
            const mine = info && !gone && !info.over && info.seat === r.playerID;
            const seatName = info && !gone ? (info.names[Number(r.playerID)] ?? r.name) : r.name;
            return (
              <li key={r.matchID} data-table={r.matchID} data-mine={mine ? 'true' : undefined}>
                <span>
                  <strong>{t('away.mytables.table', { code: (info && !gone && info.code) || r.code })}</strong> · {t('away.mytables.seat', { name: seatName || `${Number(r.playerID) + 1}` })}
                </span>
                <span className={mine ? 'soc-mytables__turn--mine' : undefined}>
                  {gone
                    ? t('away.mytables.unknown')
                    : !info
                      ? '…'
                      : info.over
                        ? t('away.mytables.over')
                        : mine
                          ? t('away.mytables.yourTurn')
                          : t('away.mytables.theirTurn', { name: info.names[Number(info.seat)] ?? `${Number(info.seat) + 1}` })}
                  {info && !gone && !info.over && info.dueAt !== undefined && (
                    <span className="soc-muted">
                      {' '}
                      · {when.format(info.dueAt)} ({t('away.pace.left', { time: timeLeft(info.dueAt - Date.now(), i18n.language) })})
                    </span>
                  )}
                  {info && !gone && !info.pace && <span className="soc-muted"> · {t('away.pace.live')}</span>}
                </span>
                {!gone && (
                  <a
                    className="soc-button"
                    href={`/table/${r.matchID}`}
                    onClick={(e) => {
                      e.preventDefault();
                      go(`/table/${r.matchID}`);
                    }}
                  >
                    {t('away.mytables.open')}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > 0 && (
        <section className="soc-panel">
          <h2>{t('away.mytables.carry')}</h2>
          <p>{t('away.mytables.carryIntro')}</p>
          <textarea readOnly rows={3} value={link} aria-label={t('away.mytables.carry')} data-carry onFocus={(e) => e.target.select()} />
        </section>
      )}
      <HomeLink go={go} />
    </main>
  );
}

function rank(r: Row): number {
  const info = r.info;
  if (!info || info === 'gone') return 4e15;
  if (info.over) return 3e15;
  if (info.seat === r.playerID) return info.dueAt ?? 5e14;
  return 1e15 + (info.dueAt ?? 1e15);
}
