/**
 * `npm start`: builds the table client when it is missing or older than its sources, then
 * runs the server (main.ts) in production mode unless NODE_ENV says otherwise (boardgame.io's
 * reducer runs ~2.3x faster without its development checks).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientBuildNeed } from './client-build.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const clientDir = resolve(process.cwd(), process.env.CLIENT_DIR?.trim() || 'dist/client');
process.env.NODE_ENV ??= 'production';

const need = clientBuildNeed(root, clientDir);
if (need === 'missing' || need === 'stale') {
  process.stderr.write(`Building the table client (${need === 'missing' ? 'not built yet' : 'sources changed'})…\n`);
  // Vite's output goes to stderr: stdout is for the server's JSON log lines.
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', clientDir, '--emptyOutDir'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (build.status !== 0) {
    process.stderr.write('The client build failed (see above). Fix it, or set CLIENT_DIR to a built client.\n');
    process.exit(1);
  }
} else if (need === 'noSources') {
  process.stderr.write('No table client sources (src/client/index.html): serving a page that says so.\n');
}

await import('./main.ts');
