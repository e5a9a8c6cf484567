/**
 * The join form in the page's HTML (src/tools/early-join.ts, client/lobby/early-join.ts): on a
 * slow phone it can be filled in and sent before the app's code has come, and the app carries
 * on what was done there. The app's code is held back here, as a slow line would hold it. The
 * pages run under the server's own Content-Security-Policy (no bypass), which must allow the
 * page's script by its hash.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useRig } from './helpers/browser.ts';

const rig = useRig();
const poll = expect.poll;

async function openTable(): Promise<string> {
  return ((await rig().server.api.post('/api/tables', { scenario: 'standard', seats: 2 })).body as { code: string }).code;
}

/** A phone whose browser has not got the app's code yet: the entry chunk waits until released. */
async function slowPhone(browser: Browser, locale = 'en-GB'): Promise<{ page: Page; errors: string[]; release: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  const held: Route[] = [];
  const entry = /\/assets\/table-[^/]+\.js$/;
  await page.route(entry, (route) => void held.push(route));
  return {
    page,
    errors,
    release: async () => {
      await Promise.all(held.map((r) => r.continue()));
      await page.unroute(entry);
    },
  };
}

describe('the join form in the page', () => {
  it('is filled in and sent before the app has come, and the app seats the player', async () => {
    const code = await openTable();
    const { page, errors, release } = await slowPhone(rig().browser);
    await page.goto(`${rig().url}/join/${code}?lang=en`, { waitUntil: 'commit' });
    const early = page.locator('form[data-form="join-early"]');
    await early.waitFor();
    // The page's script ran (its hash is in the policy): the title has the table's code.
    await poll(() => page.locator('h1').innerText()).toBe(`Joining table ${code}`);
    await early.getByLabel('Your name').fill('Ana');
    await early.getByRole('button', { name: 'Join' }).click();
    expect(await early.getByRole('button', { name: 'Join' }).isDisabled()).toBe(true);
    // The page's script sent the join at once: the server seats Ana while the app is still on its way.
    await poll(async () => ((await rig().server.api.get(`/api/tables/${code}`)).body as { seats: { name: string | null }[] }).seats[0].name).toBe('Ana');
    await release();
    const room = page.locator(`[data-waiting-room="${code}"]`);
    await room.waitFor();
    expect(await room.locator('[data-seat="0"] .soc-room__seat-name').innerText()).toBe('Ana (you)');
    expect(((await rig().server.api.get(`/api/tables/${code}`)).body as { seats: { name: string | null }[] }).seats.map((s) => s.name)).toEqual(['Ana', null]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in the app’s form why a join sent from the page was refused', async () => {
    const code = await openTable();
    for (const name of ['Ana', 'Bo']) await rig().server.api.post(`/api/tables/${code}/join`, { name });
    const { page, release } = await slowPhone(rig().browser);
    await page.goto(`${rig().url}/join/${code}?lang=en`, { waitUntil: 'commit' });
    const early = page.locator('form[data-form="join-early"]');
    await early.getByLabel('Your name').fill('Cy');
    await early.getByRole('button', { name: 'Join' }).click();
    await release();
    await page.getByRole('alert').filter({ hasText: 'Every seat at this table is taken.' }).waitFor();
    // The name stays in the app's form, and nothing else changed at the table.
    expect(await page.locator('form[data-form="join"]').getByLabel('Your name').inputValue()).toBe('Cy');
    expect(((await rig().server.api.get(`/api/tables/${code}`)).body as { seats: { name: string | null }[] }).seats.map((s) => s.name)).toEqual(['Ana', 'Bo']);
    await page.context().close();
  });

  it('keeps a name being typed, and its focus, when the app takes over', async () => {
    const code = await openTable();
    const { page, errors, release } = await slowPhone(rig().browser);
    await page.goto(`${rig().url}/join/${code}?lang=en`, { waitUntil: 'commit' });
    const earlyName = page.locator('form[data-form="join-early"]').getByLabel('Your name');
    await earlyName.click();
    await page.keyboard.type('Bo');
    const before = await earlyName.boundingBox();
    await release();
    const form = page.locator('form[data-form="join"]');
    await form.waitFor();
    expect(await form.getByLabel('Your name').inputValue()).toBe('Bo');
    // Drawn as the app draws it: the field did not move under the thumb.
    const after = await form.getByLabel('Your name').boundingBox();
    expect(Math.abs(after!.y - before!.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(after!.width - before!.width)).toBeLessThanOrEqual(1);
    // The app's name field has the focus (given as the join page first shows), the caret at the end.
    await poll(() => page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('data-form') ?? null)).toBe('join');
    // Still typing: the next letters go on the end of the name.
    await page.keyboard.type('b');
    expect(await form.getByLabel('Your name').inputValue()).toBe('Bob');
    await page.keyboard.press('Enter');
    await page.locator(`[data-waiting-room="${code}"] [data-seat="0"]`).waitFor();
    expect(await page.locator('[data-waiting-room] [data-seat="0"] .soc-room__seat-name').innerText()).toBe('Bob (you)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks the reader’s language, and steps aside for a personal seat link', async () => {
    const code = await openTable();
    // Dutch from the browser's languages, without ?lang=.
    const dutch = await slowPhone(rig().browser, 'nl-NL');
    await dutch.page.goto(`${rig().url}/join/${code}`, { waitUntil: 'commit' });
    await dutch.page.locator('form[data-form="join-early"]').waitFor();
    await poll(() => dutch.page.locator('h1').innerText()).toBe(`Aanschuiven aan tafel ${code}`);
    expect(await dutch.page.locator('html').getAttribute('lang')).toBe('nl');
    await dutch.page.context().close();

    // A seat link carries a seat from another device: no form, straight on to the table.
    const seat = (await rig().server.api.post(`/api/tables/${code}/join`, { name: 'Cy' })).body as { playerID: string; credentials: string };
    const phone = await slowPhone(rig().browser);
    await phone.page.goto(`${rig().url}/join/${code}?lang=en#seat=${seat.playerID}.${seat.credentials}`, { waitUntil: 'commit' });
    // The markup can be in before the page's script after it has run: the title with the code says it ran.
    await poll(() => phone.page.locator('[data-early-join] h1').textContent()).toBe(`Joining table ${code}`);
    expect(await phone.page.locator('form[data-form="join-early"]').isVisible()).toBe(false);
    await phone.release();
    await phone.page.locator(`[data-waiting-room="${code}"]`).waitFor();
    await poll(() => phone.page.locator('[data-waiting-room] [data-seat="0"] .soc-room__seat-name').innerText()).toBe('Cy (you)');
    expect(phone.errors).toEqual([]);
    await phone.page.context().close();
  });
});
