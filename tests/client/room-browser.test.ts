/**
 * An online table that survives people, in Chromium through the real server: the host opens
 * it, two browsers sit down in the waiting room and see each other arrive, the host starts
 * (the empty seat becomes a bot), one player drops, the host hands the seat to a bot and the
 * game goes on; the host reclaims her seat on a phone through her personal seat link; the
 * projector view shows the code and the QR code. Screenshots of the waiting room at four widths.
 */
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousViolations, tableStatus, useRig } from './helpers/browser.ts';
import { endWholeTurn, sitDown } from './helpers/play.ts';

const rig = useRig();
const poll = expect.poll;

describe('an online table that survives people', () => {
  it('waits for its host, goes on with a bot when a player drops, and gives a seat back on another device', async () => {
    const ana = await openPage(rig().browser);
    await ana.page.goto(`${rig().url}/?lang=en`);
    const form = ana.page.locator('form[data-form="online"]');
    await form.getByLabel('Players').fill('3');
    expect(await form.locator('input[name="listed"]').isChecked()).toBe(false);
    await form.getByRole('button', { name: 'Open the table' }).click();
    const code = (await ana.page.locator('[data-created]').getAttribute('data-created'))!;
    // Private by default: not in the public list.
    expect(((await rig().server.api.get('/api/tables')).body as { code: string }[]).map((t) => t.code)).not.toContain(code);
    await ana.page.getByRole('button', { name: 'Take a seat yourself' }).click();
    await sitDown(ana.page, code, 'Ana');
    const room = ana.page.locator('[data-waiting-room]');
    expect(await room.locator('.soc-room__code').innerText()).toBe(code);
    expect(await room.locator('svg.soc-qr').count()).toBe(1);
    await poll(() => room.locator('[data-seat="0"]').getAttribute('data-state')).toBe('here');

    // Bo opens the invite link; Ana sees him arrive without reloading; the table still waits.
    const bo = await openPage(rig().browser);
    await bo.page.goto(`${rig().url}/join/${code}?lang=en`);
    await sitDown(bo.page, code, 'Bo');
    await poll(() => room.locator('[data-seat="1"]').getAttribute('data-state')).toBe('here');
    expect(await room.locator('[data-seat="1"] .soc-room__seat-name').innerText()).toBe('Bo');
    expect(await bo.page.locator('[data-start]').count()).toBe(0);
    // Bo reads the waiting room in Dutch.
    await bo.page.locator('.soc-lang input[value="nl"]').check();
    await poll(() => bo.page.locator('[data-waiting-room] h1').innerText()).toBe(`Wachtkamer · tafel ${code}`);
    expect(await bo.page.locator('[data-waiting-room] [data-seat="1"]').innerText()).toContain('Bo (jij)');
    await screenshot(bo.page, 'waiting-room-nl-1280');
    expect(await seriousViolations(ana.page)).toEqual([]);
    for (const width of [390, 768, 1280, 1920]) {
      await ana.page.setViewportSize({ width, height: width === 390 ? 844 : width === 768 ? 1024 : width === 1280 ? 800 : 1080 });
      expect(await ana.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(ana.page, `waiting-room-${width}`);
    }
    await ana.page.setViewportSize({ width: 1280, height: 800 });

    // The projector shows the waiting room with the code and a QR code of the invite.
    const projector = await openPage(rig().browser, { width: 1920, height: 1080 });
    await projector.page.goto(`${rig().url}/watch/${code}?lang=en`);
    await projector.page.waitForSelector(`[data-waiting-room="${code}"] svg.soc-qr`);
    await poll(() => projector.page.locator('[data-waiting-room] [data-taken]').getAttribute('data-taken')).toBe('2');
    await screenshot(projector.page, 'watch-waiting-1920');

    // The host starts: the empty seat becomes a bot, every page turns into the table.
    await ana.page.locator('[data-start]').click();
    for (const p of [ana, bo, projector]) await p.page.waitForSelector('.soc-status');
    await poll(() => ana.page.locator('.soc-seat[data-seat="2"] .soc-seat__name').innerText()).toBe('Bot 3');
    expect((await tableStatus(ana.page))!.seat).toBe(0);

    // Bo drops out. Ana ends her turn: Bo's turn stalls until the host gives his seat to a bot.
    const boSeats = await bo.page.evaluate(() => localStorage.getItem('soc:seats'));
    await bo.page.context().close();
    await endWholeTurn(ana.page);
    await poll(() => ana.page.locator('[data-host-seats] [data-seat="1"]').innerText()).toContain('not connected');
    expect((await tableStatus(ana.page))!.seat).toBe(1);
    await ana.page.locator('[data-host-seats] [data-seat="1"] [data-to="bot"]').click();
    // The game goes on: both bots play and the turn comes back to Ana.
    await poll(async () => (await tableStatus(ana.page))!.seat, { timeout: 20_000 }).toBe(0);
    expect((await tableStatus(ana.page))!.turn).toBeGreaterThanOrEqual(4);
    await poll(() => ana.page.locator('.soc-seat[data-seat="1"] .soc-seat__name').innerText()).toBe('Bot 2');
    // Bo comes back later: his browser says the seat is gone and offers the invite.
    const boLater = await openPage(rig().browser);
    await boLater.page.goto(`${rig().url}/?lang=en`);
    await boLater.page.evaluate((s) => localStorage.setItem('soc:seats', s!), boSeats);
    const matchID = new URL(ana.page.url()).pathname.split('/')[2];
    await boLater.page.goto(`${rig().url}/table/${matchID}?lang=en`);
    await poll(() => boLater.page.locator('[data-seat-gone] [role="alert"]').innerText()).toContain('the host gave it to a bot');
    await boLater.page.getByRole('button', { name: 'Join the table again' }).click();
    await boLater.page.waitForSelector('form[data-form="join"]');

    // Beside the table in play, the invite is folded away; opened, it has the code, the link and its QR code.
    const more = ana.page.locator('details.soc-room__more');
    expect(await more.locator('[data-invite]').count()).toBe(0);
    await more.locator('summary').click();
    await poll(() => more.locator(`[data-invite="${code}"] svg.soc-qr`).getAttribute('data-qr')).toBe('drawn');
    expect(await more.locator(`[data-invite="${code}"] input`).first().inputValue()).toMatch(new RegExp(`/join/${code}$`));

    // Ana takes her seat to her phone with the personal seat link.
    await ana.page.locator('[data-personal] summary').click();
    const link = await ana.page.locator('[data-personal] input').inputValue();
    expect(link).toMatch(new RegExp(`/join/${code}#seat=0\\.[A-Za-z0-9_-]+$`));
    expect(await ana.page.locator('[data-personal] [role="note"]').innerText()).toContain('Do not share it');
    const phone = await openPage(rig().browser, { width: 390, height: 844 });
    await phone.page.goto(`${link.replace(/^https?:\/\/[^/]+/, rig().url)}`);
    await phone.page.waitForURL(/\/table\//);
    await phone.page.waitForSelector('.soc-status');
    expect(new URL(phone.page.url()).hash).toBe('');
    await poll(() => phone.page.locator('.soc-status__turn strong').innerText()).toBe('Your turn, Ana');
    const turn = (await tableStatus(ana.page))!.turn;
    await endWholeTurn(phone.page);
    // The desktop, still open on the same seat, follows.
    await poll(async () => (await tableStatus(ana.page))!.turn).toBeGreaterThan(turn);

    // The projector shows the code and the QR code of the invite during play, still without scrolling.
    expect(await projector.page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    expect(await projector.page.locator(`[data-invite="${code}"] svg.soc-qr`).count()).toBe(1);
    expect(await projector.page.locator(`[data-invite="${code}"] .soc-room__code`).innerText()).toBe(code);
    await screenshot(projector.page, 'watch-invite-1920');
    await projector.page.setViewportSize({ width: 1280, height: 720 });
    await poll(() => projector.page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await screenshot(projector.page, 'watch-invite-1280');

    for (const p of [ana, boLater, phone, projector]) expect(p.errors).toEqual([]);
  }, 180_000);
});
