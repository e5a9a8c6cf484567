/**
 * The deck workbench in Debian's Chromium: a broken save shows its problems with
 * file:line:column while the gallery keeps the last good deck; the next good save reaches the
 * gallery without a reload by hand.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../src/content/load.ts';
import { startDeckDev, type DeckDev } from '../../src/tools/deck-dev-server.ts';
import { buildDesignerPages, CHROMIUM, CHROMIUM_FLAGS } from '../../src/tools/designer-pages.ts';

const work = mkdtempSync(join(tmpdir(), 'soc-deck-dev-browser-'));
const deck = join(work, 'deck');
const built = join(work, 'built');
const original = readFileSync(join(DEFAULT_CONTENT_DIR, 'knowledge.json'), 'utf8');
let dev: DeckDev;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  cpSync(DEFAULT_CONTENT_DIR, deck, { recursive: true });
  await buildDesignerPages(built, ['deck-dev', 'cards']);
  dev = await startDeckDev({ dir: deck, shownDir: 'my-deck', clientDir: built });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${dev.url}/deck-dev.html?lang=en`);
  await page.waitForSelector('.dd-banner--good');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the deck workbench', () => {
  it('shows a broken save’s problems, keeps the last good cards, and follows the next good save', async () => {
    const gallery = page.frameLocator('iframe[title="Cards"]');
    await expect.poll(() => gallery.locator('[data-card="knowledge/crowdfunding"]').count(), { timeout: 30_000 }).toBe(1);

    const line = original.split('\n').findIndex((l) => l.includes('"pattern": "resources"')) + 1;
    writeFileSync(join(deck, 'knowledge.json'), original.replace('"pattern": "resources"', '"pattern": "resorces"'));
    await page.waitForSelector('.dd-banner--broken');
    const problem = await page.locator('.dd-status .dz-problem--error').innerText();
    expect(problem).toContain(`knowledge.json:${line}:18`);
    expect(problem).toContain('did you mean "resources"?');
    expect(await gallery.locator('[data-card="knowledge/crowdfunding"]').count()).toBe(1);

    writeFileSync(join(deck, 'knowledge.json'), original.replace('"en": "Crowdfunding"', '"en": "Crowd money"'));
    await page.waitForSelector('.dd-banner--good');
    await expect.poll(() => gallery.locator('[data-card="knowledge/crowdfunding"] h3').innerText(), { timeout: 30_000 }).toBe('Crowd money');
    expect(pageErrors).toEqual([]);
  });
});
