/** A hot-seat table (/hotseat/…): every seat on this screen, the match kept in this browser. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import { validateSetupData } from '../../game/game.ts';
import { hotseatClient, hotseatSetupData } from '../table/connect.ts';
import { Table } from '../table/Table.tsx';
import { HomeLink } from './HomeLink.tsx';
import { hotseatPath, newLocalID, type Route } from './route.ts';

export function HotseatTable({ route, content, go, projector }: { route: Extract<Route, { page: 'hotseat' }>; content: Content; go: (to: string) => void; projector: boolean }) {
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
