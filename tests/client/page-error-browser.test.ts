/**
 * A page whose code cannot be loaded (app/PageError.tsx): the line dropped, or the server was
 * updated since the tab opened. The page says so and offers to load it again, and going to
 * another page works; never a blank screen.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useRig } from './helpers/browser.ts';

const rig = useRig();

describe('a page that cannot be loaded', () => {
  it('says so, loads again when asked, and lets the reader go elsewhere', async () => {
    const { page } = await openPage(rig().browser, { width: 390, height: 844, touch: true });
    const rulebook = /\/assets\/RulesPage-[^/]+\.js$/;
    await page.route(rulebook, (route) => route.abort('connectionreset'));
    await page.goto(`${rig().url}/rules?lang=en`);
    const alert = page.locator('[data-page-error] [role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('This page could not be loaded');
    expect(await page.locator('main.soc-rules').count()).toBe(0);

    // Another page of the app opens from the header: the failure belonged to the rulebook only.
    await page.locator('.soc-header a[href="/tables"]').click();
    await page.locator('[data-page-error]').waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/tables');

    // Back on the rulebook with the line restored: "Load the page again" brings it.
    await page.goBack();
    await page.locator('[data-page-error]').waitFor();
    await page.unroute(rulebook);
    await page.getByRole('button', { name: 'Load the page again' }).click();
    await page.locator('main.soc-rules').waitFor();
    await page.context().close();
  });
});
