/**
 * The checker on the shipped deck (clean) and on decks that are wrong in ways the corpus
 * does not spell out: warnings that do not fail, problems in several files at once, parsed
 * JSON instead of text (as the gallery gets it from /api/content), and odd input.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck, checkRawContent, formatProblem, summarize } from '../../src/content/check.ts';
import { ContentError } from '../../src/content/content.ts';
import { checkDeckFolder, DEFAULT_CONTENT_DIR, loadContent, readContentFiles } from '../../src/content/load.ts';
import { CONTENT_FILE_NAMES } from '../../src/content/schema.ts';

const shipped = () => readContentFiles(DEFAULT_CONTENT_DIR);
const edit = (file: string, change: (data: any) => void): Record<string, string> => {
  const files = shipped();
  const data = JSON.parse(files[file]);
  change(data);
  files[file] = JSON.stringify(data, null, 2);
  return files;
};

describe('the shipped deck', () => {
  it('passes clean: no errors and no warnings', () => {
    const { problems, ok } = checkDeckFolder(DEFAULT_CONTENT_DIR);
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('checks the same as parsed JSON (what /api/content serves)', () => {
    const parsed = Object.fromEntries(Object.entries(shipped()).map(([k, v]) => [k, JSON.parse(v)]));
    expect(checkDeck(parsed).ok).toBe(true);
  });
});

describe('checkDeck', () => {
  it('reports an unused card as a warning, and the deck stays playable', () => {
    const files = edit('knowledge.json', (d) => {
      d.knowledge[0].decks = ['spare'];
    });
    const { problems, ok } = checkDeck(files);
    expect(ok).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', file: 'knowledge.json', pointer: '/knowledge/0/decks/0', code: 'unused' });
    expect(problems[0].message).toContain('never comes into play');
    expect(summarize(problems)).toBe('1 warning');
    expect(checkRawContent(files).raw).not.toBeNull();
  });

  it('warns about a text too long for a printed card, a placeholder and an untranslated text', () => {
    const files = edit('knowledge.json', (d) => {
      d.knowledge[0].text.en = 'x'.repeat(301);
      d.knowledge[1].text.nl = 'TODO vertalen';
      d.knowledge[2].text = { nl: 'Dezelfde lange tekst in beide talen, niet vertaald.', en: 'Dezelfde lange tekst in beide talen, niet vertaald.' };
    });
    const { problems, ok } = checkDeck(files);
    expect(ok).toBe(true);
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['too-long', '/knowledge/0/text/en'],
      ['placeholder', '/knowledge/1/text/nl'],
      ['untranslated', '/knowledge/2/text/en'],
    ]);
    expect(problems[0].message).toContain('301 characters');
  });

  it('reports mistakes in several files at once, sorted by file and line', () => {
    const files = edit('knowledge.json', (d) => {
      d.knowledge[3].pattern = 'makin';
      d.knowledge[1].copies = 0;
    });
    files['prompts.json'] = files['prompts.json'].replace('"id": "what-did-you-give"', '"id": "What did you give"');
    const { problems, ok } = checkDeck(files);
    expect(ok).toBe(false);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file} ${p.pointer}`)).toEqual([
      'knowledge.json /knowledge/1/copies',
      'knowledge.json /knowledge/3/pattern',
      'prompts.json /prompts/0/id',
    ]);
    expect(errors[1].message).toContain('did you mean "making"?');
    expect(checkRawContent(files).raw).toBeNull();
  });

  it('checks the other files when one is broken, and skips only what needs the broken one', () => {
    const files = shipped();
    files['transformations.json'] = '{ "transformations": [ }';
    files['board.json'] = files['board.json'].replace('"pressureLimit": 3', '"pressureLimit": 0');
    const { problems } = checkDeck(files);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.file)).toEqual(['board.json', 'transformations.json']);
    // Cases name transformations, which could not be read: no false "unknown transformation".
    expect(problems.some((p) => p.code === 'unknown-reference')).toBe(false);
  });

  it('never throws, whatever the files hold', () => {
    const odd: unknown[] = ['', 'null', '[]', '42', '"text"', '{', '{"patterns": null}', '\uFEFF{}', '{"a":1}{"b":2}', 'true', '{"knowledge": [1, "x", null, []]}'];
    for (const text of odd) {
      for (const name of CONTENT_FILE_NAMES) {
        const files: Record<string, unknown> = { ...shipped(), [`${name}.json`]: text };
        const { problems, ok } = checkDeck(files);
        expect(ok, `${name}.json = ${JSON.stringify(text)}`).toBe(false);
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('accepts a byte-order mark', () => {
    const files = shipped();
    files['roles.json'] = '\uFEFF' + files['roles.json'];
    expect(checkDeck(files).ok).toBe(true);
  });
});

describe('loadContent', () => {
  it('refuses a broken deck with every error as path:line:column message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soc-check-'));
    try {
      cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
      const text = readFileSync(join(dir, 'cases.json'), 'utf8');
      writeFileSync(join(dir, 'cases.json'), text.replace('"transformation": "shared-workshop"', '"transformation": "shared-worksop"'));
      const line = text.split('\n').findIndex((l) => l.includes('"shared-workshop"')) + 1;
      expect(() => loadContent(dir)).toThrow(ContentError);
      expect(() => loadContent(dir)).toThrow(new RegExp(`^${join(dir, 'cases.json')}:${line}:\\d+ case "repair-cafe" grants the transformation "shared-worksop".* \\(/cases/0/transformation\\)$`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a folder that does not exist, in a sentence', () => {
    expect(() => loadContent(join(tmpdir(), 'soc-no-such-deck'))).toThrow(/does not exist/);
  });
});
