/**
 * A seated player's own initiative in the waiting room: bring one, change it, or go back to
 * a deck case, until the host starts (the start deals it in). The join form's editor
 * (lobby/JoinInitiative.tsx, the rules' own check) and the server's same check
 * (POST /api/tables/CODE/initiative); the other seats see the name at once.
 *
 * The whole initiative is kept with the seat in this browser (lobby/seats.ts), to change it
 * from where it was; on a device the seat was carried to, only its name is known, and the
 * editor starts from that. A scenario this deck does not know (another server's deck) has no
 * editor: the seat plays a deck case.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/names.ts';
import type { Content } from '../../content/content.ts';
import { ownCaseMenu, type OwnInitiative, type OwnProblem } from '../../rules/own-case.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';
import { ApiError, errorText, lobby, refusedInitiative, type TableInfo } from '../lobby/api.ts';
import { holdSeat, type HeldSeat } from '../lobby/seats.ts';

const JoinInitiative = lazy(() => import('../lobby/JoinInitiative.tsx'));

export interface MyInitiativeProps {
  info: TableInfo;
  /** The deck; until it is here the seat's initiative shows, and the editor opens once it is. */
  content: Content | null;
  seat: HeldSeat;
  /** The table's record changed: read it again. */
  onChanged: () => void;
}

export function MyInitiative({ info, content, seat, onChanged }: MyInitiativeProps) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'en' ? 'en' : 'nl') as Language;
  const mine = info.seats[Number(seat.playerID)];
  const current = mine?.initiative;
  // The editor's value while it is open (undefined: closed).
  const [draft, setDraft] = useState<OwnInitiative | null | undefined>(undefined);
  const [fits, setFits] = useState(true);
  const [refused, setRefused] = useState<OwnProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState(seat.initiative);
  const open = () => {
    if (!content) return;
    setRefused(null);
    setError(null);
    // To bring one: an empty initiative (with the name the seat shows, if it was brought on another device).
    setDraft(kept && kept.name === current ? kept : { name: current ?? '', line: '', needs: {}, transformation: ownCaseMenu(content, info.scenario, info.seats.length)[0] ?? '', offers: [], learns: [] });
  };
  const send = async (initiative: OwnInitiative | null) => {
    setBusy(true);
    setError(null);
    setRefused(null);
    try {
      const answer = await lobby.setInitiative(info.code, seat.playerID, seat.credentials, initiative);
      const { initiative: _old, ...rest } = seat;
      holdSeat(info.matchID, answer.initiative ? { ...rest, initiative: answer.initiative } : rest);
      setKept(answer.initiative ?? undefined);
      setDraft(undefined);
      onChanged();
    } catch (err) {
      const problem = refusedInitiative(err);
      if (problem) setRefused(problem);
      // The join's sentence for this code says "join without one"; here the seat is taken already.
      else if (err instanceof ApiError && err.code === 'initiativeTooLate') setError(t('room.ownTooLate'));
      else setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  if (!mine || (content && !content.scenarios.has(info.scenario))) return null;
  return (
    <section className="soc-room__own" data-my-initiative={current ? 'own' : 'deck'} aria-label={t('room.ownTitle')}>
      <h2>{t('room.ownTitle')}</h2>
      <p>{current ? t('room.ownYours', { name: current, interpolation: { escapeValue: false } }) : t('room.ownDeck')}</p>
      {draft === undefined ? (
        <p className="soc-room__own-actions">
          <button type="button" className="soc-button" data-own-open disabled={busy || !content} onClick={open}>
            {current ? t('room.ownChange') : t('room.ownBring')}
          </button>
          {current && (
            <button type="button" className="soc-button soc-button--quiet" data-own-deck disabled={busy} onClick={() => void send(null)}>
              {t('room.ownUseDeck')}
            </button>
          )}
        </p>
      ) : (
        <form
          className="soc-room__own-editor"
          data-form="my-initiative"
          onSubmit={(e) => {
            e.preventDefault();
            if (fits) void send(draft);
          }}
        >
          <Suspense fallback={null}>
            <JoinInitiative lang={lang} scenario={info.scenario} players={info.seats.length} value={draft} onChange={setDraft} onFits={setFits} refused={refused} />
          </Suspense>
          <p className="soc-room__own-actions">
            <button type="submit" className="soc-button soc-button--primary" data-own-save disabled={busy} aria-disabled={!fits}>
              {draft ? t('room.ownSave') : t('room.ownSaveDeck')}
            </button>
            <button type="button" className="soc-button soc-button--quiet" onClick={() => setDraft(undefined)}>
              {t('room.ownCancel')}
            </button>
          </p>
        </form>
      )}
      <ErrorLine text={error} />
    </section>
  );
}
