/**
 * A Vite plugin that prints what the table client costs a player to download, gzipped, and fails
 * the build when it is over budget, so the budget holds without anyone having to remember it.
 * Two figures: the first page (the entry and every chunk it imports: the header and the join
 * page), and each named page on top of it (its chunks' own static imports too), such as the
 * online table a join link leads to: its waiting room, the table and the game's engine, which
 * are chunks of their own (a page is named by its chunks, joined with +). Chunks loaded only on demand elsewhere (the rulebook, the
 * debrief, the start page's forms) count for neither.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];

/** The files `start` loads before it runs (its static imports, transitively) and their gzipped size. */
function closure(bundle: Bundle, start: string[]): { files: Set<string>; kb: number } {
  const files = new Set<string>();
  const stack = [...start];
  let bytes = 0;
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') continue;
    bytes += gzipSync(chunk.code).length;
    stack.push(...chunk.imports);
  }
  return { files, kb: bytes / 1024 };
}

/** `pages`: a page's chunks by name (their files' names, e.g. OnlineRoom+Table) → its budget with the first page, in KB. */
export function bundleBudget(entry: string, limitKB: number, pages: Record<string, number> = {}): Plugin {
  return {
    name: 'soc-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const start = chunks.find((c) => c.isEntry && c.name === entry);
      if (!start) return;
      const first = closure(bundle, [start.fileName]);
      console.log(`${entry} client JS: ${first.kb.toFixed(1)} KB gzip in ${first.files.size} files for the first page (budget ${limitKB} KB)`);
      if (first.kb > limitKB) this.error(`the ${entry} client's first page is ${first.kb.toFixed(1)} KB gzip, over its budget of ${limitKB} KB`);
      for (const [name, limit] of Object.entries(pages)) {
        const files = name.split('+').map((part) => {
          const page = chunks.find((c) => c.name === part);
          if (!page) this.error(`the ${entry} client has no chunk named ${part} to hold to its budget`);
          return page.fileName;
        });
        const total = closure(bundle, [start.fileName, ...files]);
        console.log(`${entry} client JS with ${name}: ${total.kb.toFixed(1)} KB gzip in ${total.files.size} files (budget ${limit} KB)`);
        if (total.kb > limit) this.error(`the ${entry} client with ${name} is ${total.kb.toFixed(1)} KB gzip, over its budget of ${limit} KB`);
      }
    },
  };
}
