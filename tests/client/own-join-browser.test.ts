/**
 * Bringing your own initiative to an online table, in Chromium through the real server: Ana
 * shapes hers in the join form (the hot-seat's editor, the engine's check), Bo joins with a
 * deck case, the host starts, and both tables show Ana's initiative as her case.
 * Screenshots of the join form with the editor at four widths and in Dutch.
 */
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousViolations, useRig } from './helpers/browser.ts';
import { sitDown } from './helpers/play.ts';
import { repairShop } from '../helpers/own-initiative.ts';

const rig = useRig();
const poll = expect.poll;

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
    await own.getByLabel('Name of the initiative').fill(repairShop.name);
    await own.getByLabel('In one line: what is it?').fill(repairShop.line);
    for (const [p, n] of Object.entries(repairShop.needs)) await own.locator(`[data-need="${p}"]`).fill(String(n));
    await poll(() => own.locator('[data-own-problem]').innerText()).toBe('“I can offer”: choose 1–2 patterns.');
    await own.locator('[data-own-list="offers"]').getByLabel('Making', { exact: true }).check();
    for (const p of ['Organisation', 'Identity']) await own.locator('[data-own-list="learns"]').getByLabel(p, { exact: true }).check();
    await poll(() => own.locator('[data-own-problem]').getAttribute('data-own-problem')).toBe('no');
    await form.getByLabel('Your name').fill('Ana');
    expect(await seriousViolations(ana.page)).toEqual([]);
    for (const width of [390, 768, 1280, 1920]) {
      await ana.page.setViewportSize({ width, height: width === 390 ? 844 : width === 768 ? 1024 : width === 1280 ? 800 : 1080 });
      expect(await ana.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(ana.page, `join-own-initiative-${width}`);
    }
    await ana.page.setViewportSize({ width: 1280, height: 800 });
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

    // The host starts: the table is dealt again with Ana's initiative as her case.
    expect((await rig().server.api.post(`/api/tables/${code}/start`, {}, { authorization: `Bearer ${hostKey}` })).status).toBe(200);
    for (const p of [ana, bo]) {
      await p.page.waitForSelector('.soc-status');
      await poll(() => p.page.locator('.soc-case [data-own]').count()).toBe(1);
      expect(await p.page.locator('.soc-case__name').first().innerText()).toBe(repairShop.name);
    }
    expect([...ana.errors, ...bo.errors]).toEqual([]);
  });
});
