/** npm run deck:csv: the shipped deck through CSV files and back, byte for byte; nothing written on errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_FILE_NAMES } from '../../src/content/schema.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = (...args: string[]) => {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/tools/deck-csv.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'soc-deck-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deck:csv', () => {
  it('exports the shipped deck and imports it back byte for byte', () => {
    expect(run('export', 'game-content', join(dir, 'csv'))).toMatchObject({ code: 0, out: `wrote 10 CSV files to ${join(dir, 'csv')}\n` });
    const back = run('import', join(dir, 'csv'), join(dir, 'deck'));
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/wrote 9 JSON files .*; no problems/);
    // Every card and rule file of the deck; the glossary is a side file (words, not cards) and stays out of the sheets.
    const deckFiles = CONTENT_FILE_NAMES.map((n) => `${n}.json`);
    expect(readdirSync(join(ROOT, 'game-content')).filter((f) => f.endsWith('.json')).sort()).toEqual([...deckFiles, 'glossary.json'].sort());
    for (const f of deckFiles) {
      expect(readFileSync(join(dir, 'deck', f)).equals(readFileSync(join(ROOT, 'game-content', f))), f).toBe(true);
    }
    expect(existsSync(join(dir, 'deck/schema/knowledge.schema.json'))).toBe(true);
  });

  it('refuses a sheet with a mistake, names its row and column, and writes nothing', () => {
    const file = join(dir, 'csv/knowledge.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ncrowdfunding,resources,', '\ncrowdfunding,resorces,'));
    const r = run('import', join(dir, 'csv'), join(dir, 'broken'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${join(dir, 'csv')}/knowledge.csv:2:2 error  knowledge card "crowdfunding": pattern is "resorces", which is not allowed (did you mean "resources"?)`);
    expect(r.out).toMatch(/1 error; nothing written/);
    expect(existsSync(join(dir, 'broken'))).toBe(false);
  });

  it('answers --help, and exits 2 with a sentence on a bad command or option', () => {
    expect(run('--help')).toMatchObject({ code: 0 });
    const bad = run('expert', 'a', 'b');
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')[0]).toBe('"expert" is not a command: use export or import');
    expect(run('export', '--nope').code).toBe(2);
  });
});
