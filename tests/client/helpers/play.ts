/**
 * Playing the table the way people do: by clicking what is highlighted, or by keyboard alone.
 * Every choice comes from what the page offers (enabled buttons), never from the rules core.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

import { chooser } from '../../helpers/table.ts';
import { tableStatus } from './browser.ts';

export { chooser };

/** Actions worth taking first: a table that works toward cases and keeps pressure down. */
const PREFERENCE = ['apply', 'coCreate', 'care', 'discard', 'study', 'travel', 'share', 'teach', 'endTurn'];

/** The action to take among those the page offers now (undefined: none is offered). */
async function chooseAction(page: Page, choose: (n: number) => number): Promise<string | undefined> {
  const enabled = await page
    .locator('.soc-actions [data-action]:not([aria-disabled="true"]):not([data-action="undo"])')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.action!));
  if (enabled.length === 0) return undefined;
  // Mostly the preferred action, sometimes another one, and the turn ends now and then.
  const ranked = PREFERENCE.filter((a) => enabled.includes(a));
  let action = ranked[0] ?? enabled[0];
  const roll = choose(10);
  if (roll >= 7) action = enabled[choose(enabled.length)];
  if (roll === 9 && enabled.includes('endTurn')) action = 'endTurn';
  return action;
}

async function visible(page: Page, selector: string): Promise<boolean> {
  const el = page.locator(selector).first();
  return (await el.count()) > 0 && (await el.isVisible());
}

/**
 * One click of play (or one tap, on a touch screen). Returns what was clicked: 'handover',
 * 'reflect', 'confirm', 'pick', an action name, or 'wait' when nothing could be clicked (a
 * bot's turn, a pending update).
 */
export async function clickOnce(page: Page, choose: (n: number) => number, how: 'click' | 'tap' = 'click'): Promise<string> {
  const press = { click: (l: Locator) => l.click(), tap: (l: Locator) => l.tap() }[how];
  if (await visible(page, '[data-handover] button')) {
    await press(page.locator('[data-handover] button'));
    return 'handover';
  }
  if (await visible(page, '.soc-dialog--reflection [data-action="reflect"]')) {
    await press(page.locator('.soc-dialog--reflection [data-action="reflect"]'));
    return 'reflect';
  }
  if (await visible(page, '[data-confirm]')) {
    await press(page.locator('[data-confirm]'));
    return 'confirm';
  }
  // While choosing, the things that can be picked are highlighted on the board, in the hand,
  // among the cases, and listed in the step panel: click one of any of them.
  // (With nothing chosen, neighbouring places are one-click travels: those are left to the action choice.)
  const targets = page.locator('button.soc-place, .soc-kcard__pick, .soc-case__pick, .soc-step [data-option]');
  const count = (await page.locator('.soc-step').count()) > 0 ? await targets.count() : 0;
  if (count > 0) {
    await press(targets.nth(choose(count)));
    return 'pick';
  }
  const action = await chooseAction(page, choose);
  if (!action) return 'wait';
  await press(page.locator(`.soc-actions [data-action="${action}"]`));
  return action;
}

/** One tap of play on a touch screen (see clickOnce). */
export const tapOnce = (page: Page, choose: (n: number) => number): Promise<string> => clickOnce(page, choose, 'tap');

/** Presses Tab until the focused element matches `selector` (fails after `limit` presses). */
export async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return el.dataset.action ? `action:${el.dataset.action}` : el.dataset.option !== undefined ? 'option' : el.hasAttribute('data-confirm') ? 'confirm' : el.tagName.toLowerCase();
  });
}

/**
 * One step of play by keyboard alone: the same choices as clickOnce, but every control is
 * reached with Tab and pressed with Enter. Options are picked from the step's list, where the
 * focus lands when a step opens.
 */
