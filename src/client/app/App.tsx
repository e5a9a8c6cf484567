/**
 * The table client: a header (language, projector view) and the page the address asks for.
 * The deck is loaded once; every page after that works with the compiled content.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/schema.ts';
import { setLanguage, type createI18n } from '../i18n/index.ts';
import { Home } from '../lobby/Home.tsx';
import { JoinPage } from '../lobby/JoinPage.tsx';
import { validateSetupData } from '../../game/game.ts';
import { hotseatClient, hotseatSetupData } from '../table/connect.ts';
import { Table } from '../table/Table.tsx';
import { FacilitatorPage } from '../session/Dashboard.tsx';
import { HarvestPage } from '../session/HarvestPage.tsx';
import { SessionPage } from '../session/SessionPage.tsx';
import { hotseatPath, newLocalID, parseRoute, type Route } from './route.ts';
import { HomeLink } from './HomeLink.tsx';
import { RulesLink } from '../rules/RulesLink.tsx';

// The rulebook is its own chunk: a table does not load it until someone opens the rules.
const RulesPage = lazy(() => import('../rules/RulesPage.tsx'));
import { MyTables } from '../mytables/MyTables.tsx';
import { SeatedTable, WatchedTable } from '../room/OnlineRoom.tsx';

type I18n = ReturnType<typeof createI18n>;

function useAddress() {
  const [address, setAddress] = useState(() => ({ path: location.pathname, search: location.search }));
  useEffect(() => {
    const onPop = () => setAddress({ path: location.pathname, search: location.search });
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (to: string) => {
    history.pushState(null, '', to);
    const url = new URL(to, location.href);
    setAddress({ path: url.pathname, search: url.search });
    scrollTo(0, 0);
  };
  return { ...address, go };
}

export function App({ content, i18n }: { content: Content; i18n: I18n }) {
  const { t } = useTranslation();
  const { path, search, go } = useAddress();
  const route = useMemo(() => parseRoute(path, search), [path, search]);
  const lang = (i18n.language === 'en' ? 'en' : 'nl') as Language;
  const [projector, setProjector] = useState(() => new URLSearchParams(search).has('projector') || route.page === 'watch');
  const onTable = route.page === 'hotseat' || route.page === 'table' || route.page === 'watch' || route.page === 'session';

  useEffect(() => {
    document.title = `${t('app.title')}`;
  }, [t]);

  // Everything on the page is sized in rem, so the projector view scales the root.
  useEffect(() => {
    document.documentElement.classList.toggle('soc-projector', projector && onTable);
  }, [projector, onTable]);

  return (
    <div className={projector && onTable ? 'soc-app soc-app--projector' : 'soc-app'}>
      <a className="soc-skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="soc-header">
        <a
          className="soc-header__title"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            go('/');
          }}
        >
          <span aria-hidden="true">◎ </span>
          {t('app.title')}
        </a>
        <nav className="soc-header__tools" aria-label={t('table.menu')}>
          {onTable && (
            <button type="button" className="soc-button soc-button--quiet" aria-pressed={projector} onClick={() => setProjector(!projector)}>
              {projector ? t('table.projectorOff') : t('table.projectorOn')}
            </button>
          )}
          <a
            className="soc-header__link"
            href="/tables"
            onClick={(e) => {
              e.preventDefault();
              go('/tables');
            }}
          >
            {t('away.mytables.link')}
          </a>
          <RulesLink lang={lang} onTable={onTable} />
          <a className="soc-header__link" href={`/cards?lang=${lang}`}>
            {t('app.cards')}
          </a>
          <fieldset className="soc-lang">
            <legend className="soc-visually-hidden">{t('app.language')}</legend>
            {(['nl', 'en'] as const).map((l) => (
              <label key={l} className={l === lang ? 'soc-lang__choice soc-lang__choice--on' : 'soc-lang__choice'}>
                <input type="radio" name="soc-lang" value={l} checked={l === lang} onChange={() => setLanguage(i18n, l, localStorage)} />
                <span lang={l}>{l.toUpperCase()}</span>
              </label>
            ))}
          </fieldset>
        </nav>
      </header>
      <Page route={route} content={content} lang={lang} go={go} projector={projector} />
    </div>
  );
}

function Page({ route, content, lang, go, projector }: { route: Route; content: Content; lang: Language; go: (to: string) => void; projector: boolean }) {
  const { t } = useTranslation();
  switch (route.page) {
    case 'home':
      return <Home content={content} lang={lang} go={go} />;
    case 'join':
      return <JoinPage code={route.code} go={go} />;
    case 'hotseat':
      return <HotseatTable key={route.matchID} route={route} content={content} go={go} projector={projector} />;
    case 'table':
      return <SeatedTable key={route.matchID} matchID={route.matchID} content={content} go={go} projector={projector} />;
    case 'watch':
      return <WatchedTable key={route.code} code={route.code} content={content} go={go} projector={projector} />;
    case 'session':
      return <SessionPage key={route.code} code={route.code} content={content} go={go} projector={projector} />;
    case 'facilitate':
      return <FacilitatorPage key={route.sessionID} sessionID={route.sessionID} go={go} />;
    case 'harvest':
      return <HarvestPage key={route.sessionID} sessionID={route.sessionID} content={content} go={go} />;
    case 'mytables':
      return <MyTables go={go} />;
    case 'rules':
      return (
        <Suspense fallback={<p className="soc-loading">{t('app.loading')}</p>}>
          <RulesPage lang={lang} content={content} quick={route.quick} />
        </Suspense>
      );
    case 'notFound':
      return (
        <main id="main" className="soc-home">
          <h1>404</h1>
          <HomeLink go={go} />
        </main>
      );
  }
}

function HotseatTable({ route, content, go, projector }: { route: Extract<Route, { page: 'hotseat' }>; content: Content; go: (to: string) => void; projector: boolean }) {
  const { t } = useTranslation();
  // A link with a choice the rules cannot deal (a mistyped role, two seats with one case) says so instead of breaking.
  const problem = useMemo(() => validateSetupData(content, hotseatSetupData(route), route.players), [content, route]);
  const client = useMemo(() => (problem ? null : hotseatClient(content, route)), [content, route.matchID, problem]);
  const again = () => {
    const matchID = newLocalID();
    go(hotseatPath({ ...route, matchID, seed: matchID }));
  };
  if (!client) {
    return (
      <main id="main" className="soc-home">
        <p className="soc-error" role="alert" data-link-problem>
          {t('lobby.badLink', { problem })}
        </p>
        <HomeLink go={go} />
      </main>
    );
  }
  return <Table client={client} content={content} mode="hotseat" names={route.names} bots={route.bots} botDelayMs={route.botDelayMs} projector={projector} onHome={() => go('/')} onAgain={again} />;
}
