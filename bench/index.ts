/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process, one after another, so one
 * benchmark's heap and worker threads never colour another's numbers. Each benchmark prints
 * its own table (numbers and ratios against a baseline measured in the same run) and writes
 * its JSON under bench-output/.
 *
 *   npm run bench                 # all benchmarks
 *   npm run bench -- sim          # only those whose file name contains "sim"
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolArgs, usageError } from '../src/tools/args.ts';

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
const tool = {
  name: 'bench',
  usage: `usage: npm run bench -- [NAME]…
  runs every benchmark in bench/ (${all.map((f) => f.replace('.bench.ts', '')).join(', ')}), or those whose file name contains a NAME;
  each prints its table and writes its JSON under bench-output/. A benchmark's own options: npx tsx bench/NAME.bench.ts --help`,
};
const { positionals: filters } = toolArgs(tool, { allowPositionals: true });
const files = all.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) usageError(tool, `no benchmark in bench/ has ${filters.map((x) => `"${x}"`).join(' or ')} in its name`);

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
  });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exit(failed ? 1 : 0);
