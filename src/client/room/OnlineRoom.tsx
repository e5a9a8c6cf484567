/**
 * An online table as a seated player (/table/ID) or a spectator (/watch/CODE) sees it: the
 * waiting room until play begins, then the table with the invite beside it (a QR code on the
 * projector), the player's own seat link and leave button, and the host's hand on the seats.
 *
 * The waiting room and the table each get their own boardgame.io client (a fresh socket when
 * play begins): a client is started and stopped by the component that shows it.
 */
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentProps } from 'react';
import type { Content } from '../../content/content.ts';
import { useTranslation } from 'react-i18next';
import { HomeLink } from '../app/HomeLink.tsx';
import { Loading } from '../app/Loading.tsx';
import { ProblemPage } from '../app/ProblemPage.tsx';
import { errorText, lobby, type TableInfo } from '../lobby/api.ts';
import { forgetSeat, heldSeat, holdSeat, type HeldSeat } from '../lobby/seats.ts';
import { readSeatHash } from '../mytables/carry.ts';
import { hostKeyFor } from './hosted.ts';
import { HostSeats } from './HostSeats.tsx';
import { InvitePanel } from './InvitePanel.tsx';
import { SeatTools } from './SeatTools.tsx';
import type { TableClient } from '../table/connect.ts';
import { useOnlineClient } from './useOnlineClient.ts';
import { useTableInfo } from './useTableInfo.ts';
import { WaitingRoom } from './WaitingRoom.tsx';
import './room.css';

// The table comes with the game's engine, after the waiting room (useOnlineClient.ts).
const Table = lazy(() => import('../table/Table.tsx').then((m) => ({ default: m.Table })));

type Go = (to: string) => void;

function Problem({ text, go }: { text: string; go: Go }) {
  return (
    <ProblemPage text={text}>
      <HomeLink go={go} />
    </ProblemPage>
  );
}

/** The table once the game's engine and the deck have come (a chunk of its own); "loading" until then. */
function LiveTable({ client, content, ...props }: Omit<ComponentProps<typeof Table>, 'client' | 'content'> & { client: TableClient | null; content: Content | null }) {
  // The connection opens as soon as the client is made, while the table's own code may still be
  // on its way: on a slow phone its round trips then overlap the table's first render. (The
  // table starts the same client again when it shows, which changes nothing, and stops it.)
  useEffect(() => {
    if (!client) return;
    client.start();
    return () => client.stop();
  }, [client]);
  if (!client || !content) return <Loading />;
  return (
    <Suspense fallback={<Loading />}>
      <Table client={client} content={content} {...props} />
    </Suspense>
  );
}

/**
 * The invite beside a table in play, folded away: opened, it shows the code, the links and the
 * QR code, which is made only then (making it is a slow phone's longest step on a table's first
 * render, for something seldom opened).
 */
function MoreInvite({ info }: { info: TableInfo }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="soc-room__more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('room.inviteTitle')} · <span className="soc-code">{info.code}</span>
      </summary>
      {open && <InvitePanel info={info} />}
    </details>
  );
}

function useProblem(error: unknown, deckError: Error | null): string | null {
  const { t } = useTranslation();
  if (deckError) return t('errors.content', { message: deckError.message });
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

export function SeatedTable({ matchID, go, projector }: { matchID: string; go: Go; projector: boolean }) {
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
  const { client, content, deckError, loadError } = useOnlineClient(seat && phase ? { server: location.origin, matchID, playerID: seat.playerID, credentials: seat.credentials } : null, phase);
  const { info, error, reload } = useTableInfo(code, client);
  useEffect(() => {
    const next = phaseOf(info);
    if (next && next !== phase) setPhase(next);
  }, [info?.status]);
  const problem = useProblem(error ?? codeError ?? loadError, deckError);
  if (!seat) return <Problem text={t('errors.noSeat')} go={go} />;
  if (problem) return <Problem text={problem} go={go} />;
  if (!info) return <Loading />;
  const hostKey = hostKeyFor(matchID);
  const left = () => {
    forgetSeat(matchID);
    go('/');
  };
  // The seat went to a bot or became free (the host's hand, or this seat left on another device): say so, offer the invite.
  const mine = info.seats[Number(seat.playerID)];
  if (mine && (mine.bot || mine.name === null)) {
    return (
      <ProblemPage text={t('room.seatGone')} mark="seat-gone">
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
      </ProblemPage>
    );
  }
  if (phase === 'waiting') return <WaitingRoom key="waiting" info={info} content={content} client={client} seat={seat} hostKey={hostKey} projector={projector} onStarted={reload} onLeft={left} onChanged={reload} />;
  return (
    <LiveTable
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
          <MoreInvite info={info} />
          <SeatTools info={info} seat={seat} onLeft={left} />
        </div>
      }
    />
  );
}

export function WatchedTable({ code, go, projector }: { code: string; go: Go; projector: boolean }) {
  const [phase, setPhase] = useState<'waiting' | 'playing' | null>(null);
  const [matchID, setMatchID] = useState<string | null>(null);
  const { client, content, deckError, loadError } = useOnlineClient(matchID && phase ? { server: location.origin, matchID } : null, phase);
  const { info, error, reload } = useTableInfo(code, client);
  useEffect(() => {
    if (info) setMatchID(info.matchID);
    const next = phaseOf(info);
    if (next && next !== phase) setPhase(next);
  }, [info?.matchID, info?.status]);
  const problem = useProblem(error ?? loadError, deckError);
  if (problem) return <Problem text={problem} go={go} />;
  if (!info) return <Loading />;
  const hostKey = hostKeyFor(info.matchID);
  if (phase === 'waiting') return <WaitingRoom key="waiting" info={info} content={content} client={client} hostKey={hostKey} projector={projector} onStarted={reload} onLeft={() => go('/')} onChanged={reload} />;
  return (
    <LiveTable
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
