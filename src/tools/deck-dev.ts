/**
 * npm run deck:dev -- [DIR] [--port N] [--host H]
 *
 * A live preview of a deck folder: the workbench page (problems, card gallery, a hot-seat
 * table) follows every save. Builds the client first when it is missing or older than its
 * sources (as npm start does), then serves it with the folder's deck (deck-dev-server.ts).
 */
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { formatProblem, summarize } from '../content/check.ts';
import { DEFAULT_CONTENT_DIR } from '../content/load.ts';
import { clientBuildNeed } from '../server/client-build.ts';
import { toolArgs, usageError } from './args.ts';
import { startDeckDev } from './deck-dev-server.ts';

const tool = {
  name: 'deck:dev',
  usage: `usage: npm run deck:dev -- [DIR] [--port N] [--host H]
  serves the deck in DIR (default game-content) on http://127.0.0.1:5174: its problems, its cards and a
  hot-seat table, updated on every save; a save with errors keeps the last good deck playable`,
};

const root = resolve(import.meta.dirname, '../..');

function options() {
  const { values, positionals } = toolArgs(tool, { allowPositionals: true, options: { port: { type: 'string', default: '5174' }, host: { type: 'string', default: '127.0.0.1' } } });
  if (positionals.length > 1) usageError(tool, 'give one deck folder');
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) usageError(tool, `--port must be a port number, not "${values.port}"`);
  return { dir: resolve(positionals[0] ?? DEFAULT_CONTENT_DIR), port, host: values.host };
}

async function main(): Promise<number> {
  const o = options();
  const shown = relative(process.cwd(), o.dir).startsWith('..') ? o.dir : relative(process.cwd(), o.dir) || '.';
  const clientDir = join(root, 'dist/client');
  const need = clientBuildNeed(root, clientDir);
  if (need === 'missing' || need === 'stale') {
    console.log(`building the client (${need === 'missing' ? 'not built yet' : 'sources changed'})…`);
    const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', clientDir, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (build.status !== 0) {
      console.error('the client build failed (see above)');
      return 1;
    }
  }
  const dev = await startDeckDev({ dir: o.dir, shownDir: shown, clientDir, port: o.port, host: o.host });
  const report = () => {
    const s = dev.state();
    for (const p of s.problems) console.log(formatProblem(p, shown));
    const served = s.ok ? 'served' : s.goodAt ? 'the last good deck is still served' : 'nothing to serve until the errors are fixed';
    console.log(`${new Date().toLocaleTimeString()} ${shown}: ${summarize(s.problems)}; ${served}`);
  };
  report();
  let seen = dev.state().revision;
  // Say each save in the terminal too.
  setInterval(() => {
    if (dev.state().revision !== seen) {
      seen = dev.state().revision;
      report();
    }
  }, 250).unref();
  console.log(`deck:dev: ${dev.url}/deck-dev.html (Ctrl+C to stop)`);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await dev.close();
  return 0;
}

process.exitCode = await main();
