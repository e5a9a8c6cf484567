/**
 * The start page: play on this screen (hot-seat), open a table online, join with a code,
 * or pick one of the open tables.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/schema.ts';
import { hotseatPath, newLocalID } from '../app/route.ts';
import { initiativeProblem, OwnInitiativeFields } from '../own-case/OwnInitiativeFields.tsx';
import type { OwnInitiative } from '../../rules/own-case.ts';
import '../own-case/own-case.css';
import { NewSession } from '../session/NewSession.tsx';
import { ScenarioSelect } from './ScenarioSelect.tsx';
import { ScenarioText } from './ScenarioText.tsx';
import { SeatChoices } from './SeatChoices.tsx';
import { choiceToSend, firstTwin, fitChoice, RANDOM, type SeatChoice } from './seat-choices.ts';
import { errorText, lobby, type CreatedTable, type TableInfo } from './api.ts';
import { PacePicker } from '../deadlines/PacePicker.tsx';
import type { Pace } from '../../protocol/away.ts';
import { CopyField } from '../room/CopyField.tsx';
import { keepHostKey } from '../room/hosted.ts';
import { ErrorLine } from '../app/ErrorLine.tsx';

export function Home({ content, lang, go }: { content: Content; lang: Language; go: (path: string) => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="soc-home">
      <h1>{t('app.title')}</h1>
      <p className="soc-home__tagline">{t('app.tagline')}</p>
      <div className="soc-home__grid">
        <HotseatForm content={content} lang={lang} go={go} />
        <OnlineForm content={content} lang={lang} go={go} />
        <JoinForm go={go} />
        <NewSession content={content} lang={lang} go={go} />
        <OpenTables content={content} lang={lang} go={go} />
      </div>
    </main>
  );
}

function playerRange(content: Content, scenario: string): [number, number] {
  const s = content.scenarios.get(scenario);
  return [s?.players.min ?? 1, s?.players.max ?? 6];
}

function HotseatForm({ content, lang, go }: { content: Content; lang: Language; go: (path: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [scenario, setScenario] = useState(content.scenarios.has('intro') ? 'intro' : [...content.scenarios.keys()][0]);
  const [players, setPlayers] = useState(3);
  const [names, setNames] = useState<string[]>(['', '', '', '', '', '']);
  const [bots, setBots] = useState<number[]>([]);
  const [own, setOwn] = useState<(OwnInitiative | null)[]>([null, null, null, null, null, null]);
  const [choice, setChoice] = useState<SeatChoice>(RANDOM);
  const [min, max] = playerRange(content, scenario);
  const count = Math.min(max, Math.max(min, players));
  const ownProblem = own.slice(0, count).some((x) => initiativeProblem(content, scenario, count, x) !== null);
  const ownSeats = own.flatMap((x, seat) => (x && seat < count ? [seat] : []));
  const twin = firstTwin(choice, count, (kind, seat) => kind === 'case' && ownSeats.includes(seat));
  const blocked = ownProblem || twin !== null;
  const pickScenario = (next: string) => {
    setScenario(next);
    setChoice(fitChoice(content, next, choice));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (blocked) return;
    const matchID = newLocalID();
    go(hotseatPath({ matchID, scenario, players: count, seed: matchID, names: names.slice(0, count), bots: bots.filter((b) => b < count), own: own.slice(0, count), ...choiceToSend(content, scenario, choice, count, ownSeats) }));
  };
  return (
    <section className="soc-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lobby.hotseatTitle')}</h2>
      <p>{t('lobby.hotseatIntro')}</p>
      <form onSubmit={submit} data-form="hotseat">
        <label htmlFor={`${id}-scenario`}>{t('lobby.scenario')}</label>
        <ScenarioSelect id={`${id}-scenario`} content={content} lang={lang} value={scenario} onChange={pickScenario} />
        <ScenarioText content={content} lang={lang} id={scenario} players={count} />
        <label htmlFor={`${id}-players`}>{t('lobby.players')}</label>
        <input id={`${id}-players`} type="number" min={min} max={max} value={count} onChange={(e) => setPlayers(Number(e.target.value) || min)} />
        <fieldset className="soc-seats">
          {Array.from({ length: count }, (_, i) => (
            <div key={i} className="soc-seat-row">
              <label htmlFor={`${id}-name-${i}`}>{t('lobby.playerName', { n: i + 1 })}</label>
              <input id={`${id}-name-${i}`} maxLength={24} value={names[i]} placeholder={t('table.seatName', { n: i + 1 })} onChange={(e) => setNames(names.map((x, j) => (j === i ? e.target.value : x)))} />
              <label className="soc-check">
                <input type="checkbox" checked={bots.includes(i)} onChange={(e) => setBots(e.target.checked ? [...bots, i] : bots.filter((b) => b !== i))} />
                <span>{t('lobby.botSeat', { n: i + 1 })}</span>
              </label>
              <OwnInitiativeFields content={content} lang={lang} scenario={scenario} players={count} seat={i} value={own[i]} onChange={(x) => setOwn(own.map((y, j) => (j === i ? x : y)))} />
            </div>
          ))}
        </fieldset>
        <SeatChoices content={content} lang={lang} scenario={scenario} seats={count} value={choice} onChange={setChoice} ownSeats={ownSeats} twin={twin} />
        <button type="submit" className="soc-button soc-button--primary" aria-disabled={blocked}>
          {t('lobby.start')}
        </button>
      </form>
    </section>
  );
}

function OnlineForm({ content, lang, go }: { content: Content; lang: Language; go: (path: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [scenario, setScenario] = useState(content.scenarios.has('standard') ? 'standard' : [...content.scenarios.keys()][0]);
  const [seats, setSeats] = useState(4);
  const [bots, setBots] = useState<number[]>([]);
  const [pace, setPace] = useState<Pace | null>(null);
  const [listed, setListed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedTable | null>(null);
  const [choice, setChoice] = useState<SeatChoice>(RANDOM);
  const [min, max] = playerRange(content, scenario);
  const count = Math.min(max, Math.max(min, seats));
  const twin = firstTwin(choice, count);
  const pickScenario = (next: string) => {
    setScenario(next);
    setChoice(fitChoice(content, next, choice));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (twin) return;
    setBusy(true);
    setError(null);
    try {
      const table = await lobby.createTable(scenario, count, bots.filter((b) => b < count), pace, listed, choiceToSend(content, scenario, choice, count));
      // This browser opened the table: it is the host's (start, seats to bots).
      keepHostKey(table.matchID, table.hostKey);
      setCreated(table);
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="soc-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lobby.onlineTitle')}</h2>
      <p>{t('lobby.onlineIntro')}</p>
      {created ? (
        <div className="soc-created" data-created={created.code}>
          <h3>{t('lobby.tableCreated')}</h3>
          <p>
            {t('lobby.code')}: <strong className="soc-code">{created.code}</strong>
          </p>
          <p>{t('lobby.shareLink')}</p>
          <CopyField value={created.joinUrl} />
          <p>{t('lobby.spectatorLink')}</p>
          <CopyField value={created.spectatorUrl} />
          <button type="button" className="soc-button soc-button--primary" onClick={() => go(`/join/${created.code}`)}>
            {t('lobby.takeSeat')}
          </button>{' '}
          <button type="button" className="soc-button" onClick={() => go(`/watch/${created.code}`)}>
            {t('room.openRoom')}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} data-form="online">
          <label htmlFor={`${id}-scenario`}>{t('lobby.scenario')}</label>
          <ScenarioSelect id={`${id}-scenario`} content={content} lang={lang} value={scenario} onChange={pickScenario} />
          <ScenarioText content={content} lang={lang} id={scenario} players={count} />
          <label htmlFor={`${id}-seats`}>{t('lobby.players')}</label>
          <input id={`${id}-seats`} type="number" min={min} max={max} value={count} onChange={(e) => setSeats(Number(e.target.value) || min)} />
          <fieldset className="soc-seats">
            {Array.from({ length: count }, (_, i) => (
              <label key={i} className="soc-check">
                <input type="checkbox" checked={bots.includes(i)} onChange={(e) => setBots(e.target.checked ? [...bots, i] : bots.filter((b) => b !== i))} />
                <span>{t('lobby.botSeat', { n: i + 1 })}</span>
              </label>
            ))}
          </fieldset>
          <SeatChoices content={content} lang={lang} scenario={scenario} seats={count} value={choice} onChange={setChoice} twin={twin} />
          <PacePicker value={pace} onChange={setPace} />
          <label className="soc-check">
            <input type="checkbox" name="listed" checked={listed} onChange={(e) => setListed(e.target.checked)} />
            <span>{t('room.listed')}</span>
          </label>
          <p className="soc-muted">{t('room.privateNote')}</p>
          <ErrorLine text={error} />
          <button type="submit" className="soc-button soc-button--primary" disabled={busy} aria-disabled={twin !== null}>
            {t('lobby.create')}
          </button>
        </form>
      )}
    </section>
  );
}

function JoinForm({ go }: { go: (path: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  return (
    <section className="soc-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lobby.joinTitle')}</h2>
      <p>{t('lobby.joinIntro')}</p>
      <form
        data-form="code"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = code.replace(/[\s-]/g, '').toUpperCase();
          if (clean) go(`/join/${clean}`);
        }}
      >
        <label htmlFor={`${id}-code`}>{t('lobby.code')}</label>
        <input id={`${id}-code`} className="soc-code-input" value={code} maxLength={12} autoComplete="off" onChange={(e) => setCode(e.target.value)} />
        <button type="submit" className="soc-button">
          {t('lobby.join')}
        </button>
      </form>
    </section>
  );
}

function OpenTables({ content, lang, go }: { content: Content; lang: Language; go: (path: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [tables, setTables] = useState<TableInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      lobby.listTables().then(
        (list) => live && (setTables(list), setError(null)),
        (err) => {
          if (live) setError(errorText(t, err));
        },
      );
    void load();
    // The list is live by a poll every 5 s while the page is seen (docs/api.md says why not a socket).
    const timer = setInterval(() => {
      if (!document.hidden) void load();
    }, 5_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [t]);
  const open = (tables ?? []).filter((x) => !x.over);
  return (
    <section className="soc-panel soc-panel--wide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lobby.openTables')}</h2>
      {error && <p className="soc-muted">{error}</p>}
      {!error && tables && open.length === 0 && <p className="soc-muted">{t('lobby.noTables')}</p>}
      {open.length > 0 && (
        <ul className="soc-tables">
          {open.map((x) => {
            const free = x.seats.filter((s) => !s.bot && s.name === null).length;
            return (
              <li key={x.code} data-table={x.code}>
                <span className="soc-code">{x.code}</span> <span>{content.scenarios.get(x.scenario)?.name[lang] ?? x.scenario}</span>{' '}
                <span className="soc-muted">
                  {t('lobby.seatsFree', { count: free })} · {x.status === 'waiting' ? t('room.statusWaiting') : t('room.statusPlaying')}
                </span>{' '}
                {free > 0 && (
                  <button type="button" className="soc-button soc-button--quiet" onClick={() => go(`/join/${x.code}`)}>
                    {t('lobby.join')}
                  </button>
                )}
                <button type="button" className="soc-button soc-button--quiet" onClick={() => go(`/watch/${x.code}`)}>
                  {t('lobby.watch')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
