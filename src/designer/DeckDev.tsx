/**
 * The deck workbench (/deck-dev.html, served by npm run deck:dev): the deck folder's problems
 * as the designer saves, beside the card gallery and a hot-seat table of the last good deck.
 * Server-sent events from deck:dev say when the folder changed; a good save reloads the cards
 * and starts a new table with the new deck, a broken one only changes the problem list.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../content/schema.ts';
import type { DeckDevState } from '../tools/deck-dev-server.ts';
import { wordsFor } from './i18n.ts';
import { ProblemList } from './ProblemList.tsx';

interface ScenarioChoice {
  id: string;
  name: Record<Language, string>;
  players: { min: number; max: number };
}

const time = (iso: string | null, lang: Language) => (iso ? new Date(iso).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB') : '');

/** The scenarios of the deck being served, for the table's choice. */
async function servedScenarios(): Promise<ScenarioChoice[]> {
  const res = await fetch('/api/content', { headers: { accept: 'application/json' } });
  if (!res.ok) return [];
  const body = (await res.json()) as { files?: { 'scenarios.json'?: { scenarios?: ScenarioChoice[] } } };
  return body.files?.['scenarios.json']?.scenarios ?? [];
}

export function DeckDevPage({ initialLang }: { initialLang: Language }) {
  const [lang, setLang] = useState<Language>(initialLang);
  const t = useMemo(() => wordsFor(lang), [lang]);
  const [state, setState] = useState<DeckDevState | null>(null);
  const [connected, setConnected] = useState(true);
  const [tab, setTab] = useState<'cards' | 'table'>('cards');
  const [scenarios, setScenarios] = useState<ScenarioChoice[]>([]);
  const [scenario, setScenario] = useState('');
  const [players, setPlayers] = useState(2);
  const [table, setTable] = useState(0);
  const cards = useRef<HTMLIFrameElement>(null);
  const goodRevision = state?.goodRevision ?? 0;

  useEffect(() => {
    const events = new EventSource('/api/deck-dev/events');
    events.addEventListener('deck', (e) => {
      setConnected(true);
      setState(JSON.parse((e as MessageEvent<string>).data) as DeckDevState);
    });
    events.onerror = () => setConnected(false);
    return () => events.close();
  }, []);

  // A new good deck: reload the gallery where it stands (its filters are in its address)
  // and the scenario list; the table gets a new match below.
  const firstGood = useRef(true);
  useEffect(() => {
    if (goodRevision === 0) return;
    void servedScenarios().then((list) => {
      setScenarios(list);
      setScenario((now) => (list.some((s) => s.id === now) ? now : (list[0]?.id ?? '')));
    });
    if (firstGood.current) {
      firstGood.current = false;
      return;
    }
    cards.current?.contentWindow?.location.reload();
  }, [goodRevision]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('dev.title')} · School of Commons`;
    const q = new URLSearchParams(location.search);
    q.set('lang', lang);
    history.replaceState(null, '', `?${q}`);
  }, [lang, t]);

  const chosen = scenarios.find((s) => s.id === scenario);
  const seats = chosen ? Math.min(Math.max(players, chosen.players.min), chosen.players.max) : players;
  // Same seed for every table, so two versions of a deck deal the same way.
  const tableSrc = `/hotseat/deck-dev-${goodRevision}-${table}?${new URLSearchParams({ scenario, players: String(seats), seed: 'deck-dev', lang })}`;
  const errors = state?.problems.filter((p) => p.severity === 'error').length ?? 0;

  return (
    <div className="dd-page">
      <header className="dd-header">
        <h1>{t('dev.title')}</h1>
        <p className="dz-source">{state ? t('dev.watching', { dir: state.dir }) : t('dev.connecting')}</p>
        <label className="dd-lang">
          {t('dev.language')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <aside className="dd-status" aria-live="polite">
        {!connected && (
          <p className="dd-banner dd-banner--lost" role="alert">
            {t('dev.lost')}
          </p>
        )}
        {state &&
          (state.ok ? (
            <p className="dd-banner dd-banner--good" data-revision={state.revision}>
              {t('dev.good', { time: time(state.checkedAt, lang) })}
            </p>
          ) : (
            <p className="dd-banner dd-banner--broken" role="alert" data-revision={state.revision} data-errors={errors}>
              {state.goodAt ? t('dev.broken', { time: time(state.checkedAt, lang), good: time(state.goodAt, lang) }) : t('dev.brokenNoGood')}
            </p>
          ))}
        {state && <ProblemList problems={state.problems} t={t} shown={new Set()} onShow={() => {}} />}
      </aside>
      <main className="dd-main">
        <div className="dd-tabs" role="tablist">
          {(['cards', 'table'] as const).map((k) => (
            <button key={k} type="button" role="tab" id={`dd-tab-${k}`} aria-controls={`dd-panel-${k}`} aria-selected={tab === k} onClick={() => setTab(k)}>
              {t(`dev.${k}`)}
            </button>
          ))}
        </div>
        {/* Both stay mounted, so a game in progress survives a look at the cards. */}
        <section id="dd-panel-cards" role="tabpanel" aria-labelledby="dd-tab-cards" hidden={tab !== 'cards'} className="dd-panel">
          {goodRevision > 0 && <iframe ref={cards} title={t('dev.cards')} src={`/cards.html?source=server&lang=${lang}`} />}
        </section>
        <section id="dd-panel-table" role="tabpanel" aria-labelledby="dd-tab-table" hidden={tab !== 'table'} className="dd-panel">
          <form className="dd-table-options" onSubmit={(e) => (e.preventDefault(), setTable((n) => n + 1))}>
            <label>
              {t('dev.scenario')}{' '}
              <select value={scenario} onChange={(e) => setScenario(e.target.value)}>
                {scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name[lang]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('dev.players')}{' '}
              <input type="number" min={chosen?.players.min ?? 1} max={chosen?.players.max ?? 6} value={seats} onChange={(e) => setPlayers(Number(e.target.value))} />
            </label>
            <button type="submit">{t('dev.newTable')}</button>
          </form>
          {goodRevision > 0 && scenario && tab === 'table' && <iframe key={tableSrc} title={t('dev.table')} src={tableSrc} />}
        </section>
      </main>
    </div>
  );
}
