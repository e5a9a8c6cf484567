/** npm run deck:check: compiler-style lines, exit codes, a summary when clean, no stack traces. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const run = (...args: string[]) => {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/tools/deck-check.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'soc-deck-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deck:check', () => {
  it('passes the shipped deck with exit 0 and a one-line summary', () => {
    const r = run();
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^game-content: \d+ scenarios, .*knowledge cards.*; no problems\n$/);
  });

  it('names each problem of a broken copy as file:line:column, sorted, and exits 1', () => {
    cpSync(join(ROOT, 'game-content'), dir, { recursive: true });
    const knowledge = readFileSync(join(dir, 'knowledge.json'), 'utf8');
    writeFileSync(join(dir, 'knowledge.json'), knowledge.replace('"pattern": "resources"', '"pattern": "resorces"'));
    const cases = readFileSync(join(dir, 'cases.json'), 'utf8');
    writeFileSync(join(dir, 'cases.json'), cases.replace(/\n\s*\]\n\}\n$/, ',\n  ]\n}\n'));
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out.trim().split('\n');
    const line = knowledge.split('\n').findIndex((l) => l.includes('"pattern": "resources"')) + 1;
    expect(lines[0]).toMatch(/cases\.json:\d+:\d+ error {2}a comma before \] is not allowed in JSON/);
    expect(lines[1]).toBe(
      `${dir}/knowledge.json:${line}:18 error  knowledge card "crowdfunding": pattern is "resorces", which is not allowed (did you mean "resources"?); choose one of resources, identity, organisation, dreaming, making, disruption, transformation, open-end (/knowledge/0/pattern)`,
    );
    expect(lines[lines.length - 1]).toMatch(/: 2 errors$/);
    expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('answers JSON with --json, and takes the folder as --content too', () => {
    const r = run('--content', dir, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(['json-syntax', 'unknown-value']);
  });

  it('says what is wrong with a folder that is not there, and with bad arguments', () => {
    const missing = run(join(dir, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/does not exist/);
    const bad = run('--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/usage: npm run deck:check/);
  });
});
