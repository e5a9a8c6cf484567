/**
 * The client's pages as chunks of their own. The first download is the header, the join page and
 * the translations; the table (boardgame.io, the rules, the board), the start page's forms, the
 * session pages and the rulebook each come when their address is opened, or earlier, when a page
 * knows where the person is going next (prefetchTable from the join page).
 */
import { lazy } from 'react';
import { loadDeck } from './deck.ts';
import { loadTableParts } from '../room/table-parts.ts';
import type { Route } from './route.ts';

const room = () => import('../room/OnlineRoom.tsx');
const home = () => import('../lobby/Home.tsx');
const hotseat = () => import('./HotseatTable.tsx');
const session = () => import('../session/SessionPage.tsx');

export const Home = lazy(() => home().then((m) => ({ default: m.Home })));
export const SeatedTable = lazy(() => room().then((m) => ({ default: m.SeatedTable })));
export const WatchedTable = lazy(() => room().then((m) => ({ default: m.WatchedTable })));
export const HotseatTable = lazy(() => hotseat().then((m) => ({ default: m.HotseatTable })));
export const SessionPage = lazy(() => session().then((m) => ({ default: m.SessionPage })));
export const FacilitatorPage = lazy(() => import('../session/Dashboard.tsx').then((m) => ({ default: m.FacilitatorPage })));
export const HarvestPage = lazy(() => import('../session/HarvestPage.tsx').then((m) => ({ default: m.HarvestPage })));
export const MyTables = lazy(() => import('../mytables/MyTables.tsx').then((m) => ({ default: m.MyTables })));
// The rulebook is its own chunk: a table does not load it until someone opens the rules.
export const RulesPage = lazy(() => import('../rules/RulesPage.tsx'));

/**
 * Fetches the waiting room's code without waiting for it: called once the join page shows its
 * form (not before: on a slow phone, running more code would hold the form back). Only the
 * waiting room: the deck and the game's engine, fetched now, would share a slow line with the
 * Join itself and run just as the waiting room wants to show; they come once it has shown. A
 * failure here is not reported: the page that needs the code asks again and says what went wrong.
 */
export function prefetchTable(): void {
  void room().catch(() => undefined);
}

// The rest of an online table (its deck, the game's engine, the table itself) is asked for beside
// the room's code, not from inside it, which would wait for the room's chunk to arrive and run
// first. The waiting room shows without them (room/useOnlineClient.ts).
const online = () => Promise.all([room(), loadTableParts()]);
const chunkOf: Partial<Record<Route['page'], () => Promise<unknown>>> = { home, table: online, watch: online, hotseat, session };
// Pages that need no deck, and the online table, whose parts bring it (loadTableParts).
const withoutDeck: ReadonlySet<Route['page']> = new Set(['join', 'facilitate', 'mytables', 'notFound', 'table', 'watch']);

/**
 * Starts a page's chunk and the deck it needs at the same time, as the page opens: otherwise the
 * page would ask for the deck first and for its code only once the deck is there.
 */
export function preload(page: Route['page']): void {
  if (!withoutDeck.has(page)) void loadDeck().catch(() => undefined);
  void chunkOf[page]?.().catch(() => undefined);
}
