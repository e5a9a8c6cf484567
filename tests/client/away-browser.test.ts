/**
 * Tables across time zones in Chromium: an asynchronous table is opened with a 24-hour
 * deadline, which both seats see; a player writes in the chat and the other reads it live,
 * as text; a spectator reads and cannot write; My tables lists the seats of this browser and
 * carries them to another browser by its link. Screenshots at four widths.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endTurnOf, gameClient, startServer, until } from '../server/helpers/server.ts';
import { catchMail } from '../server/helpers/smtp.ts';
import { openPage, screenshot, seriousViolations, useRig } from './helpers/browser.ts';

const rig = useRig();
const WIDTHS = [390, 768, 1280, 1920];
// The machine is shared: give the pages time, each wait still ends at its event.
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });

async function holdSeats(page: Page, seats: Record<string, { playerID: string; credentials: string; name: string; code: string }>) {
  await page.goto(`${rig().url}/?lang=en`);
  await page.evaluate((s) => localStorage.setItem('soc:seats', JSON.stringify(s)), seats);
}

describe('tables across time zones', () => {
  it('shows the deadline, carries the chat live between seats, keeps spectators reading, lists My tables and carries seats', async () => {
    const api = rig().server.api;
    // Opened from the start page with a 24-hour pace.
    const host = await openPage(rig().browser);
    await host.page.goto(`${rig().url}/?lang=en`);
    const form = host.page.locator('form[data-form="online"]');
    await form.getByLabel('Players').fill('2');
    await form.locator('select[data-pace]').selectOption('24');
    await form.locator('select[data-on-timeout]').selectOption('skip');
    await form.getByRole('button', { name: 'Open the table' }).click();
    const code = (await host.page.locator('[data-created]').getAttribute('data-created'))!;
    const table = (await api.get(`/api/tables/${code}`)).body;
    expect(table.pace).toEqual({ hours: 24, onTimeout: 'skip' });
    const ana = (await api.post(`/api/tables/${code}/join`, { name: 'Ana' })).body;
    const bo = (await api.post(`/api/tables/${code}/join`, { name: 'Bo' })).body;
    const other = await api.post('/api/tables', { scenario: 'standard', seats: 2 });
    const cy = (await api.post(`/api/tables/${other.body.code}/join`, { name: 'Ana' })).body;

    const anaPage = await openPage(rig().browser);
    await holdSeats(anaPage.page, {
      [ana.matchID]: { playerID: ana.playerID, credentials: ana.credentials, name: 'Ana', code },
      [cy.matchID]: { playerID: cy.playerID, credentials: cy.credentials, name: 'Ana', code: other.body.code },
    });
    await anaPage.page.goto(`${rig().url}/table/${ana.matchID}?lang=en`);
    const deadline = anaPage.page.locator('[data-deadline]');
    await poll(() => deadline.innerText()).toMatch(/^Your turn: you have until .+ \((1d|23h \d+m) left\)/);
    expect(await deadline.innerText()).toContain('Then the turn is skipped.');

    const boPage = await openPage(rig().browser);
    await holdSeats(boPage.page, { [bo.matchID]: { playerID: bo.playerID, credentials: bo.credentials, name: 'Bo', code } });
    await boPage.page.goto(`${rig().url}/table/${bo.matchID}?lang=en`);
    await poll(() => boPage.page.locator('[data-deadline]').innerText()).toMatch(/^Ana has until /);

    // Ana writes (markup stays text); Bo reads it without reloading, and answers with a reaction.
    const chat = anaPage.page.locator('[data-chat]');
    await chat.locator('textarea').fill('<b>Hi Bo</b>, I play in the evenings (CET).');
    await chat.getByRole('button', { name: 'Send' }).click();
    const boChat = boPage.page.locator('[data-chat]');
    await poll(() => boChat.locator('.soc-chat__text').allInnerTexts()).toEqual(['<b>Hi Bo</b>, I play in the evenings (CET).']);
    expect(await boChat.locator('b').count()).toBe(0);
    await boChat.locator('[data-reaction="thanks"]').click();
    await poll(() => chat.locator('.soc-chat__reaction').allInnerTexts()).toEqual(['♥ thanks']);
    // The box shows the server's answer (a controlled input): click, then wait for the answer.
    const consent = chat.getByLabel('Show this chat in the harvest');
    await consent.click();
    await poll(() => consent.isChecked()).toBe(true);
    await poll(() => boChat.locator('[data-consent]').innerText()).toBe('1 of 2 players agree');
    expect(await seriousViolations(anaPage.page)).toEqual([]);

    // A spectator reads along and has nothing to write with.
    const watcher = await openPage(rig().browser);
    await watcher.page.goto(`${rig().url}/watch/${code}?lang=en`);
    const watchChat = watcher.page.locator('[data-chat]');
    await poll(() => watchChat.locator('.soc-chat__text').allInnerTexts()).toEqual(['<b>Hi Bo</b>, I play in the evenings (CET).']);
    expect(await watchChat.locator('textarea').count()).toBe(0);
    expect(await watchChat.innerText()).toContain('Spectators read along');

    for (const width of WIDTHS) {
      await anaPage.page.setViewportSize({ width, height: 900 });
      await screenshot(anaPage.page, `away-table-${width}`);
    }
    await boPage.page.goto(`${rig().url}/table/${bo.matchID}?lang=nl`);
    await boPage.page.locator('[data-deadline]').waitFor();
    await screenshot(boPage.page, 'away-table-nl-1280');

    // My tables: both seats, whose turn, the deadline; Ana's turn comes first.
    await anaPage.page.goto(`${rig().url}/tables?lang=en`);
    const rows = anaPage.page.locator('[data-table]');
    await poll(() => rows.count()).toBe(2);
    await poll(() => rows.first().innerText()).toMatch(new RegExp(`Table ${code} · You are Ana\\s+Your turn · .+ left`));
    await poll(() => anaPage.page.locator(`[data-table="${cy.matchID}"]`).innerText()).toMatch(/Your turn · Live: no turn deadline/);
    expect(await seriousViolations(anaPage.page)).toEqual([]);
    for (const width of WIDTHS) {
      await anaPage.page.setViewportSize({ width, height: 800 });
      await screenshot(anaPage.page, `away-mytables-${width}`);
    }
    const carry = await anaPage.page.locator('[data-carry]').inputValue();
    expect(carry).toMatch(/\/tables#carry=[A-Za-z0-9_-]+$/);

    // Another device opens the carry link: the seats are there, and the table opens the seat.
    const phone = await openPage(rig().browser, { width: 390, height: 800 });
    await phone.page.goto(carry.replace('/tables#', '/tables?lang=en#'));
    await poll(() => phone.page.locator('[role="status"]').first().innerText()).toBe('2 seats added to this browser.');
    expect(phone.page.url()).not.toContain('carry=');
    await poll(() => phone.page.locator('[data-table]').count()).toBe(2);
    await phone.page.goto(`${rig().url}/table/${ana.matchID}?lang=en`);
    await poll(() => phone.page.locator('[data-deadline]').innerText()).toMatch(/^Your turn/);
    await phone.page.goto(`${rig().url}/tables?lang=nl`);
    await poll(() => phone.page.locator('[data-table]').count()).toBe(2);
    await screenshot(phone.page, 'away-mytables-nl-390');
    for (const p of [host, anaPage, boPage, watcher, phone]) expect(p.errors).toEqual([]);
  }, 400_000);

  it('a turn mail reaches the player subscribed at the table, and its link opens the seat in a fresh browser', async () => {
    const smtp = await catchMail();
    const { mails } = smtp;
    const server = await startServer({ CLIENT_DIR: rig().clientDir, LOG_LEVEL: 'warn', SMTP_URL: smtp.url });
    try {
      const created = (await server.api.post('/api/tables', { scenario: 'standard', seats: 2, pace: { hours: 12, onTimeout: 'bot' } })).body;
      const ana = (await server.api.post(`/api/tables/${created.code}/join`, { name: 'Ana' })).body;
      const bo = (await server.api.post(`/api/tables/${created.code}/join`, { name: 'Bo' })).body;
      expect((await fetch(`${server.url}/sw.js`)).headers.get('content-type')).toContain('javascript');

      // Bo subscribes at the table, then closes it.
      const boPage = await openPage(rig().browser);
      await boPage.page.goto(`${server.url}/?lang=en`);
      await boPage.page.evaluate((s) => localStorage.setItem('soc:seats', JSON.stringify(s)), { [bo.matchID]: { playerID: bo.playerID, credentials: bo.credentials, name: 'Bo', code: created.code } });
      await boPage.page.goto(`${server.url}/table/${bo.matchID}?lang=en`);
      const panel = boPage.page.locator('[data-notices]');
      await panel.locator('summary').click();
      await panel.getByPlaceholder('E-mail address').fill('bo@example.org');
      await panel.getByRole('button', { name: 'Send me an e-mail' }).click();
      await poll(() => panel.locator('[role="status"]').innerText()).toBe('E-mail notices on: bo@example.org');
      for (const width of WIDTHS) {
        await boPage.page.setViewportSize({ width, height: 900 });
        await screenshot(boPage.page, `away-notices-${width}`);
      }
      await boPage.page.context().close();
      // Notices are for players away: wait until the server saw Bo leave the table.
      await until('Bo away', async () => (await server.api.get(`/api/tables/${created.code}`)).body.seats[1].connected === false, 20_000);

      const client = gameClient(server.url, ana.matchID, '0', ana.credentials);
      // Ana ends her turn, with the reflection or discard the deal may ask of it.
      await endTurnOf(client);
      const mail = await until('the turn mail', () => mails[0], 30_000);
      client.stop();
      const link = /Open your seat: (\S+)/.exec(mail.text!)![1];
      expect(link).toBe(`${server.url}/table/${bo.matchID}#seat=1.${bo.credentials}`);

      // A browser that never held the seat opens it from the mail.
      const fresh = await openPage(rig().browser, { width: 390, height: 800 });
      await fresh.page.goto(link.replace('#', '?lang=en#'));
      await poll(() => fresh.page.locator('[data-deadline]').innerText()).toMatch(/^Your turn: you have until /);
      await poll(() => fresh.page.locator('.soc-status__turn strong').innerText()).toBe('Your turn, Bo');
      expect(fresh.page.url()).not.toContain('seat=');
      expect(fresh.errors).toEqual([]);
    } finally {
      await server.close();
      await smtp.close();
    }
  }, 400_000);
});
