/**
 * An online table as a seated player (/table/ID) or a spectator (/watch/CODE) sees it: the
 * waiting room until play begins, then the table with the invite beside it (a QR code on the
 * projector), the player's own seat link and leave button, and the host's hand on the seats.
 *
 * The waiting room and the table each get their own boardgame.io client (a fresh socket when
 * play begins): a client is started and stopped by the component that shows it.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import { HomeLink } from '../app/HomeLink.tsx';
import { errorText, lobby, type TableInfo } from '../lobby/api.ts';
import { forgetSeat, heldSeat, holdSeat, type HeldSeat } from '../lobby/seats.ts';
import { readSeatHash } from '../mytables/carry.ts';
import { onlineClient } from '../table/connect.ts';
import { Table } from '../table/Table.tsx';
import { hostKeyFor } from './hosted.ts';
import { HostSeats } from './HostSeats.tsx';
import { InvitePanel } from './InvitePanel.tsx';
import { SeatTools } from './SeatTools.tsx';
import { useTableInfo } from './useTableInfo.ts';
import { WaitingRoom } from './WaitingRoom.tsx';
import './room.css';

type Go = (to: string) => void;

function Problem({ text, go }: { text: string; go: Go }) {
  return (
    <main id="main" className="soc-home">
      <p className="soc-error" role="alert">
        {text}
      </p>
      <HomeLink go={go} />
    </main>
  );
}

function Loading() {
  return <main id="main" aria-busy="true" />;
}

function useProblem(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  return errorText(t, error);
}

/** Waiting or playing: the client to use changes when play begins. */
function phaseOf(info: TableInfo | null): 'waiting' | 'playing' | null {
  return info ? (info.status === 'waiting' ? 'waiting' : 'playing') : null;
}

/** The seat this browser holds at `matchID` (a notice's #seat= link is taken in first). */
function useHeldSeat(matchID: string): HeldSeat | undefined {
  return useMemo(() => {
    const carried = readSeatHash(location.hash);
    if (carried) {
      const before = heldSeat(matchID);
      holdSeat(matchID, { ...carried, name: before?.name ?? '', code: before?.code ?? '' });
      history.replaceState(null, '', location.pathname);
    }
    return heldSeat(matchID);
  }, [matchID]);
}

export function SeatedTable({ matchID, content, go, projector }: { matchID: string; content: Content; go: Go; projector: boolean }) {
  const { t } = useTranslation();
  const seat = useHeldSeat(matchID);
  const [code, setCode] = useState<string | null>(seat?.code || null);
  const [codeError, setCodeError] = useState<unknown>(null);
  // A seat carried in a notice link has no code with it: the server knows the match's.
  useEffect(() => {
    if (!seat || code) return;
    lobby.turn(matchID).then((x) => {
      holdSeat(matchID, { ...seat, code: x.code });
      setCode(x.code);
    }, setCodeError);
  }, [matchID, seat, code]);
  const [phase, setPhase] = useState<'waiting' | 'playing' | null>(null);
  const client = useMemo(
    () => (seat && phase ? onlineClient(content, { server: location.origin, matchID, playerID: seat.playerID, credentials: seat.credentials }) : null),
    [content, matchID, seat?.credentials, phase],
  );
  const { info, error, reload } = useTableInfo(code, client);
  useEffect(() => {
    const next = phaseOf(info);
    if (next && next !== phase) setPhase(next);
  }, [info?.status]);
  const problem = useProblem(error ?? codeError);
  if (!seat) return <Problem text={t('errors.noSeat')} go={go} />;
  if (problem) return <Problem text={problem} go={go} />;
  if (!info || !client) return <Loading />;
  const hostKey = hostKeyFor(matchID);
  const left = () => {
    forgetSeat(matchID);
    go('/');
  };
  // The seat went to a bot or became free (the host's hand, or this seat left on another device): say so, offer the invite.
  const mine = info.seats[Number(seat.playerID)];
  if (mine && (mine.bot || mine.name === null)) {
    return (
      <main id="main" className="soc-home" data-seat-gone>
        <p className="soc-error" role="alert">
          {t('room.seatGone')}
        </p>
        <p>
          <button
            type="button"
            className="soc-button soc-button--primary"
            onClick={() => {
              forgetSeat(matchID);
              go(`/join/${info.code}`);
            }}
          >
            {t('room.joinAgain')}
          </button>
        </p>
        <HomeLink go={go} />
      </main>
    );
  }
  if (phase === 'waiting') return <WaitingRoom key="waiting" info={info} content={content} client={client} seat={seat} hostKey={hostKey} projector={projector} onStarted={reload} onLeft={left} onChanged={reload} />;
  return (
    <Table
      key="playing"
      client={client}
      content={content}
      mode="online"
      seat={Number(seat.playerID)}
      projector={projector}
      onHome={() => go('/')}
      aside={
        <div className="soc-room__aside">
          {hostKey && <HostSeats info={info} hostKey={hostKey} onChanged={reload} />}
          <details className="soc-room__more">
            <summary>
              {t('room.inviteTitle')} · <span className="soc-code">{info.code}</span>
            </summary>
            <InvitePanel info={info} />
          </details>
          <SeatTools info={info} seat={seat} onLeft={left} />
        </div>
      }
    />
  );
}

export function WatchedTable({ code, content, go, projector }: { code: string; content: Content; go: Go; projector: boolean }) {
  const [phase, setPhase] = useState<'waiting' | 'playing' | null>(null);
  const [matchID, setMatchID] = useState<string | null>(null);
  const client = useMemo(() => (matchID && phase ? onlineClient(content, { server: location.origin, matchID }) : null), [content, matchID, phase]);
  const { info, error, reload } = useTableInfo(code, client);
  useEffect(() => {
    if (info) setMatchID(info.matchID);
    const next = phaseOf(info);
    if (next && next !== phase) setPhase(next);
  }, [info?.matchID, info?.status]);
  const problem = useProblem(error);
  if (problem) return <Problem text={problem} go={go} />;
  if (!info || !client) return <Loading />;
  const hostKey = hostKeyFor(info.matchID);
  if (phase === 'waiting') return <WaitingRoom key="waiting" info={info} content={content} client={client} hostKey={hostKey} projector={projector} onStarted={reload} onLeft={() => go('/')} onChanged={reload} />;
  return (
    <Table
      key="playing"
      client={client}
      content={content}
      mode="spectator"
      projector={projector}
      onHome={() => go('/')}
      aside={
        <div className="soc-room__aside">
          <InvitePanel info={info} compact={projector} />
          {hostKey && <HostSeats info={info} hostKey={hostKey} onChanged={reload} />}
        </div>
      }
    />
  );
}
