/**
 * One table: the board, the cases, the hands, the actions of the turn and the log, for a
 * hot-seat table (this screen acts for whoever's turn it is), an online seat, or a spectator.
 * Everything offered comes from the rules' list of legal moves for the seat that acts here.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { Language, PatternId } from '../../content/schema.ts';
import { moveArgs } from '../../game/game.ts';
import { legalMoves, whyNoneOf, type Move, type MoveType } from '../../rules/index.ts';
import type { LoggedEvent } from '../../rules/state.ts';
import { Actions } from './Actions.tsx';
import { FlowReveal, LiveRegion, useReveals } from './Announcer.tsx';
import { Board } from './Board.tsx';
import { Cases } from './Cases.tsx';
import { DetailsProvider } from './details/Details.tsx';
import { pick as pickValue, nextStep, type Choice, type Value } from './choice.ts';
import type { TableClient } from './connect.ts';
import { Hand } from './Hand.tsx';
import { HandOver } from './HandOver.tsx';
import { Log } from './Log.tsx';
import { namer } from './names.ts';
import { Reflection } from './Reflection.tsx';
import { Seats } from './Seats.tsx';
import { Status } from './Status.tsx';
import { useHotseatBots } from './useHotseatBots.ts';
import { useRefusals } from './useRefusals.ts';
import { useTurnSignal } from './useTurnSignal.ts';
import { useUndo } from './useUndo.ts';
import { TableChat } from '../chat/TableChat.tsx';
import { TurnDeadline } from '../deadlines/TurnDeadline.tsx';
import { NoticeSettings } from '../notices/NoticeSettings.tsx';
import { useMatch } from './useMatch.ts';

/**
 * Moves made as soon as their target is picked (no confirm step): study is the common draw,
 * share costs nothing and can be undone. Travel keeps its confirm with the preview of what
 * changes (from the Travel action; a click on a neighbouring place travels at once).
 */
const NO_CONFIRM: ReadonlySet<MoveType> = new Set(['study', 'share', 'care']);

// The debrief and its charts (d3) load when a match ends, not with the table.
const Debrief = lazy(() => import('../debrief/Debrief.tsx').then((m) => ({ default: m.Debrief })));

export type TableMode = 'hotseat' | 'online' | 'spectator';

export interface TableProps {
  client: TableClient;
  content: Content;
  mode: TableMode;
  /** The online seat of this browser. */
  seat?: number;
  /** Names by seat (hot-seat; online names come from the server). */
  names?: readonly string[];
  /** Hot-seat seats played by the heuristic bot. */
  bots?: readonly number[];
  botDelayMs?: number;
  projector: boolean;
  onHome: () => void;
  onAgain?: () => void;
  /** Beside the play (online: the invite, the seat link, the host's seats, under the hands; a spectator's: the invite, beside the seats). */
  aside?: ReactNode;
}

