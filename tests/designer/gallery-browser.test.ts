/**
 * The card gallery in Debian's Chromium, served the way the lobby server serves it (a deck
 * at GET /api/content): a custom deck with mistakes shows its problems with file:line:column,
 * marks the card at fault, says which file could not be read, and never crashes the page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeckFolder, DEFAULT_CONTENT_DIR, readDeckFolder } from '../../src/content/load.ts';
import { buildDesignerPages, CHROMIUM, CHROMIUM_FLAGS, deckContent, serveDesignerPages } from '../../src/tools/designer-pages.ts';

const work = mkdtempSync(join(tmpdir(), 'soc-gallery-'));
const deck = join(work, 'deck');
const built = join(work, 'built');
let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
let knowledgeLine = 0;

beforeAll(async () => {
  cpSync(DEFAULT_CONTENT_DIR, deck, { recursive: true });
  const knowledge = readFileSync(join(deck, 'knowledge.json'), 'utf8');
  writeFileSync(join(deck, 'knowledge.json'), knowledge.replace('"pattern": "resources"', '"pattern": "resorces"'));
  knowledgeLine = knowledge.split('\n').findIndex((l) => l.includes('"pattern": "resources"')) + 1;
  writeFileSync(join(deck, 'prompts.json'), '{ "prompts": [ ');
  await buildDesignerPages(built, ['cards']);
  const { problems } = checkDeckFolder(deck);
  ({ server, url } = await serveDesignerPages(built, deckContent(readDeckFolder(deck).files, problems)));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${url}/cards.html?lang=en`);
  await page.waitForSelector('.dz-count');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the card gallery', () => {
  it('lists the deck’s problems like a compiler, with file:line:column', async () => {
    const items = await page.locator('.dz-problem--error').allInnerTexts();
    expect(items.some((t) => t.includes(`knowledge.json:${knowledgeLine}:18`) && t.includes('did you mean "resources"?'))).toBe(true);
    expect(items.some((t) => t.startsWith('prompts.json:1:'))).toBe(true);
    expect(await page.getAttribute('.dz-problems', 'data-errors')).toBe(String(items.length));
  });

  it('marks the card at fault and says which file could not be read', async () => {
    // knowledge.json failed the schema, so its cards are not shown; prompts.json is not JSON.
    const notices = await page.locator('.dz-unreadable').allInnerTexts();
    expect(notices.join('\n')).toContain('knowledge.json has errors');
    expect(notices.join('\n')).toContain('prompts.json has errors');
    expect(await page.locator('[data-kind="knowledge"]').count()).toBe(0);
    expect(await page.locator('[data-kind="flow"]').count()).toBeGreaterThan(0);
  });

  it('filters by kind and pattern, and switches language', async () => {
    const total = Number(await page.getAttribute('.dz-count', 'data-total'));
    await page.getByLabel('Cases').check();
    const cases = Number(await page.getAttribute('.dz-count', 'data-shown'));
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBeLessThan(total);
    expect(await page.locator('.dz-cell').count()).toBe(cases);
    expect(await page.locator('.dz-cell[data-kind="case"]').count()).toBe(cases);
    await page.locator('input[name="pattern"][value="making"]').check();
    const making = Number(await page.getAttribute('.dz-count', 'data-shown'));
    expect(making).toBeGreaterThan(0);
    expect(making).toBeLessThan(cases);
    expect(page.url()).toContain('kind=case');
    await page.getByLabel('NL').check();
    expect(await page.locator('h1').innerText()).toBe('Kaartengalerij');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('passes axe-core’s accessibility rules', async () => {
    // Evaluated by the test driver, which the page's Content-Security-Policy does not govern (a script tag it would refuse).
    await page.evaluate(readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('never throws in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('a semantic mistake on a card', () => {
  it('outlines that card and links to it from the problem', async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const cases = JSON.parse(readFileSync(join(DEFAULT_CONTENT_DIR, 'cases.json'), 'utf8'));
    cases.cases[0].transformation = 'no-such-transformation';
    const files: Record<string, unknown> = Object.fromEntries(Object.entries(readDeckFolder(DEFAULT_CONTENT_DIR).files).map(([k, v]) => [k, JSON.parse(v)]));
    files['cases.json'] = cases;
    // An answer without "problems": the page checks the deck itself.
    const { server: s2, url: u2 } = await serveDesignerPages(built, JSON.stringify({ files }));
    try {
      await p.goto(`${u2}/cards.html?lang=en&kind=case`);
      await p.waitForSelector('.dz-count');
      const cell = p.locator(`.dz-cell[data-id="${cases.cases[0].id}"]`);
      await expect.poll(() => cell.getAttribute('class')).toContain('dz-cell--error');
      await p.getByRole('button', { name: 'show card' }).first().click();
      await expect.poll(() => cell.getAttribute('class')).toContain('dz-cell--flash');
      expect(errors).toEqual([]);
    } finally {
      await p.close();
      s2.close();
    }
  });
});
