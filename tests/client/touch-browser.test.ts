/**
 * Phones and tablets (issue 13, item 8): at 390×844 (a phone) and 768×1024 (a tablet), with a
 * touch screen, a person joins an online table and waits in its waiting room, and a hot-seat
 * round is played by tapping alone. No page scrolls sideways, the actions stay within the
 * thumb's reach, the board can be zoomed, and axe-core finds no serious violation on any
 * screen on the way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousViolations, tableStatus, useRig } from './helpers/browser.ts';
import { chooser, eventCount, settle, tapOnce } from './helpers/play.ts';

const rig = useRig();

async function fitsTheWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The element lies within the screen as it is scrolled now. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}

describe('phones and tablets', () => {
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
  ] as const) {
    it(`at ${width}×${height}: joins an online table by taps and plays a hot-seat round by taps`, async () => {
      const { page, errors } = await openPage(rig().browser, { width, height, touch: true });

      // Online: the invite link, a name, Join — then the waiting room.
      const created = (await rig().server.api.post('/api/tables', { scenario: 'intro', seats: 2 })).body as { code: string };
      await page.goto(`${rig().url}/join/${created.code}?lang=en`);
      const form = page.locator('form[data-form="join"]');
      await form.getByLabel('Your name').fill('Ana');
      const join = form.getByRole('button', { name: 'Join' });
      expect(await onScreen(page, 'form[data-form="join"] button[type="submit"]')).toBe(true);
      await join.tap();
      await page.waitForSelector(`[data-waiting-room="${created.code}"] svg.soc-qr`);
      expect(await fitsTheWidth(page)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      // Hot-seat from the start page, set up by taps.
      await page.goto(`${rig().url}/?lang=en`);
      expect(await fitsTheWidth(page)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      const hotseat = page.locator('form[data-form="hotseat"]');
      await hotseat.getByLabel('Scenario').selectOption('intro');
      await hotseat.getByLabel('Players').fill('2');
      await hotseat.getByRole('button', { name: 'Start the game' }).tap();
      await page.waitForSelector('[data-handover]');
      expect(await seriousViolations(page)).toEqual([]);

      const choose = chooser(width);
      let checkedStep = false;
      let checkedActions = false;
      for (let taps = 0; ; taps++) {
        expect(taps, 'a round within 400 taps').toBeLessThan(400);
        const status = await tableStatus(page);
        if (status && status.round >= 2) break;
        if (!checkedActions && (await page.locator('.soc-actions').count()) > 0 && !(await page.locator('[data-handover]').isVisible())) {
          // The actions are within the thumb's reach wherever the page is scrolled; the board zooms.
          expect(await onScreen(page, '.soc-actions')).toBe(true);
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 3));
          expect(await onScreen(page, '.soc-actions')).toBe(true);
          await page.evaluate(() => window.scrollTo(0, 0));
          const zoomIn = page.getByRole('button', { name: 'Zoom in on the board' });
          await zoomIn.tap();
          await expect.poll(() => page.locator('.soc-board').getAttribute('data-zoom')).not.toBe('1');
          expect(await fitsTheWidth(page)).toBe(true);
          expect(await seriousViolations(page)).toEqual([]);
          await screenshot(page, `tap-table-${width}`);
          checkedActions = true;
        }
        if (!checkedStep && (await page.locator('.soc-step').count()) > 0) {
          expect(await fitsTheWidth(page)).toBe(true);
          expect(await seriousViolations(page)).toEqual([]);
          await screenshot(page, `tap-step-${width}`);
          checkedStep = true;
        }
        const before = await eventCount(page);
        const did = await tapOnce(page, choose);
        await settle(page, did, before);
      }
      expect(checkedActions && checkedStep).toBe(true);
      expect(await fitsTheWidth(page)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    }, 180_000);
  }
});
