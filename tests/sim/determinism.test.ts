/** Same seed, same bytes: the report does not depend on how many workers played the games. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/run.ts';

describe('simulation determinism', () => {
  it('one thread and three workers give the same JSON; another seed gives another', async () => {
    const run = { scenario: 'standard', players: 4, games: 60, bot: 'heuristic' as const, seed: 'same-bytes' };
    const alone = JSON.stringify(await simulate({ ...run, workers: 1 }));
    const three = JSON.stringify(await simulate({ ...run, workers: 3 }));
    expect(three).toBe(alone);
    const other = JSON.stringify(await simulate({ ...run, seed: 'other-bytes', workers: 2 }));
    expect(other).not.toBe(alone);
  });

  it('npm run simulate writes the same JSON file with --workers 1 and --workers 2, winRate at the top', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const run = (workers: number, name: string) => {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/sim/cli.ts', '--scenario', 'intro', '--players', '2', '--games', '50', '--bot', 'random', '--seed', '9', '--workers', String(workers), '--json', join(dir, name), '--html', join(dir, `${name}.html`)],
        { stdio: 'pipe' },
      );
      return readFileSync(join(dir, name), 'utf8');
    };
    const one = run(1, 'one.json');
    expect(run(2, 'two.json')).toBe(one);
    const report = JSON.parse(one);
    expect(report.winRate).toBeGreaterThanOrEqual(0);
    expect(report.winRate).toBeLessThanOrEqual(1);
    expect(report.games).toBe(50);
    const html = readFileSync(join(dir, 'one.json.html'), 'utf8');
    expect(html).toContain('<svg');
    // Self-contained: nothing fetched from anywhere.
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:/);
  });
});
