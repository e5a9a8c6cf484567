/**
 * Reading the client's bundle at build time: which files a chunk loads before it runs, and the
 * chunk a source module became. Shared by the build's plugins that weigh the pages
 * (bundle-budget.ts) and that fetch the online table's parts ahead (table-parts.ts).
 */
import type { Plugin, Rollup } from 'vite';

export type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];

/**
 * The files `start` loads before it runs: themselves and their static imports, transitively, in
 * the order they are found (breadth first: `start` first, in its order).
 */
export function staticClosure(bundle: Bundle, start: readonly string[]): Set<string> {
  const files = new Set<string>(start);
  for (const file of files) {
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') for (const imported of chunk.imports) files.add(imported);
  }
  return files;
}

/** The chunk that holds `source` (a path under the client's sources, e.g. room/OnlineRoom.tsx). */
export function chunkOfModule(bundle: Bundle, source: string): Rollup.OutputChunk | undefined {
  const suffix = `/src/client/${source}`;
  const holds = (c: Rollup.OutputChunk) => c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(suffix));
  return Object.values(bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && holds(c));
}

/** The entry chunk named `name` (an input of vite.config.ts). */
export function entryChunk(bundle: Bundle, name: string): Rollup.OutputChunk | undefined {
  return Object.values(bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry && c.name === name);
}
