/**
 * Bringing your own initiative to an online table, in Chromium through the real server: Ana
 * shapes hers in the join form (the hot-seat's editor, the engine's check), Bo joins with a
 * deck case and brings his own from the waiting room (Ana sees it arrive), the host starts,
 * and both tables show both initiatives as cases. Screenshots of the join form and of the
 * waiting room's editor at four widths and in Dutch.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousViolations, useRig } from './helpers/browser.ts';
import { sitDown } from './helpers/play.ts';
import { repairShop } from '../helpers/own-initiative.ts';

const rig = useRig();
const poll = expect.poll;

const sizes = [
  [390, 844],
  [768, 1024],
  [1280, 800],
  [1920, 1080],
] as const;

/** Screenshots of `page` at the four widths, none scrolling sideways, then back at 1280. */
async function atEveryWidth(page: Page, name: string): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Fills the editor `own` (its box ticked) with the repair shop's needs, offers and wishes, named `name`. */
async function shape(own: Locator, name: string): Promise<void> {
  await own.getByLabel('Name of the initiative').fill(name);
  await own.getByLabel('In one line: what is it?').fill(repairShop.line);
  for (const [p, n] of Object.entries(repairShop.needs)) await own.locator(`[data-need="${p}"]`).fill(String(n));
  await poll(() => own.locator('[data-own-problem]').innerText()).toBe('“I can offer”: choose 1–2 patterns.');
  await own.locator('[data-own-list="offers"]').getByLabel('Making', { exact: true }).check();
  for (const p of ['Organisation', 'Identity']) await own.locator('[data-own-list="learns"]').getByLabel(p, { exact: true }).check();
  await poll(() => own.locator('[data-own-problem]').getAttribute('data-own-problem')).toBe('no');
}

describe('an own initiative at an online table', () => {
  it('is shaped in the join form, shown in the waiting room and dealt in when the host starts', async () => {
    const created = await rig().server.api.post('/api/tables', { scenario: 'standard', seats: 3 });
    const { code, hostKey } = created.body as { code: string; hostKey: string };

    const ana = await openPage(rig().browser);
    await ana.page.goto(`${rig().url}/join/${code}?lang=en`);
    const form = ana.page.locator('form[data-form="join"]');
    await form.getByLabel('I bring my own initiative').check();
    const own = form.locator('.soc-own');
    // Empty, it does not fit yet: the form says why and the join waits.
    await poll(() => own.locator('[data-own-problem]').innerText()).toBe('Give your initiative a name.');
    await shape(own, repairShop.name);
    await form.getByLabel('Your name').fill('Ana');
    expect(await seriousViolations(ana.page)).toEqual([]);
    await atEveryWidth(ana.page, 'join-own-initiative');
    await ana.page.locator('.soc-lang input[value="nl"]').check();
    await poll(() => own.locator('legend').first().innerText()).toBe('Mijn eigen initiatief');
    await screenshot(ana.page, 'join-own-initiative-nl-1280');
    await ana.page.locator('.soc-lang input[value="en"]').check();
    await sitDown(ana.page, code, 'Ana');
    await poll(() => ana.page.locator('[data-waiting-room] [data-seat="0"] [data-initiative]').innerText()).toBe(`brings “${repairShop.name}”`);

    const bo = await openPage(rig().browser);
    await bo.page.goto(`${rig().url}/join/${code}?lang=en`);
    await sitDown(bo.page, code, 'Bo');
    await poll(() => bo.page.locator('[data-waiting-room] [data-seat="0"] [data-initiative]').count()).toBe(1);

    // Bo joined with a deck case and brings his own from the waiting room; Ana sees it arrive.
    const mine = bo.page.locator('[data-my-initiative]');
    expect(await mine.getAttribute('data-my-initiative')).toBe('deck');
    await mine.getByRole('button', { name: 'Bring my initiative' }).click();
    const editor = mine.locator('form[data-form="my-initiative"]');
    await shape(editor.locator('.soc-own'), 'Energy coop Zonnedak');
    expect(await seriousViolations(bo.page)).toEqual([]);
    await atEveryWidth(bo.page, 'waiting-room-own-initiative');
    await bo.page.locator('.soc-lang input[value="nl"]').check();
    await poll(() => mine.locator('h2').innerText()).toBe('Mijn initiatief');
    await screenshot(bo.page, 'waiting-room-own-initiative-nl-1280');
    await bo.page.locator('.soc-lang input[value="en"]').check();
    await editor.getByRole('button', { name: 'Save my initiative' }).click();
    await poll(() => mine.getAttribute('data-my-initiative')).toBe('own');
    expect(await mine.getByRole('button', { name: 'Change my initiative' }).count()).toBe(1);
    await poll(() => ana.page.locator('[data-waiting-room] [data-seat="1"] [data-initiative]').innerText()).toBe('brings “Energy coop Zonnedak”');

    // The host starts: the table is dealt again with both initiatives as cases.
    expect((await rig().server.api.post(`/api/tables/${code}/start`, {}, { authorization: `Bearer ${hostKey}` })).status).toBe(200);
    for (const p of [ana, bo]) {
      await p.page.waitForSelector('.soc-status');
      await poll(() => p.page.locator('.soc-case [data-own]').count()).toBe(2);
      expect(await p.page.locator('.soc-case__name').allInnerTexts()).toEqual(expect.arrayContaining([repairShop.name, 'Energy coop Zonnedak']));
    }
    expect([...ana.errors, ...bo.errors]).toEqual([]);
  });
});
