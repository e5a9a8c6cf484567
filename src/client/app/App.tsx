/**
 * The table client: a header (language, projector view) and the page the address asks for.
 * The header and the join page need no deck; every other page is a chunk of its own (pages.ts)
 * and gets the deck, loaded once for the page (deck.ts), with a plain "loading" until both are
 * there.
 */
import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/names.ts';
import { setLanguage, type createI18n } from '../i18n/index.ts';
import { JoinPage } from '../lobby/JoinPage.tsx';
import { useDeck } from './deck.ts';
import { FacilitatorPage, HarvestPage, Home, HotseatTable, MyTables, preload, RulesPage, SeatedTable, SessionPage, WatchedTable } from './pages.ts';
import { parseRoute, type Route } from './route.ts';
import { HomeLink } from './HomeLink.tsx';
import { Loading } from './Loading.tsx';
import { PageErrorBoundary } from './PageError.tsx';
import { ProblemPage } from './ProblemPage.tsx';
import { RulesLink } from '../rules/RulesLink.tsx';

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

export function App({ i18n }: { i18n: I18n }) {
  const { t } = useTranslation();
  const { path, search, go } = useAddress();
  const route = useMemo(() => parseRoute(path, search), [path, search]);
  useEffect(() => preload(route.page), [route.page]);
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
      <PageErrorBoundary address={path + search}>
        <Suspense fallback={<Loading />}>
          <Page route={route} lang={lang} go={go} projector={projector} />
        </Suspense>
      </PageErrorBoundary>
    </div>
  );
}

/** The page with the deck, once it is loaded; a deck that cannot be read gets a sentence, never a blank page. */
function WithDeck({ children }: { children: (content: Content) => ReactNode }) {
  const { t } = useTranslation();
  const deck = useDeck();
  if (deck.error) {
    return <ProblemPage text={t('errors.content', { message: deck.error.message })} />;
  }
  if (!deck.content) return <Loading />;
  return children(deck.content);
}

function Page({ route, lang, go, projector }: { route: Route; lang: Language; go: (to: string) => void; projector: boolean }) {
  switch (route.page) {
    case 'home':
      return <WithDeck>{(content) => <Home content={content} lang={lang} go={go} />}</WithDeck>;
    case 'join':
      return <JoinPage code={route.code} lang={lang} go={go} />;
    case 'hotseat':
      return <WithDeck>{(content) => <HotseatTable key={route.matchID} route={route} content={content} go={go} projector={projector} />}</WithDeck>;
    case 'table':
      // The online table loads its deck itself: the waiting room shows before it (room/useOnlineClient.ts).
      return <SeatedTable key={route.matchID} matchID={route.matchID} go={go} projector={projector} />;
    case 'watch':
      return <WatchedTable key={route.code} code={route.code} go={go} projector={projector} />;
    case 'session':
      return <WithDeck>{(content) => <SessionPage key={route.code} code={route.code} content={content} go={go} projector={projector} />}</WithDeck>;
    case 'facilitate':
      return <FacilitatorPage key={route.sessionID} sessionID={route.sessionID} go={go} />;
    case 'harvest':
      return <WithDeck>{(content) => <HarvestPage key={route.sessionID} sessionID={route.sessionID} content={content} go={go} />}</WithDeck>;
    case 'mytables':
      return <MyTables go={go} />;
    case 'rules':
      return <WithDeck>{(content) => <RulesPage lang={lang} content={content} quick={route.quick} />}</WithDeck>;
    case 'notFound':
      return (
        <main id="main" className="soc-home">
          <h1>404</h1>
          <HomeLink go={go} />
        </main>
      );
  }
}
