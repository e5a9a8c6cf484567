/**
 * A Vite plugin that prints what the table client costs a player to download (its entry and
 * every chunk it imports, gzipped) and fails the build when it is over budget, so the budget
 * holds without anyone having to remember it.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export function bundleBudget(entry: string, limitKB: number): Plugin {
  return {
    name: 'soc-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const start = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === entry);
      if (!start || start.type !== 'chunk') return;
      const seen = new Set<string>();
      const stack = [start.fileName];
      let bytes = 0;
      while (stack.length > 0) {
        const file = stack.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        const chunk = bundle[file];
        if (chunk?.type !== 'chunk') continue;
        bytes += gzipSync(chunk.code).length;
        stack.push(...chunk.imports);
      }
      const kb = bytes / 1024;
      console.log(`${entry} client JS: ${kb.toFixed(1)} KB gzip in ${seen.size} files (budget ${limitKB} KB)`);
      if (kb > limitKB) this.error(`the ${entry} client is ${kb.toFixed(1)} KB gzip, over its budget of ${limitKB} KB`);
    },
  };
}
