/**
 * The online table's parts, fetched ahead. A seated player's page needs, besides the first
 * download (the header, the join page, React and the translations), the waiting room, the
 * game's engine, the table and the deck. The app asks for them only once its own code has
 * arrived and run, a couple of seconds on a slow phone, and each of them then takes its turn on
 * the line. Named in the page's HTML instead, they come alongside the app's code:
 *
 * - table.html, the page of /table/ID and /watch/CODE (the server's client-pages.ts), is
 *   index.html with a preload link for each part;
 * - a join link's page (early-join.ts) names them in its script, which asks for the table's
 *   parts when the link carries a seat (#seat=), and for the waiting room's when Join is pressed.
 *
 * The parts are the chunks of the modules below and everything they import, less what the first
 * download holds already, and their styles. If a module is renamed or no longer in the bundle,
 * the build fails here rather than quietly fetching nothing ahead.
 */
import type { Plugin } from 'vite';
import { chunkOfModule, entryChunk, staticClosure, type Bundle } from './chunks.ts';

/** What the waiting room needs (app/pages.ts: room). */
export const WAITING_ROOM_MODULES = ['room/OnlineRoom.tsx'] as const;
/** What the table needs besides (room/useOnlineClient.ts: loadTableParts; app/deck.ts: the deck's reader). */
export const TABLE_MODULES = [...WAITING_ROOM_MODULES, 'room/useOnlineClient.ts', 'table/connect.ts', 'table/Table.tsx', 'table/content.ts'] as const;
/** The deck the table plays with (table/content.ts). */
export const DECK_URL = '/api/content';

export interface TableParts {
  /** Addresses of the waiting room's parts. */
  room: string[];
  /** Addresses of the whole online table's parts: the waiting room's first, then the deck, then the rest. */
  table: string[];
}

function partsOf(bundle: Bundle, modules: readonly string[], first: Set<string>): string[] {
  const chunks = modules.map((source) => {
    const chunk = chunkOfModule(bundle, source);
    if (!chunk) throw new Error(`src/client/${source} is in no chunk: the table’s parts cannot be fetched ahead (src/tools/table-parts.ts)`);
    return chunk.fileName;
  });
  const files = [...staticClosure(bundle, chunks)].filter((file) => !first.has(file));
  const styles = new Set<string>();
  for (const file of files) {
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') for (const css of chunk.viteMetadata?.importedCss ?? []) if (!first.has(css)) styles.add(css);
  }
  return [...files, ...styles].map((file) => `/${file}`);
}

/** The online table's parts in a build of the `entry` page (an input of vite.config.ts). */
export function tableParts(bundle: Bundle, entry: string): TableParts {
  const start = entryChunk(bundle, entry);
  if (!start) throw new Error(`the client’s bundle has no entry named ${entry}`);
  const first = staticClosure(bundle, [start.fileName]);
  for (const css of start.viteMetadata?.importedCss ?? []) first.add(css);
  const room = partsOf(bundle, WAITING_ROOM_MODULES, first);
  const rest = partsOf(bundle, TABLE_MODULES, first).filter((url) => !room.includes(url));
  return { room, table: [...room, DECK_URL, ...rest] };
}

/**
 * How an address is fetched ahead, as the page will ask for it: code as a module, a style sheet
 * as the app's loader adds it, anything else (the deck) as fetch() asks. All are same-origin
 * requests in CORS mode (crossorigin), as the app's own are, so the page's request finds the
 * answer already there. Each is asked for at low priority (fetchpriority="low"): the app's own
 * first download must come first, as nothing runs before it, and on a slow line the parts
 * would otherwise share the line with it.
 */
export function preloadAttributes(url: string): { rel: string; as?: string } {
  if (url.endsWith('.js')) return { rel: 'modulepreload' };
  if (url.endsWith('.css')) return { rel: 'preload', as: 'style' };
  return { rel: 'preload', as: 'fetch' };
}

/**
 * A page script (plain JavaScript, for the top of a join page's head) that gives the page
 * window.__socFetchAhead(part), which asks for the room's or the table's parts now, and asks for
 * the table's at once when the address carries a seat (#seat=): that page goes straight on to
 * its table. In the head, before the style sheets, it runs as soon as it is read.
 */
export function fetchAheadScript(parts: TableParts): string {
  const links = (urls: string[]) => urls.map((url) => ({ href: url, ...preloadAttributes(url) }));
  return `(function () {
  var parts = ${JSON.stringify({ room: links(parts.room), table: links(parts.table) })};
  var asked = {};
  window.__socFetchAhead = function (part) {
    parts[part].forEach(function (p) {
      if (asked[p.href]) return;
      asked[p.href] = true;
      var link = document.createElement('link');
      link.rel = p.rel;
      if (p.as) link.as = p.as;
      link.crossOrigin = '';
      link.fetchPriority = 'low';
      link.href = p.href;
      document.head.appendChild(link);
    });
  };
  if (/(^#|&)seat=/.test(location.hash)) window.__socFetchAhead('table');
})();`;
}

/** `urls` as link tags for a page's head. */
export function preloadLinks(urls: readonly string[]): string {
  return urls
    .map((url) => {
      const { rel, as } = preloadAttributes(url);
      return `<link rel="${rel}"${as ? ` as="${as}"` : ''} fetchpriority="low" crossorigin href="${url}">`;
    })
    .join('\n    ');
}

/** index.html with the online table's parts fetched ahead: the page of /table/ID and /watch/CODE. */
export function tablePage(indexHtml: string, parts: TableParts): string {
  if (!indexHtml.includes('</head>')) throw new Error('index.html has no </head> to put the table’s preload links in');
  return indexHtml.replace('</head>', `  ${preloadLinks(parts.table)}\n  </head>`);
}

/** Writes table.html beside index.html. */
export function tablePages(entry: string): Plugin {
  return {
    name: 'soc-table-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      this.emitFile({ type: 'asset', fileName: 'table.html', source: tablePage(String(index.source), tableParts(bundle, entry)) });
    },
  };
}
