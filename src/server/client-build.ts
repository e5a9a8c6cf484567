/**
 * Whether the table client needs building: dist/client is missing, or older than any source
 * it is built from (the client, the rules and content it bundles, the Vite configuration).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CLIENT_SOURCES = ['src/client', 'src/designer', 'src/bots', 'src/content', 'src/rules', 'src/game', 'game-content', 'vite.config.ts', 'src/tools/standalone-validators.ts', 'src/tools/bundle-budget.ts', 'src/tools/early-join.ts', 'src/tools/precompress.ts', 'package-lock.json'];

/** The newest modification time under `path` (a file or a folder), 0 if it does not exist. */
function newestChange(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

export type BuildNeed = 'noSources' | 'missing' | 'stale' | 'fresh';

export function clientBuildNeed(root: string, clientDir: string): BuildNeed {
  if (!existsSync(join(root, 'src/client/index.html'))) return 'noSources';
  const built = join(clientDir, 'index.html');
  if (!existsSync(built)) return 'missing';
  const builtAt = statSync(built).mtimeMs;
  return CLIENT_SOURCES.some((s) => newestChange(join(root, s)) > builtAt) ? 'stale' : 'fresh';
}
