/**
 * /join/CODE: take a seat at a table with a name, then go to the table. While the table waits
 * for its start, the player may bring their own initiative (the hot-seat set-up's editor,
 * own-case/); the server checks it with the same rules and the host's start deals it in. A personal seat link
 * (/join/CODE#seat=N.KEY, room/SeatTools.tsx) brings a seat from another device: it is stored
 * here and the table opens.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/names.ts';
import type { OwnInitiative, OwnProblem } from '../../rules/own-case.ts';
import { errorText, handTableOver, lobby, readAnswer, refusedInitiative, type JoinedSeat, type TableInfo } from './api.ts';
import { claimEarlyJoin } from './early-join.ts';
import { heldSeat, holdSeat } from './seats.ts';
import { HomeLink } from '../app/HomeLink.tsx';
import { readSeatHash } from '../mytables/carry.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';
import { prefetchTable } from '../app/pages.ts';

// The editor and the rules it checks with come with the deck, after the form.
const JoinInitiative = lazy(() => import('./JoinInitiative.tsx'));

export function JoinPage({ code, lang, go }: { code: string; lang: Language; go: (path: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [table, setTable] = useState<TableInfo | null>(null);
  // The form that came in the page's HTML may have been filled in, or sent, already (early-join.ts).
  const [early] = useState(claimEarlyJoin);
  const [name, setName] = useState(() => early?.name || (localStorage.getItem('soc:name') ?? ''));
  const [seat, setSeat] = useState<string>('any');
  const [initiative, setInitiative] = useState<OwnInitiative | null>(null);
  const [fits, setFits] = useState(true);
  const [refused, setRefused] = useState<OwnProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A seat link passes straight through to the table; a code the server does not know gets no form.
  const [carrying] = useState(() => Boolean(readSeatHash(location.hash)));
  const [unknown, setUnknown] = useState(false);
  const explain = (err: unknown) => {
    // A refused initiative: the editor says the server's problem in the reader's words.
    const problem = refusedInitiative(err);
    if (problem) setRefused(problem);
    else setError(errorText(t, err));
  };
  useEffect(() => {
    const carried = readSeatHash(location.hash);
    // The table's code and the deck start now, once the form is up; this record was asked for
    // as the page opened (main.tsx). A seat link goes straight on to the table; otherwise they
    // arrive while a name is typed.
    prefetchTable();
    lobby.getTable(code).then((found) => {
      if (carried) {
        // The key stays after # (never sent); the address is cleaned before anything else happens.
        history.replaceState(null, '', location.pathname + location.search);
        const name = found.seats[Number(carried.playerID)]?.name ?? '';
        holdSeat(found.matchID, { ...carried, name, code: found.code });
        handTableOver(found);
        go(`/table/${found.matchID}`);
        return;
      }
      setTable(found);
    }, (err: unknown) => {
      setUnknown(true);
      explain(err);
    });
  }, [code]);
  const held = table ? heldSeat(table.matchID) : undefined;
  // Only a table still waiting for its start can take an initiative.
  const canBring = table !== null && table.status === 'waiting';
  const blocked = canBring && !fits;
  /** Sends the join, or reads the answer to one sent already (`sent`: the page's own form's). */
  const join = async (sent?: Promise<JoinedSeat>) => {
    if (blocked) return;
    setBusy(true);
    setError(null);
    setRefused(null);
    try {
      const joined = await (sent ?? lobby.join(code, name.trim(), seat === 'any' ? undefined : Number(seat), canBring ? initiative : null));
      holdSeat(joined.matchID, { playerID: joined.playerID, credentials: joined.credentials, name: name.trim(), code: table?.code ?? code, ...(canBring && initiative ? { initiative } : {}) });
      localStorage.setItem('soc:name', name.trim());
      handTableOver(joined.table);
      go(`/table/${joined.matchID}`);
    } catch (err) {
      explain(err);
      lobby.getTable(code).then(setTable, () => undefined);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void join();
  };
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Join pressed before the app had started: its answer (no initiative: the editor was not there yet).
    if (early?.pressed && early.name) void join(early.answer ? readAnswer<JoinedSeat>(early.answer) : undefined);
    // Typing in the page's own form when the app took over: the focus and the caret stay at the end of the name.
    const input = nameField.current;
    if (early?.typing && input) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }, []);
  return (
    <main id="main" className="soc-join">
      <h1>{t('lobby.joining', { code: table?.code ?? code.toUpperCase() })}</h1>
      <ErrorLine text={error} />
      {held && table && (
        <p>
          <button type="button" className="soc-button soc-button--primary" onClick={() => go(`/table/${table.matchID}`)}>
            {t('lobby.resume')}
          </button>
        </p>
      )}
      {/* The form is there at once, so a name can be typed while the table's seats arrive. */}
      {!carrying && !unknown && !table?.over && (
        <form className="soc-panel" onSubmit={submit} data-form="join">
          <label htmlFor={`${id}-name`}>{t('lobby.yourName')}</label>
          <input id={`${id}-name`} ref={nameField} required maxLength={24} value={name} autoComplete="nickname" onChange={(e) => setName(e.target.value)} />
          <label htmlFor={`${id}-seat`}>{t('lobby.seat')}</label>
          <select id={`${id}-seat`} value={seat} onChange={(e) => setSeat(e.target.value)}>
            <option value="any">{t('lobby.anySeat')}</option>
            {table?.seats.map((s) => (
              <option key={s.id} value={s.id} disabled={s.bot || s.name !== null}>
                {s.bot || s.name !== null ? t('lobby.seatTaken', { n: s.id + 1, name: s.name ?? t('lobby.bot') }) : t('lobby.seatFree', { n: s.id + 1 })}
              </option>
            ))}
          </select>
          {canBring && (
            <Suspense fallback={null}>
              <JoinInitiative lang={lang} scenario={table.scenario} players={table.seats.length} value={initiative} onChange={setInitiative} onFits={setFits} refused={refused} />
            </Suspense>
          )}
          <button type="submit" className="soc-button soc-button--primary" disabled={busy} aria-disabled={blocked}>
            {t('lobby.join')}
          </button>
        </form>
      )}
      <HomeLink go={go} />
    </main>
  );
}