export function Table({ client, content, mode, seat, names: givenNames = [], bots = [], botDelayMs = 900, projector, onHome, onAgain, aside }: TableProps) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'en' ? 'en' : 'nl') as Language;
  const { view, can, connected, names: serverNames, present } = useMatch(client);
  const names = mode === 'hotseat' ? givenNames : serverNames;
  const ownNames = useMemo(() => Object.fromEntries((view?.cases ?? []).flatMap((c) => (c.own ? [[c.id, c.own.name]] : []))), [view?.cases.length, view !== null]);
  const n = useMemo(() => namer(content, lang, t, names, ownNames), [content, lang, t, names.join('\u0000'), ownNames]);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [handedTo, setHandedTo] = useState<number | null>(null);
  const refocus = useRef(false);
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { showing, breaking, spoken } = useReveals(view?.events ?? null, n, reduced, `${mode}:${client.matchID}:${seat ?? ''}`);

  const humans = useMemo(() => (view ? view.players.map((_, s) => s).filter((s) => !bots.includes(s)) : []), [view?.players.length, bots]);
  const turnSeat = view?.turn.seat ?? 0;
  // The seat this screen acts for: whoever's turn it is on a hot-seat table, else our own seat.
  const acting = mode === 'hotseat' ? turnSeat : mode === 'online' ? seat : undefined;

  // Hot-seat: the client plays as whoever's turn it is.
  useEffect(() => {
    if (mode === 'hotseat' && view && client.playerID !== String(turnSeat)) client.updatePlayerID(String(turnSeat));
  }, [mode, client, turnSeat, view !== null]);

  // A new turn starts clean: no half-made choice, nothing to undo.
  useEffect(() => {
    setChoice(null);
  }, [view?.turn.number]);

  const { refused, clear: clearRefused } = useRefusals(client);

  // Offline, a move could not reach the server: nothing is offered until the table reconnects.
  const offline = mode === 'online' && !connected;
  const legal = useMemo(() => (view && acting !== undefined && !offline ? legalMoves(content, view, acting) : []), [content, view, acting, offline]);
  /** Why no move of a type can be made now, in words. */
  const why = useCallback(
    (type: MoveType) => {
      if (offline) return t('connection.waitForIt');
      const reason = view && acting !== undefined ? whyNoneOf(content, view, acting, type) : 'notYourTurn';
      return reason ? t(`reason.${reason}`) : null;
    },
    [content, view, acting, offline, t],
  );

  const makeMove = useCallback(
    (move: Move) => {
      if (!view) return;
      clearRefused();
      setChoice(null);
      refocus.current = true;
      const fn = (client.moves as Record<string, (args: unknown) => void>)[move.type];
      fn?.(moveArgs(move));
    },
    [client, view, clearRefused],
  );

  // Several cards marked for the discard pile go one move at a time, each after the last is answered.
  const pendingDiscards = useRef<string[]>([]);
  useEffect(() => {
    if (pendingDiscards.current.length === 0 || !view) return;
    const card = pendingDiscards.current.shift();
    const move = view.turn.stage === 'discard' ? legal.find((m) => m.type === 'discard' && m.card === card) : undefined;
    if (move) makeMove(move);
    else pendingDiscards.current = [];
  }, [view?.eventCount]);

  // After our own move, focus returns to the first action still possible (keyboard play).
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    // A dialog that just opened (hand-over, reflection) keeps the focus it took.
    if (document.querySelector('[role="dialog"]')) return;
    document.querySelector<HTMLButtonElement>('.soc-actions [data-action]:not([aria-disabled="true"])')?.focus();
  }, [view?.eventCount]);

  // An online player elsewhere learns it is their turn (tab title, a notification if asked for).
  const signal = useTurnSignal(mode === 'online' && view !== null && !view.outcome && view.turn.seat === seat, view?.turn.number ?? 0, mode === 'online');

  // Bot seats of a hot-seat table move by themselves, at a pace people can follow.
  const botTurn = mode === 'hotseat' && view !== null && !view.outcome && bots.includes(turnSeat) && client.playerID === String(turnSeat);
  const botFailure = useHotseatBots({ content, view, botTurn, humans: humans.length, legal, delayMs: botDelayMs, makeMove });

  const forgetChoice = useCallback(() => setChoice(null), []);
  const { canUndo, undo } = useUndo(client, view, can, mode !== 'spectator' && !offline && acting === turnSeat, forgetChoice);

  // The step of the choice being made: what to pick next, or the move to confirm.
  const step = useMemo(() => (choice ? nextStep(legal, choice) : null), [legal, choice]);

  if (!view) {
    return (
      <main id="main" className="soc-loading" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }

  if (view.outcome) {
    return (
      <Suspense
        fallback={
          <main id="main" className="soc-loading" aria-busy="true">
            <p>{t('app.loading')}</p>
          </main>
        }
      >
        <Debrief content={content} view={view} outcome={view.outcome} n={n} names={names} onHome={onHome} onAgain={onAgain} />
      </Suspense>
    );
  }

  const myTurn = acting === turnSeat;
  const travelNow = myTurn && !choice ? legal.filter((m): m is Extract<Move, { type: 'travel' }> => m.type === 'travel') : [];
  const picking = step?.kind === 'pick' ? step : null;
  const onPick = (key: string, value: Value) => {
    if (!choice) return;
    const next = pickValue(choice, key, value);
    const after = nextStep(legal, next);
    // Common moves that cost nothing and can be taken back need no confirm: action, then target.
    if (after.kind === 'confirm' && NO_CONFIRM.has(next.type)) makeMove(after.move);
    else setChoice(next);
  };
  const selectableFor = (key: string, type?: MoveType) => (picking && picking.key === key && (!type || choice?.type === type) ? picking.options : []);
  const handOverDue = mode === 'hotseat' && humans.length > 1 && !bots.includes(turnSeat) && handedTo !== turnSeat;
  // The flow cards of the turn that ended are shown to the room first; then the device is passed.
  const needsHandOver = handOverDue && !showing;
  // While the last turn's flow is revealed the next player's hand stays hidden (the device is not passed yet).
  const showHands = mode !== 'spectator' && !handOverDue;
  const reflecting = view.turn.stage === 'reflection' && view.reflection !== null && !needsHandOver;
  // While a dialog is open the table behind it is inert: no focus, no clicks, hidden from screen readers.
  const behindDialog = needsHandOver || reflecting;

  return (
    <DetailsProvider content={content} lang={lang} view={view}>
      <main id="main" className={`soc-table soc-table--${mode}${projector ? ' soc-table--projector' : ''}`} inert={behindDialog} aria-hidden={needsHandOver ? true : undefined}>
        {!connected && mode !== 'hotseat' && (
          <p className="soc-banner soc-banner--offline" role="status">
            {t('connection.offline')}
          </p>
        )}
        {botFailure && (
          <p className="soc-banner soc-banner--refused" role="alert" data-bot-failure>
            {t('table.botFailed', { name: n.seat(turnSeat), error: botFailure })}
          </p>
        )}
        {refused && (
          <p className="soc-banner soc-banner--refused" role="alert">
            {refused}
          </p>
        )}
        <Status view={view} n={n} mySeat={mode === 'online' ? seat : undefined} />
        {mode !== 'hotseat' && <TurnDeadline matchID={client.matchID} turn={view.turn.number} mySeat={mode === 'online' ? seat : undefined} name={n.seat} />}
        <div className="soc-table__seats">
          <Seats view={view} n={n} present={mode === 'hotseat' ? undefined : present} bots={bots} />
          {mode === 'online' && signal.notify === 'off' && (
            <button type="button" className="soc-button soc-button--quiet" data-notify onClick={() => void signal.ask()}>
              {t('table.notify')}
            </button>
          )}
          {mode === 'online' && signal.notify === 'on' && <span className="soc-muted">{t('table.notifyOn')}</span>}
          {mode === 'online' && signal.notify === 'denied' && <span className="soc-muted">{t('table.notifyDenied')}</span>}
          {mode === 'spectator' && aside}
        </div>
        <div className="soc-table__play">
          <div className="soc-table__left">
            <Board
              view={view}
              n={n}
              breaking={breaking}
              layout={projector ? 'projector' : 'table'}
              zoomable={!projector}
              choosing={choice !== null}
              selectable={choice ? (selectableFor('to', 'travel') as PatternId[]) : travelNow.map((m) => m.to)}
              onPick={(p) => {
                if (choice) return onPick('to', p);
                // With nothing chosen, a click on a neighbouring place is the travel itself.
                const move = travelNow.find((m) => m.to === p);
                if (move) makeMove(move);
              }}
            />
            <Cases view={view} n={n} selectable={selectableFor('case') as string[]} onPick={(c) => onPick('case', c)} />
          </div>
          <div className="soc-table__right">
            {mode === 'spectator' ? (
              <p className="soc-note">{t('table.spectatorNote')}</p>
            ) : myTurn ? (
              <Actions
                view={view}
                n={n}
                legal={legal}
                why={why}
                choice={choice}
                step={step}
                onChoose={setChoice}
                onPick={onPick}
                onMove={makeMove}
                canUndo={canUndo}
                onDiscard={(cards) => {
                  pendingDiscards.current = cards.slice(1);
                  const first = legal.find((m) => m.type === 'discard' && m.card === cards[0]);
                  if (first) makeMove(first);
                }}
                onUndo={undo}
              />
            ) : (
              <p className="soc-note" role="status">
                {bots.includes(turnSeat) ? t('table.botThinking', { name: n.seat(turnSeat) }) : t('table.waiting', { name: n.seat(turnSeat) })}
              </p>
            )}
            {showHands && acting !== undefined && (
              <Hand
                title={`${mode === 'online' ? t('table.yourHand') : t('table.hand', { name: n.seat(acting) })} · ${n.role(view.players[acting].role)}`}
                cards={view.players[acting].hand}
                n={n}
                selectable={myTurn ? (selectableFor('card') as string[]) : []}
                onPick={(c) => onPick('card', c)}
              />
            )}
            <Hand
              title={t('table.faceUp')}
              cards={view.knowledge.faceUp}
              n={n}
              compact
              selectable={myTurn ? (selectableFor('from') as string[]) : []}
              onPick={(c) => onPick('from', c)}
            />
            {showHands && (
              <details className="soc-others" open={projector ? undefined : true}>
                <summary>{t('table.hands')}</summary>
                {view.players.map((p, s) =>
                  s === acting ? null : (
                    <Hand key={s} compact title={`${t('table.hand', { name: n.seat(s) })} · ${n.role(p.role)}`} cards={p.hand} n={n} />
                  ),
                )}
              </details>
            )}
            <Log events={view.events} n={n} />
            {mode !== 'hotseat' && <TableChat client={client} />}
            {mode === 'online' && client.playerID && client.credentials && <NoticeSettings matchID={client.matchID} seat={{ playerID: client.playerID, credentials: client.credentials }} />}
            {mode !== 'spectator' && aside}
          </div>
        </div>
        <FlowReveal card={showing} n={n} />
      </main>
      <LiveRegion text={spoken} />
      {reflecting && view.reflection && (
        <Reflection
          prompt={view.reflection.prompt}
          n={n}
          seat={turnSeat}
          canClose={mode === 'hotseat' || myTurn}
          onClose={(note) => {
            const move = legal.find((m) => m.type === 'reflect');
            if (move) makeMove(note ? { type: 'reflect', note } : move);
          }}
        />
      )}
      {needsHandOver && <HandOver name={n.seat(turnSeat)} first={view.turn.number <= 1} happened={lastTurnEnd(view.events, n)} onReady={() => setHandedTo(turnSeat)} />}
    </DetailsProvider>
  );
}

/** What the end of the last turn brought, in words: the flow cards and breakdowns after the last move of the previous turn. */
function lastTurnEnd(events: readonly LoggedEvent[], n: ReturnType<typeof namer>): string[] {
  const turns = events.flatMap((e, i) => (e.e === 'turn' ? [i] : []));
  if (turns.length < 2) return [];
  const between = events.slice(turns[turns.length - 2] + 1, turns[turns.length - 1]);
  return between.flatMap((e) =>
    e.e === 'flow' ? [`${n.flow(e.card)}${e.cancelled ? ` (${n.t('handover.cancelled')})` : ''}`] : e.e === 'breakdown' ? [n.t('handover.breakdown', { place: n.place(e.place) })] : [],
  );
}