export async function pressOnce(page: Page, choose: (n: number) => number): Promise<string> {
  for (const [selector, did] of [
    ['[data-handover] button', 'handover'],
    ['.soc-dialog--reflection [data-action="reflect"]', 'reflect'],
    ['[data-confirm]', 'confirm'],
  ] as const) {
    if (await visible(page, selector)) {
      await tabTo(page, selector);
      await page.keyboard.press('Enter');
      return did;
    }
  }
  const options = await page.locator('.soc-step [data-option]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option!));
  if (options.length > 0) {
    await tabTo(page, `.soc-step [data-option="${options[choose(options.length)]}"]`);
    await page.keyboard.press('Enter');
    return 'pick';
  }
  const action = await chooseAction(page, choose);
  if (!action) return 'wait';
  await tabTo(page, `.soc-actions [data-action="${action}"]`);
  await page.keyboard.press('Enter');
  return action;
}

/** How many events the table shows (Status's data-events): it grows with every move the table hears of. */
export async function eventCount(page: Page): Promise<number> {
  return Number((await page.locator('.soc-status').first().getAttribute('data-events')) ?? -1);
}

/** What a player can press next, or the end: what the table waits for when nothing could be clicked. */
const PRESSABLE = [
  '[data-handover] button',
  '.soc-dialog--reflection [data-action="reflect"]',
  '[data-confirm]',
  '.soc-step [data-option]',
  '.soc-actions [data-action]:not([aria-disabled="true"]):not([data-action="undo"])',
  '.soc-end',
].join(', ');

/**
 * Waits for what a step of play brings instead of sleeping: after a move was sent, the table
 * hearing of it (its event count moves on, or a refusal shows, or the game ends); after a
 * 'wait', something to press.
 */
export async function settle(page: Page, did: string, eventsBefore: number): Promise<void> {
  if (did === 'wait') {
    await page.waitForSelector(PRESSABLE, { state: 'visible' });
  } else if (did === 'confirm' || did === 'endTurn' || did === 'reflect') {
    await page.waitForFunction(
      (before) => Number(document.querySelector<HTMLElement>('.soc-status')?.dataset.events ?? before) !== before || document.querySelector('.soc-end, .soc-banner--refused') !== null,
      eventsBefore,
    );
  }
}

/** Plays until the end screen shows; returns how many steps it took. */
export async function playToTheEnd(page: Page, step: (page: Page, choose: (n: number) => number) => Promise<string>, seed: number, limit = 3000): Promise<number> {
  const choose = chooser(seed);
  for (let i = 0; i < limit; i++) {
    if ((await page.locator('.soc-end').count()) > 0) return i;
    const before = await eventCount(page);
    const did = await step(page, choose);
    await settle(page, did, before);
  }
  throw new Error(`no end screen after ${limit} steps`);
}

/**
 * Ends the turn of the player on `page`, answering the reflection or the discard the deal may
 * bring on the way: a turn's end is only over when the turn number moves on. (The turn number,
 * not the seat: bots with no delay may hand the turn back at once.)
 */
export async function endWholeTurn(page: Page, timeout = 15_000): Promise<void> {
  const turn = (await tableStatus(page))!.turn;
  await page.locator('[data-action="endTurn"]').click();
  await expect.poll(async () => {
    const status = await tableStatus(page);
    if (!status) throw new Error(`no table on the page: ${await whatItShows(page)}`);
    if (status.turn !== turn) return true;
    if (status.stage === 'reflection') await page.locator('.soc-dialog--reflection [data-action="reflect"]').click();
    if (status.stage === 'discard') {
      await page.locator('[data-action="discard"]').click();
      await page.locator('.soc-step [data-option]').first().click();
      await page.locator('[data-confirm]').click();
    }
    return false;
  }, { timeout }).toBe(true);
}

/** Joins the table whose join page is open on `page` as `name`, and waits in its waiting room. */
export async function sitDown(page: Page, code: string, name: string): Promise<void> {
  const form = page.locator('form[data-form="join"]');
  await form.getByLabel('Your name').fill(name);
  await form.getByRole('button', { name: 'Join' }).click();
  await page.waitForSelector(`[data-waiting-room="${code}"]`).catch(async (e: Error) => {
    throw new Error(`${name} is not in the waiting room: ${await whatItShows(page)}`, { cause: e });
  });
}

/** What a page shows, for a failure message: its address and its text. */
export async function whatItShows(page: Page): Promise<string> {
  const text = await page.locator('body').innerText().catch(() => '(no body)');
  return `${page.url()} shows ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 800))}`;
}
