/**
 * The waiting room before the game's engine (room/useOnlineClient.ts): a player who has just
 * joined sees their seat, the code and the invite while boardgame.io's client and the deck are
 * still on their way, and the room comes alive (who is here) once they arrive. An engine that
 * cannot be loaded is said in words. The engine's chunk is held back here, as a slow phone's
 * line would hold it.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useRig } from './helpers/browser.ts';
import { sitDown } from './helpers/play.ts';

const rig = useRig();
const poll = expect.poll;

/** Holds every request for the engine's chunk (connect-*.js) until released. */
async function holdEngine(page: Page): Promise<{ held: Route[]; release: () => Promise<void> }> {
  const held: Route[] = [];
  await page.route(/\/assets\/connect-[^/]+\.js$/, (route) => void held.push(route));
  return { held, release: async () => void (await Promise.all(held.map((r) => r.continue()))) };
}

async function openTable(): Promise<string> {
  return ((await rig().server.api.post('/api/tables', { scenario: 'standard', seats: 2 })).body as { code: string }).code;
}

describe('the waiting room', () => {
  it('shows the seat, the code and the invite before the game’s engine has come, then who is here', async () => {
    const code = await openTable();
    const { page, errors } = await openPage(rig().browser, { width: 390, height: 844, touch: true });
    const engine = await holdEngine(page);
    await page.goto(`${rig().url}/join/${code}?lang=en`);
    await sitDown(page, code, 'Ana');
    const room = page.locator(`[data-waiting-room="${code}"]`);
    expect(await room.locator('[data-seat="0"] .soc-room__seat-name').innerText()).toBe('Ana (you)');
    expect(await room.locator('.soc-room__code').innerText()).toBe(code);
    // The QR code of the invite is drawn just after the room shows (session/Qr.tsx).
    await poll(() => room.locator('svg.soc-qr').getAttribute('data-qr')).toBe('drawn');
    expect(await room.locator('svg.soc-qr path').getAttribute('d')).toMatch(/^(M\d+,\d+h1v1h-1z)+$/);
    // The engine was asked for and is still held: the room did not wait for it.
    await poll(() => engine.held.length).toBeGreaterThan(0);
    expect(await room.locator('[data-seat="0"]').getAttribute('data-state')).not.toBe('here');
    await engine.release();
    // Connected: the server sees this seat, and the room says so.
    await poll(() => room.locator('[data-seat="0"]').getAttribute('data-state')).toBe('here');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in words when the game’s engine cannot be loaded', async () => {
    const code = await openTable();
    const { page } = await openPage(rig().browser);
    await page.route(/\/assets\/connect-[^/]+\.js$/, (route) => route.abort('connectionreset'));
    await page.goto(`${rig().url}/join/${code}?lang=en`);
    await page.locator('form[data-form="join"]').getByLabel('Your name').fill('Bo');
    await page.locator('form[data-form="join"]').getByRole('button', { name: 'Join' }).click();
    await page.getByRole('alert').filter({ hasText: 'The server cannot be reached' }).waitFor();
    // The seat is taken all the same: the server holds it for Bo, to come back to.
    const seats = (await rig().server.api.get(`/api/tables/${code}`)).body as { seats: { name: string | null }[] };
    expect(seats.seats.map((s) => s.name)).toEqual(['Bo', null]);
    await page.context().close();
  });
});
