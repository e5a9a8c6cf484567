/**
 * Reading at the table, in Chromium: a knowledge card opened by mouse and a case by keyboard
 * (a real modal dialog: Escape closes it, focus returns to where it was), and the preview of
 * a move before it is confirmed, with what it touches lit up on the board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousViolations, useRig } from './helpers/browser.ts';
import { tabTo } from './helpers/play.ts';

const rig = useRig();

async function startHotseat(page: Page, lang: 'en' | 'nl'): Promise<void> {
  await page.goto(`${rig().url}/?lang=${lang}`);
  const form = page.locator('form[data-form="hotseat"]');
  await form.locator('select').first().selectOption('intro');
  await form.locator('input[type="number"]').first().fill('2');
  await form.locator('button[type="submit"]').click();
  await page.waitForSelector('[data-handover] button');
  await page.locator('[data-handover] button').click();
  await page.waitForSelector('.soc-actions');
}

const focusedDetail = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.detail ?? null);

describe('reading cards and moves at the table', () => {
  it('opens a card by mouse and a case by keyboard, and shows what a move will do before it is confirmed', async () => {
    const { page, errors } = await openPage(rig().browser);
    await startHotseat(page, 'en');

    // Mouse: the first card of the hand.
    const cardButton = page.locator('.soc-hand [data-detail^="knowledge:"]').first();
    const cardId = (await cardButton.getAttribute('data-detail'))!;
    await cardButton.click();
    const dialog = page.locator('dialog.soc-detail[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-detail-open')).toBe(cardId);
    expect(await dialog.locator('[data-section="helps"] h3').innerText()).toBe('When it helps');
    expect((await dialog.locator('[data-section="helps"] p').innerText()).length).toBeGreaterThan(20);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'details-knowledge-1280');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.soc-detail').count()).toBe(0);
    await expect.poll(() => focusedDetail(page)).toBe(cardId);

    // Keyboard: Tab to a case's button, Enter opens it, focus is inside, Escape brings it back.
    await tabTo(page, '.soc-cases [data-detail^="case:"]', 200);
    const caseId = (await focusedDetail(page))!;
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-detail-open')).toBe(caseId);
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(await dialog.locator('[data-section="story"] p').innerText()).not.toBe('');
    expect(await dialog.locator('.soc-detail__needs li').count()).toBeGreaterThan(0);
    await screenshot(page, 'details-case-1280');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.soc-detail').count()).toBe(0);
    await expect.poll(() => focusedDetail(page)).toBe(caseId);

    // A role, from the seats bar.
    await page.locator('.soc-seats-bar [data-detail^="role:"]').first().click();
    await dialog.waitFor();
    expect(await dialog.locator('[data-section="inRules"] p').innerText()).not.toBe('');
    await page.locator('[data-close-detail]').click();
    await expect.poll(() => page.locator('dialog.soc-detail').count()).toBe(0);

    // The preview: travel to a place, and before confirming the table says what changes.
    await page.locator('[data-action="travel"]').click();
    const option = page.locator('.soc-step [data-option]').first();
    const place = await option.getAttribute('data-option');
    await option.click();
    await page.waitForSelector('[data-confirm]');
    const preview = page.locator('.soc-preview[data-preview="shown"]');
    await preview.waitFor();
    expect(await preview.locator('[data-change="place"]').count()).toBe(1);
    expect(await preview.locator('[data-change="actions"]').innerText()).toMatch(/Actions left: \d → \d/);
    expect(await page.locator(`.soc-board [data-place="${place}"].soc-preview-hit`).count()).toBe(1);
    await screenshot(page, 'preview-travel-1280');
    await page.locator('[data-confirm]').click();
    await expect.poll(() => page.locator('.soc-preview-hit').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it('looks right from a phone to a projector, in Dutch', async () => {
    for (const width of [390, 768, 1280, 1920]) {
      const { page, errors } = await openPage(rig().browser, { width, height: width < 800 ? 900 : 1000 });
      await startHotseat(page, 'nl');
      await page.locator('.soc-hand [data-detail^="knowledge:"]').first().click();
      const dialog = page.locator('dialog.soc-detail[open]');
      await dialog.waitFor();
      expect(await dialog.locator('[data-section="helps"] h3').innerText()).toBe('Wanneer het helpt');
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-output/screenshots/details-knowledge-nl-${width}.png` });
      await page.keyboard.press('Escape');
      await page.locator('[data-action="travel"]').click();
      await page.locator('.soc-step [data-option]').first().click();
      await page.locator('.soc-preview').waitFor();
      await page.locator('.soc-preview').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-output/screenshots/preview-nl-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 180_000);
});
