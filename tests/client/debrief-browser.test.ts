/**
 * The harvest in Chromium: a hot-seat table where both players bring their own initiative, notes
 * written at reflection pauses, played to its end;
 * the debrief with its timeline and network charts; the JSON and CSV downloads read back; the
 * same screen at phone, tablet, laptop and projector widths.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/harvest/export.ts';
import type { Harvest } from '../../src/harvest/harvest.ts';
import { openPage, screenshot, seriousViolations, useRig } from './helpers/browser.ts';
import { chooser, clickOnce, eventCount, settle } from './helpers/play.ts';

const rig = useRig();

async function downloaded(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('the debrief', () => {
  it('keeps the notes written at pauses and shows the harvest with both charts, downloadable', async () => {
    const { page, errors } = await openPage(rig().browser);
    await page.goto(`${rig().url}/?lang=en`);
    const form = page.locator('form[data-form="hotseat"]');
    await form.getByLabel('Scenario').selectOption('intro');
    await form.getByLabel('Players').fill('2');
    const initiatives = [
      { name: 'Repair café De Schroef', line: 'Neighbours fix what breaks, every Saturday.', needs: { making: 3, resources: 2, identity: 2 }, offers: ['Making'], learns: ['Organisation'] },
      { name: 'Wijkkeuken', line: 'A kitchen where the street cooks together.', needs: { resources: 3, organisation: 2, dreaming: 2, making: 1 }, offers: ['Resources'], learns: ['Making', 'Identity'] },
    ];
    for (const [i, x] of initiatives.entries()) {
      await form.getByLabel(`Name of player ${i + 1}`).fill(['Ana', 'Bo'][i]);
      await form.getByLabel(`Player ${i + 1} brings their own initiative`).check();
      const own = form.locator(`[data-own-seat="${i}"]`);
      await expect.poll(() => own.locator('[data-own-problem]').getAttribute('data-own-problem')).toBe('yes');
      await own.getByLabel('Name of the initiative').fill(x.name);
      await own.getByLabel('In one line: what is it?').fill(x.line);
      for (const [p, n] of Object.entries(x.needs)) await own.locator(`[data-need="${p}"]`).fill(String(n));
      for (const p of x.offers) await own.locator('[data-own-list="offers"]').getByLabel(p, { exact: true }).check();
      for (const p of x.learns) await own.locator('[data-own-list="learns"]').getByLabel(p, { exact: true }).check();
      await expect.poll(() => own.locator('[data-own-problem]').getAttribute('data-own-problem')).toBe('no');
    }
    await screenshot(page, 'own-initiatives-form');
    await form.getByRole('button', { name: 'Start the game' }).click();
    await page.waitForURL(/\/hotseat\//);
    // The form deals a random seed; this one (checked against the engine) puts reflection cards
    // first and second from the top of the flow deck, so two pauses come before any ending.
    const fixed = new URL(page.url());
    fixed.searchParams.set('seed', 'debrief-4');
    fixed.pathname = '/hotseat/debriefseed4';
    await page.goto(fixed.toString());
    await page.waitForSelector('[data-handover], .soc-status');
    // The cases at the table are the players' own initiatives.
    await expect.poll(() => page.locator('.soc-case [data-own]').count()).toBe(2);
    expect(await page.locator('.soc-case__name').allInnerTexts()).toEqual(initiatives.map((x) => x.name));
    const choose = chooser(5);
    const notes: string[] = [];
    for (let i = 0; i < 4000 && (await page.locator('.soc-end').count()) === 0; i++) {
      const dialog = page.locator('.soc-dialog--reflection');
      if ((await dialog.count()) > 0 && (await dialog.locator('textarea').count()) > 0) {
        if (notes.length < 2) {
          const note = `Pause ${notes.length + 1}: we learned "to ask", first, then act.`;
          await dialog.locator('textarea').fill(note);
          if (notes.length === 0) await screenshot(page, 'reflection-note');
          await dialog.locator('[data-action="reflect-note"]').click();
          notes.push(note);
        } else {
          await dialog.locator('[data-action="reflect"]').click();
        }
        await expect.poll(() => page.locator('.soc-dialog--reflection').count()).toBe(0);
        continue;
      }
      const before = await eventCount(page);
      const did = await clickOnce(page, choose);
      await settle(page, did, before);
    }
    await page.waitForSelector('.soc-debrief');
    expect(notes.length).toBeGreaterThanOrEqual(2);

    // Both charts, drawn: three lines over the rounds, a node per player.
    expect(await page.locator('svg[data-chart="timeline"] path[data-series]').count()).toBe(3);
    expect(await page.locator('svg[data-chart="timeline"] path[data-series="trust"]').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
    expect(await page.locator('svg[data-chart="network"] [data-node]').count()).toBe(2);
    const notesShown = await page.locator('.soc-debrief__notes [data-note="written"] .soc-debrief__note').allInnerTexts();
    expect(notesShown.slice(0, 2)).toEqual(notes);
    expect(await seriousViolations(page)).toEqual([]);

    const json = await downloaded(page, '[data-export="json"]');
    expect(json.name).toMatch(/^harvest-intro-\d{4}-\d{2}-\d{2}\.json$/);
    const h = JSON.parse(json.text) as Harvest;
    expect(h.format).toBe('school-of-commons/harvest@1');
    expect(h.players.map((p) => p.name)).toEqual(['Ana', 'Bo']);
    expect(h.players.map((p) => p.initiative?.name)).toEqual(initiatives.map((x) => x.name));
    expect(await page.locator('.soc-debrief__initiative').count()).toBe(2);
    expect(h.notes.filter((n) => n.note !== null).map((n) => n.note)).toEqual(notes);
    expect(h.outcome?.result).toBe(await page.locator('.soc-end').getAttribute('data-outcome'));
    expect(await page.locator('svg[data-chart="network"] path[data-link]').count()).toBe(h.network.length);

    const csv = await downloaded(page, '[data-export="csv"]');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['section', 'round', 'seat', 'other', 'key', 'value', 'text']);
    expect(rows.filter((r) => r[0] === 'note' && r[6]).map((r) => r[6])).toEqual(notes);
    expect(rows.filter((r) => r[0] === 'timeline' && r[4] === 'crisis').map((r) => Number(r[5]))).toEqual(h.timeline.map((r) => r.crisis));

    for (const width of [390, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `debrief-${width}`);
    }
    await page.getByRole('button', { name: 'Large view' }).click().catch(() => undefined);
    await screenshot(page, 'debrief-projector');
    expect(errors).toEqual([]);
  }, 600_000);
});
