/**
 * An online table through the real lobby server: one person opens it, two browsers join by
 * its link, moves made in one show in the other, a spectator sees the table without hands,
 * a reload keeps the seat, and a refused request says why in plain words.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Page } from 'playwright-core';
import { roomAddresses } from '../../src/server/addresses.ts';
import { startServer } from '../server/helpers/server.ts';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousViolations, useRig, tableStatus } from './helpers/browser.ts';
import { endWholeTurn } from './helpers/play.ts';

const rig = useRig();

async function join(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`${rig().url}/join/${code}?lang=en`);
  const form = page.locator('form[data-form="join"]');
  await form.getByLabel('Your name').fill(name);
  await form.getByRole('button', { name: 'Join' }).click();
  await page.waitForURL(/\/table\//);
  await page.waitForSelector('.soc-status');
}

describe('an online table', () => {
  it('is opened, joined from two browsers and played: each sees the other’s moves', async () => {
    const host = await openPage(rig().browser);
    await host.page.goto(`${rig().url}/?lang=en`);
    expect(await seriousViolations(host.page)).toEqual([]);
    const form = host.page.locator('form[data-form="online"]');
    await form.getByLabel('Players').fill('2');
    await form.getByRole('button', { name: 'Open the table' }).click();
    const created = host.page.locator('[data-created]');
    await created.waitFor();
    const code = (await created.getAttribute('data-created'))!;
    expect(code).toMatch(/^[A-Z]{6}$/);
    // The host opened the server at its loopback address: the invite carries the network address players in the room can open.
    const base = roomAddresses(Number(new URL(rig().url).port))[0] ?? rig().url;
    expect(await created.locator('input').first().inputValue()).toBe(`${base}/join/${code}`);
    await screenshot(host.page, 'online-created');

    await host.page.getByRole('button', { name: 'Take a seat yourself' }).click();
    await host.page.waitForSelector('form[data-form="join"]');
    expect(await seriousViolations(host.page)).toEqual([]);
    const ana = host;
    const form2 = ana.page.locator('form[data-form="join"]');
    await form2.getByLabel('Your name').fill('Ana');
    await form2.getByRole('button', { name: 'Join' }).click();
    // One seat of two taken: Ana waits in the waiting room until Bo's arrival starts the table.
    await ana.page.waitForSelector(`[data-waiting-room="${code}"]`);

    const bo = await openPage(rig().browser);
    await join(bo.page, code, 'Bo');
    await ana.page.waitForSelector('.soc-status');

    // Names come from the server; whose turn it is shows the same on both screens.
    const first = (await tableStatus(ana.page))!.seat;
    const [mover, waiter] = first === 0 ? [ana, bo] : [bo, ana];
    const moverName = first === 0 ? 'Ana' : 'Bo';
    await expect.poll(() => mover.page.locator('.soc-status__turn strong').innerText()).toBe(`Your turn, ${moverName}`);
    await expect.poll(() => waiter.page.locator('.soc-status__turn strong').innerText()).toBe(`Turn of ${moverName}`);
    expect(await waiter.page.locator('.soc-actions').count()).toBe(0);
    expect(await seriousViolations(mover.page)).toEqual([]);

    // Across time zones: the tab title tells the player to act, and everyone sees who is online.
    await expect.poll(() => mover.page.title()).toBe('▶ Your turn · School of Commons');
    expect(await waiter.page.title()).toBe('School of Commons');
    for (const p of [ana, bo]) {
      await expect.poll(() => p.page.locator('.soc-seat[data-present="true"]').count()).toBe(2);
    }

    // A travel by the player to act appears in the other browser's log.
    await mover.page.locator('[data-action="travel"]').click();
    const place = await mover.page.locator('.soc-step [data-option]').first().innerText();
    await mover.page.locator('.soc-step [data-option]').first().click();
    await mover.page.locator('[data-confirm]').click();
    const line = `${moverName} travelled from`;
    await expect.poll(async () => (await waiter.page.locator('.soc-log__line').allInnerTexts()).some((l) => l.startsWith(line) && l.endsWith(`to ${place}.`))).toBe(true);

    // Undo of a travel, then the end of the turn: the turn passes to the other browser.
    await expect.poll(() => mover.page.locator('[data-action="undo"]').count()).toBe(1);
    await mover.page.locator('[data-action="undo"]').click();
    await expect.poll(async () => (await waiter.page.locator('.soc-log__line').allInnerTexts()).some((l) => l.startsWith(line))).toBe(false);
    // Nothing of this turn is left to take back: undo is no longer offered.
    await expect.poll(() => mover.page.locator('[data-action="undo"]').count()).toBe(0);
    await endWholeTurn(mover.page);
    await expect.poll(async () => (await tableStatus(waiter.page))!.seat).not.toBe(first);
    await expect.poll(() => waiter.page.locator('.soc-actions').count()).toBe(1);
    await screenshot(waiter.page, 'online-table');

    // A spectator (the projector) sees the table in large type and no hands.
    const watcher = await openPage(rig().browser);
    await watcher.page.goto(`${rig().url}/watch/${code}?lang=en`);
    await watcher.page.waitForSelector('.soc-status');
    expect(await watcher.page.locator('.soc-app--projector').count()).toBe(1);
    expect(await watcher.page.locator('.soc-hand').filter({ hasText: 'Hand of' }).count()).toBe(0);
    expect(await watcher.page.locator('.soc-actions').count()).toBe(0);
    expect(await seriousViolations(watcher.page)).toEqual([]);
    await screenshot(watcher.page, 'spectator');

    // A reload keeps the seat: credentials stay in this browser.
    const turnBefore = (await tableStatus(bo.page))!.turn;
    await bo.page.reload();
    await bo.page.waitForSelector('.soc-status');
    expect((await tableStatus(bo.page))!.turn).toBe(turnBefore);
    expect(await bo.page.locator('.soc-hand h3').first().innerText()).toMatch(/^Your hand · /);

    // A player who closes the browser shows as away to the others.
    await bo.page.context().close();
    await expect.poll(() => ana.page.locator('.soc-seat[data-seat="1"]').getAttribute('data-present')).toBe('false');
    expect(await ana.page.locator('.soc-seat[data-seat="1"] .soc-seat__state').innerText()).toBe('○ away');

    for (const p of [ana, bo, watcher]) expect(p.errors).toEqual([]);
  }, 180_000);

  it('says in plain words when a code is wrong or a seat is gone', async () => {
    const { page, errors } = await openPage(rig().browser);
    await page.goto(`${rig().url}/join/ZZZZZZ?lang=en`);
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toBe('No table has that code. Check the letters and try again.');
    await page.goto(`${rig().url}/table/no-such-match?lang=en`);
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toBe('This browser has no seat at that table. Join it with its link first.');
    expect(errors).toEqual([]);
  }, 60_000);

  it('survives the server going away: the table says so, reconnects by itself and loses nothing', async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'soc-restart-'));
    const first = await startServer({ CLIENT_DIR: rig().clientDir, LOG_LEVEL: 'warn' }, { dataDir });
    const { page, errors } = await openPage(rig().browser);
    try {
      const created = await first.api.post('/api/tables', { scenario: 'intro', seats: 1 });
      await page.goto(`${first.url}/join/${created.body.code}?lang=en`);
      await page.locator('form[data-form="join"]').getByLabel('Your name').fill('Ida');
      await page.locator('form[data-form="join"]').getByRole('button', { name: 'Join' }).click();
      await page.waitForSelector('.soc-actions');
      await page.locator('[data-action="travel"]').click();
      await page.locator('.soc-step [data-option]').first().click();
      await page.locator('[data-confirm]').click();
      await expect.poll(() => page.locator('.soc-log__line').count()).toBeGreaterThan(1);
      const lines = await page.locator('.soc-log__line').allInnerTexts();

      await first.close();
      await expect.poll(() => page.locator('.soc-banner--offline').innerText()).toMatch(/^Connection lost\. Reconnecting/);
      await screenshot(page, 'connection-lost');
      // Nothing is offered while a move could not reach the server, and each action says why.
      expect(await page.locator('.soc-actions [data-action]:not([aria-disabled="true"])').count()).toBe(0);
      expect(await page.locator('#soc-why-travel').textContent()).toBe('Not while the connection is lost: the table reconnects by itself.');

      const second = await startServer({ CLIENT_DIR: rig().clientDir, LOG_LEVEL: 'warn' }, { dataDir, port: first.port });
      try {
        await expect.poll(() => page.locator('.soc-banner--offline').count(), { timeout: 20_000 }).toBe(0);
        expect(await page.locator('.soc-log__line').allInnerTexts()).toEqual(lines);
        // The match goes on: ending the turn draws and reveals flow cards, in the log.
        await page.locator('[data-action="endTurn"]').click();
        await expect.poll(() => page.locator('.soc-log__line').count(), { timeout: 10_000 }).toBeGreaterThan(lines.length);
      } finally {
        await second.close();
      }
      // The socket's own complaints while the server was away are not the page's errors.
      expect(errors.filter((e) => !e.includes('WebSocket') && !e.includes('socket.io'))).toEqual([]);
    } finally {
      await page.context().close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
