/**
 * A Vite plugin that writes a second copy of the app's page for the addresses that lead to an
 * online table (a join link, a seat link, a table, the projector view), with hints that let the
 * browser fetch the table's code and the deck while the first page's code still runs. On a slow
 * phone that code takes a second or more to run; the table's ~90 KB would otherwise only be
 * asked for after it. The hints are low priority, so they do not slow the first page's own
 * download. The server sends this copy for those addresses (src/server/http/client-pages.ts).
 */
import type { Plugin } from 'vite';
import { closure } from './bundle-budget.ts';

export interface PageHints {
  /** The built page to copy (index.html) and the name of the copy (table.html). */
  page: string;
  out: string;
  /** The entry chunk of the page (its code is loaded anyway) and the page chunk to hint. */
  entry: string;
  chunk: string;
  /** Modules the page imports on demand beside it (paths from the project's root, e.g. the deck's loader). */
  modules: string[];
  /** Requests the page makes once it runs (same origin, JSON), fetched ahead too. */
  fetches: string[];
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function pageHints(o: PageHints): Plugin {
  let base = '/';
  return {
    name: 'soc-page-hints',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry && c.name === o.entry);
      const page = chunks.find((c) => c.name === o.chunk);
      const html = bundle[o.page];
      if (!entry || !page || html?.type !== 'asset') this.error(`page hints: no ${!entry ? `entry ${o.entry}` : !page ? `chunk ${o.chunk}` : `page ${o.page}`} in the build`);
      const extra = o.modules.map((m) => {
        const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(m));
        if (!chunk) this.error(`page hints: no chunk for ${m}`);
        return chunk.fileName;
      });
      const loaded = closure(bundle, [entry.fileName]).files;
      const files = [...closure(bundle, [page.fileName, ...extra]).files].filter((f) => !loaded.has(f)).sort();
      const links = [
        ...files.map((f) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${attr(base + f)}">`),
        ...o.fetches.map((f) => `<link rel="preload" as="fetch" crossorigin fetchpriority="low" href="${attr(f)}">`),
      ];
      const source = String(html.source);
      if (!source.includes('</head>')) this.error(`page hints: ${o.page} has no </head>`);
      this.emitFile({ type: 'asset', fileName: o.out, source: source.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) });
    },
  };
}
