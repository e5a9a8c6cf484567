/**
 * The rules from the table, in Chromium: the header link and the "?" key open /rules in the
 * table's language; the rulebook shows in Dutch and English; the quick reference prints on
 * one A4 page.
 */
import { describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useRig } from './helpers/browser.ts';

const rig = useRig();

describe('the rules', () => {
  it('are one key away from a table, in the table’s language', async () => {
    const { page, errors } = await openPage(rig().browser);
    await page.goto(`${rig().url}/hotseat/rules-test?scenario=intro&players=2&lang=nl`);
    await page.waitForSelector('[data-handover] button');
    await page.locator('[data-handover] button').click();
    await page.waitForSelector('.soc-actions');
    expect(await page.locator('[data-rules-link]').getAttribute('href')).toBe('/rules?lang=nl');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('?')]);
    await popup.waitForSelector('.soc-rules__book h2');
    expect(new URL(popup.url()).pathname).toBe('/rules');
    expect(await popup.locator('.soc-rules__book h2').innerText()).toBe('School of Commons — de spelregels');
    expect(await popup.locator('.soc-rules__book').innerText()).toContain('Lesgeven');
    expect(await popup.locator('.soc-rules__book').innerText()).not.toMatch(/\*\*|\|---|<!--/);
    expect(errors).toEqual([]);
  }, 120_000);

  it('show the rulebook and a one-page quick reference in both languages, at every width', async () => {
    // Every width in Dutch (the default), English at the laptop width: enough to see both, lean enough to run often.
    const runs = [...[390, 768, 1280, 1920].map((width) => ['nl', width] as const), ['en', 1280] as const];
    for (const [lang, width] of runs) {
      {
        const { page, errors } = await openPage(rig().browser, { width, height: 1000 });
        await page.goto(`${rig().url}/rules?lang=${lang}`);
        await page.waitForSelector('.soc-rules__book table');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (width === 390 || width === 1280) await page.screenshot({ path: `test-output/screenshots/rules-${lang}-${width}.png` });
        await page.goto(`${rig().url}/rules/quick?lang=${lang}`);
        await page.waitForSelector('.soc-quick__turn dt');
        expect(await page.locator('.soc-quick__turn dt').count()).toBe(8);
        await page.screenshot({ path: `test-output/screenshots/quick-${lang}-${width}.png`, fullPage: true });
        if (width === 1280) {
          expect(await seriousViolations(page)).toEqual([]);
          const pdf = await page.pdf({ format: 'A4', printBackground: true });
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          expect(pages, `${lang}: the quick reference prints on one page`).toBe(1);
          await page.emulateMedia({ media: 'print' });
          await page.screenshot({ path: `test-output/screenshots/quick-${lang}-print.png`, fullPage: true });
        }
        expect(errors).toEqual([]);
        expect(overflow, `${lang} ${width}: the rules page overflows sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    }
  }, 300_000);
});
