/**
 * The validators the browser gets (generated at build time as standalone code, because the
 * Content-Security-Policy forbids compiling in the page) judge every file of the shipped deck
 * and of every broken deck exactly as the validators compiled in Node do: same verdict, same
 * errors, so the card gallery names the same mistakes as deck:check.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR, readDeckFolder } from '../../src/content/load.ts';
import { CONTENT_FILE_NAMES, type ContentFileName } from '../../src/content/schema.ts';
import { validator } from '../../src/content/validators.ts';
import { standaloneValidators } from '../../src/tools/standalone-validators.ts';
import { applyBrokenDeck, loadCorpus } from './helpers/broken-deck.ts';

// Inside the project, so that the generated module finds ajv's runtime helpers.
const dir = resolve(import.meta.dirname, '../../test-output', `validators-${process.pid}`);
let standalone: (name: ContentFileName) => ValidateFunction;

beforeAll(async () => {
  const code = standaloneValidators();
  expect(code).not.toMatch(/\bnew Function\b|\beval\(|require\(/);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'validators.mjs'), code);
  ({ validator: standalone } = (await import(pathToFileURL(join(dir, 'validators.mjs')).href)) as { validator: typeof standalone });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function verdicts(files: Record<string, string>): unknown[] {
  const out: unknown[] = [];
  for (const name of CONTENT_FILE_NAMES) {
    let data: unknown;
    try {
      data = JSON.parse(files[`${name}.json`] ?? 'null');
    } catch {
      continue;
    }
    const compiled = validator(name);
    const generated = standalone(name);
    const ok = [compiled(data), generated(data)];
    const errors = [compiled, generated].map((v) => (v.errors ?? []).map((e) => [e.instancePath, e.keyword, JSON.stringify(e.params), e.message]));
    out.push({ name, ok: ok[0] });
    expect(ok[1], name).toBe(ok[0]);
    expect(errors[1], name).toEqual(errors[0]);
  }
  return out;
}

describe('the precompiled content validators', () => {
  it('accept the shipped deck as the compiled ones do', () => {
    const files = readDeckFolder(DEFAULT_CONTENT_DIR).files;
    expect(Object.keys(files).length).toBe(CONTENT_FILE_NAMES.length);
    expect(verdicts(files).every((v) => (v as { ok: boolean }).ok)).toBe(true);
  });

  it('find the same errors in every broken deck', () => {
    let refused = 0;
    for (const { deck } of loadCorpus()) {
      const patched = applyBrokenDeck(deck);
      try {
        refused += verdicts(readDeckFolder(patched.dir).files).filter((v) => !(v as { ok: boolean }).ok).length;
      } finally {
        patched.cleanup();
      }
    }
    // The corpus has schema mistakes, so the comparison covered refusals, not only passes.
    expect(refused).toBeGreaterThan(5);
  });
});
