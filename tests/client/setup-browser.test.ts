/**
 * The set-up forms in Chromium: what a table can expect at its size (band and playing time),
 * and roles and cases chosen in the hot-seat form, refused when two players share one, carried
 * in the hot-seat link and dealt at the table. Screenshots of the forms at four widths, both
 * languages.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectationOf } from '../../src/content/expected-play.ts';
import { choicePool } from '../../src/client/lobby/seat-choices.ts';
import { content } from '../helpers/table.ts';
import { openPage, screenshot, SCREENSHOTS, seriousViolations, useRig } from './helpers/browser.ts';

const rig = useRig();

describe('the set-up forms', () => {
  it('show the expected play, and deal the roles and cases the hot-seat table chose', async () => {
    const { page, errors } = await openPage(rig().browser);
    await page.goto(`${rig().url}/?lang=en`);
    const form = page.locator('form[data-form="hotseat"]');
    await form.getByLabel('Scenario').selectOption('standard');
    await form.getByLabel('Players').fill('2');
    await form.getByLabel('Name of player 1').fill('Ana');
    await form.getByLabel('Name of player 2').fill('Bo');
    // Standard at two players: its band and the measured playing time, as the API gives them.
    const expected = expectationOf(content(), 'standard', 2)!;
    const odds = form.locator('[data-expected]');
    await expect.poll(() => odds.innerText()).toBe(`With 2 players (standard): usually won in ${Math.round(expected.band.low * 100)}–${Math.round(expected.band.high * 100)} % of games.`);
    expect(await form.locator('[data-scenario-text]').innerText()).toContain(`around ${expected.minutes} minutes with 2 players`);

    // Dealt at random by default: nothing to choose until a kind is ticked.
    expect(await form.locator('[data-choice-seat]').count()).toBe(0);
    await form.getByLabel('Choose the roles').check();
    await form.getByLabel('Choose the cases').check();
    const roles = choicePool(content(), 'standard', 'role');
    const cases = choicePool(content(), 'standard', 'case');
    const [role0, role1] = [roles.at(-1)!, roles.at(-2)!];
    const [case0, case1] = [cases.at(-1)!, cases.at(-2)!];
    const en = (kind: 'role' | 'case', id: string) => (kind === 'role' ? content().roles.get(id)! : content().cases.get(id)!).name.en;

    // Two players with one role: said in a sentence, and the game does not start.
    await form.getByLabel('Role of player 1').selectOption(role0);
    await form.getByLabel('Role of player 2').selectOption(role0);
    const twin = form.locator('[data-choice-twin]');
    await expect.poll(() => twin.innerText()).toBe(`Players 1 and 2 both have the role ${en('role', role0)}: each player needs a different role.`);
    expect(await form.getByRole('button', { name: 'Start the game' }).getAttribute('aria-disabled')).toBe('true');
    await page.setViewportSize({ width: 390, height: 900 });
    await twin.scrollIntoViewIfNeeded();
    // Only the visible part: the refusal beside the two selects.
    await page.screenshot({ path: join(SCREENSHOTS, 'setup-twin-en-390.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    await form.getByLabel('Role of player 2').selectOption(role1);
    await form.getByLabel('Case of player 1').selectOption(case0);
    await form.getByLabel('Case of player 2').selectOption(case1);
    expect(await twin.count()).toBe(0);
    // The chosen role's ability is there to read under its choice.
    expect(await form.locator('[data-choice-seat="0"] .soc-choices__about').first().innerText()).toBe(content().roles.get(role0)!.ability.en);
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of [390, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `setup-hotseat-en-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await form.getByRole('button', { name: 'Start the game' }).click();
    await page.waitForSelector('[data-handover], .soc-status');
    const link = new URL(page.url());
    expect(link.searchParams.get('roles')).toBe(`${role0},${role1}`);
    expect(link.searchParams.get('cases')).toBe(`${case0},${case1}`);
    if (await page.locator('[data-handover]').isVisible()) await page.locator('[data-handover] button').click();
    await page.waitForSelector('.soc-seat__role');
    expect(await page.locator('[data-seat="0"] .soc-seat__role').innerText()).toContain(en('role', role0));
    expect(await page.locator('[data-seat="1"] .soc-seat__role').innerText()).toContain(en('role', role1));
    expect(await page.locator(`[data-case="${case0}"]`).innerText()).toContain(en('case', case0));
    expect(await page.locator(`[data-case="${case1}"]`).innerText()).toContain(en('case', case1));

    // A mistyped link says why it cannot start, instead of breaking.
    await page.goto(`${rig().url}/hotseat/typo12345?lang=en&scenario=standard&players=2&roles=${role0},no-such-role`);
    await expect.poll(() => page.locator('[data-link-problem]').innerText()).toContain('There is no role "no-such-role" in scenario "standard"');
    expect(errors).toEqual([]);
  }, 120_000);

  it('look right at four widths in Dutch, with roles and cases being chosen online', async () => {
    const { page, errors } = await openPage(rig().browser);
    await page.goto(`${rig().url}/?lang=nl`);
    const online = page.locator('form[data-form="online"]');
    await online.getByLabel('Kies de rollen').check();
    await online.getByLabel('Kies de cases').check();
    await expect.poll(() => online.locator('[data-expected]').innerText()).toMatch(/^Met 4 spelers \(standaard\): meestal gewonnen in \d+–\d+ % van de spellen\.$/);
    for (const width of [390, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `setup-forms-nl-${width}`);
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
