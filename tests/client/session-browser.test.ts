/**
 * A workshop in Chromium through the real server: a facilitator creates a session on the start
 * page and runs two tables of two browsers each, with a bot in the third seat. People join by
 * the session's link, the tables start, the facilitator pauses all (a move is refused and
 * says why, then goes through after the resume), broadcasts a message both tables see,
 * answers a call for help, pushes a question the table answers with notes, and exports the
 * harvest, which is read back. The facilitator's key never reaches a participant's browser.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionHarvest } from '../../src/protocol/sessions.ts';
import { openPage, screenshot, seriousViolations, tableStatus, useRig } from './helpers/browser.ts';
import { endWholeTurn } from './helpers/play.ts';

const rig = useRig();

interface Person {
  name: string;
  page: Page;
  errors: string[];
  /** Everything the server sent this browser: API answers and game socket frames. */
  heard: string[];
}

async function participant(name: string, joinUrl: string): Promise<Person> {
  const { page, errors } = await openPage(rig().browser);
  const heard: string[] = [];
  page.on('response', async (res) => {
    // The live streams never end; what they carry is checked through /me and the page itself.
    if (!res.url().includes('/api/') || res.url().endsWith('/events')) return;
    heard.push(await res.text().catch(() => ''));
  });
  page.on('websocket', (ws) => ws.on('framereceived', (f) => heard.push(String(f.payload))));
  await page.goto(`${joinUrl}?lang=en`);
  const form = page.locator('form[data-form="join-session"]');
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel('Your initiative (one sentence)').fill(`${name}'s repair café`);
  await form.getByRole('button', { name: 'Join' }).click();
  await page.locator('.soc-session-wait').waitFor();
  return { name, page, errors, heard };
}

describe('a workshop session', () => {
  it('is created, joined, seated, paced, helped, asked and harvested from the browsers', async () => {
    // The facilitator creates the session on the start page.
    const facilitator = await openPage(rig().browser, { width: 1280, height: 900 });
    const f = facilitator.page;
    await f.goto(`${rig().url}/?lang=en`);
    const form = f.locator('form[data-form="session"]');
    // The session's scenarios read as in the other set-up forms: name and difficulty.
    const scenarios = (kind: string) => f.locator(`form[data-form="${kind}"]`).getByLabel('Scenario').locator('option').allTextContents();
    // (The start page's forms and the deck arrive after the page: wait for the options first.)
    await expect.poll(() => scenarios('session')).toContain('Bootcamp (standard)');
    expect(await scenarios('session')).toEqual(await scenarios('online'));
    await form.getByLabel('Title').fill('Bootcamp Gent');
    await form.getByLabel('Seats per table').fill('3');
    await form.getByLabel('Tables', { exact: true }).selectOption('2');
    await form.getByLabel('Participants bring their own initiative').check();
    await form.getByRole('button', { name: 'Create the session' }).click();
    const created = f.locator('[data-created-session]');
    await created.waitFor();
    const code = (await created.getAttribute('data-created-session'))!;
    const joinUrl = await created.locator('input').first().inputValue();
    const facilitatorUrl = await created.locator('input').nth(1).inputValue();
    const key = new URL(facilitatorUrl).hash.replace('#key=', '');
    expect(joinUrl).toBe(`${rig().url}/session/${code}`);
    expect(key.length).toBeGreaterThan(20);
    expect(await created.locator('svg.soc-qr').count()).toBe(1);
    await f.getByRole('button', { name: 'Open the dashboard' }).click();
    await f.locator(`[data-session-code="${code}"]`).waitFor();
    // The dashboard says what a table of three can expect, as the set-up form did.
    expect(await f.locator('.soc-dash__head [data-expected]').innerText()).toMatch(/With 3 players \(standard\): usually won in .+ of games\./);

    // Four people join; seating is balanced: Ana and Chen at table 1, Bo and Dee at table 2.
    const people: Person[] = [];
    for (const name of ['Ana', 'Bo', 'Chen', 'Dee']) people.push(await participant(name, joinUrl));
    const [ana, bo, chen, dee] = people;
    await expect.poll(() => f.locator('[data-column="0"] [data-participant]').allInnerTexts()).toEqual([expect.stringContaining('Ana'), expect.stringContaining('Chen')]);
    await expect.poll(() => f.locator('[data-column="1"] [data-participant]').count()).toBe(2);
    expect(await seriousViolations(f)).toEqual([]);
    // The facilitator drags Chen to table 2 and back again before the start.
    const column = (n: number) => f.locator(`[data-column="${n}"] [data-participant]`).evaluateAll((xs) => xs.map((x) => x.getAttribute('data-participant')));
    await f.locator('[data-participant="Chen"]').dragTo(f.locator('[data-column="1"]'));
    await expect.poll(() => column(1)).toContain('Chen');
    expect(await column(0)).toEqual(['Ana']);
    await f.locator('[data-participant="Chen"]').dragTo(f.locator('[data-column="0"]'));
    await expect.poll(() => column(0)).toEqual(['Ana', 'Chen']);

    // Start: each browser gets its table, with a bot in the third seat.
    await f.locator('[data-action="start"]').click();
    for (const p of people) await p.page.locator('.soc-status').waitFor({ timeout: 15_000 });
    await expect.poll(() => f.locator('[data-table="0"] .soc-tcard__seats li').allInnerTexts()).toEqual(['Ana', 'Chen', 'Bot 3 (bot)']);
    await expect.poll(() => f.locator('[data-table="1"] .soc-tcard__seats li').allInnerTexts()).toEqual(['Bo', 'Dee', 'Bot 3 (bot)']);

    // Pause all: the banner shows at both tables and a move is refused with the reason.
    const humanTurn = async () => {
      const s = await tableStatus(ana.page);
      return s !== null && (s.seat === 0 || s.seat === 1) ? s.seat : null;
    };
    await expect.poll(humanTurn, { timeout: 15_000 }).not.toBeNull();
    await f.locator('[data-action="pause-all"]').click();
    for (const p of people) await expect.poll(() => p.page.locator('[data-session="paused"]').count()).toBe(1);
    const mover = (await humanTurn()) === 0 ? ana : chen;
    const turnBefore = (await tableStatus(mover.page))!.turn;
    await mover.page.locator('[data-action="endTurn"]').click();
    await expect.poll(() => mover.page.locator('.soc-banner--refused').innerText()).toMatch(/paused/);
    expect((await tableStatus(mover.page))!.turn).toBe(turnBefore);

    // Resume: the same move goes through.
    await f.locator('[data-action="resume-all"]').click();
    for (const p of people) await expect.poll(() => p.page.locator('[data-session="paused"]').count()).toBe(0);
    await endWholeTurn(mover.page);
    await expect.poll(async () => (await tableStatus(ana.page))!.turn, { timeout: 15_000 }).toBeGreaterThan(turnBefore);

    // A broadcast reaches both tables.
    await f.locator('form[data-form="broadcast"] input').fill('Plenary in five minutes');
    await f.locator('form[data-form="broadcast"] button[type="submit"]').click();
    for (const p of people) await expect.poll(() => p.page.locator('[data-session="broadcast"]').innerText()).toContain('Plenary in five minutes');

    // Bo asks for help; the dashboard shows it until the facilitator answers.
    await bo.page.locator('[data-session="help"] button').click();
    await expect.poll(() => dee.page.locator('[data-session="help"]').innerText()).toContain('asked to come by');
    const help = f.locator('[data-table="1"] [data-help]');
    await help.waitFor();
    expect(await help.innerText()).toContain('Bo');
    await screenshot(f, 'session-dashboard-help');
    await help.locator('input').fill('Coming to your table');
    await help.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(() => help.count()).toBe(0);
    await expect.poll(() => bo.page.locator('[data-session="help-answer"]').innerText()).toContain('Coming to your table');

    // A reflection question, answered at table 1 with notes.
    await f.locator('form[data-form="question"] input').fill('What did you give away that you did not lose?');
    await f.locator('form[data-form="question"] button[type="submit"]').click();
    const question = chen.page.locator('[data-session="question"]');
    await question.waitFor();
    await question.locator('textarea').fill('Our time, and a drill.');
    await question.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(() => question.getByRole('button').innerText()).toBe('Saved');
    await expect.poll(() => ana.page.locator('[data-session="question"] textarea').inputValue()).toBe('Our time, and a drill.');
    expect(await seriousViolations(ana.page)).toEqual([]);

    // Ana writes in her table's chat; the facilitator reads it on the dashboard.
    await ana.page.locator('#soc-chat-draft').fill('Chen, wil jij de moestuin doen?');
    await ana.page.locator('[data-chat] button[type="submit"]').click();
    const peek = f.locator('[data-chat-peek="0"]');
    await peek.locator('summary').click();
    await expect.poll(() => peek.locator('.soc-chat__text').allInnerTexts(), { timeout: 15_000 }).toEqual(['Chen, wil jij de moestuin doen?']);
    expect(await f.locator('[data-chat-peek="1"] .soc-chat__text').count()).toBe(0);

    // The facilitator's pages at every width, as the screenshots a person looks at.
    for (const width of [390, 768, 1280, 1920]) {
      await f.setViewportSize({ width, height: 900 });
      await screenshot(f, `session-dashboard-${width}`);
    }
    await f.setViewportSize({ width: 1280, height: 900 });
    expect(await seriousViolations(f)).toEqual([]);

    // End all: every table stops, a move is refused, the dashboard says so.
    f.once('dialog', (d) => void d.accept());
    await f.locator('[data-action="end"]').click();
    for (const p of people) await expect.poll(() => p.page.locator('[data-session="ended"]').count()).toBe(1);
    await expect.poll(() => f.locator('.soc-tcard .soc-pill').allInnerTexts()).toEqual(['Ended', 'Ended']);

    // The harvest, exported as JSON and CSV and read back.
    await f.locator('[data-action="harvest"]').click();
    await f.locator('[data-question]').waitFor();
    expect(await f.locator('[data-question]').innerText()).toContain('Our time, and a drill.');
    const [jsonDownload] = await Promise.all([f.waitForEvent('download'), f.locator('[data-action="json"]').click()]);
    const harvest = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as SessionHarvest;
    expect(harvest.title).toBe('Bootcamp Gent');
    expect(harvest.tables.map((t) => t.players.map((p) => p.name))).toEqual([
      ['Ana', 'Chen', 'Bot 3'],
      ['Bo', 'Dee', 'Bot 3'],
    ]);
    expect(harvest.tables[0].players[0].initiative).toBe("Ana's repair café");
    expect(harvest.questions[0].answers).toEqual([{ table: 0, text: 'Our time, and a drill.' }]);
    const [csvDownload] = await Promise.all([f.waitForEvent('download'), f.locator('[data-action="csv"]').click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv).toContain('"Our time, and a drill."');
    expect(csv).toContain("Chen's repair café");
    for (const width of [390, 768, 1280, 1920]) {
      await f.setViewportSize({ width, height: 900 });
      await screenshot(f, `session-harvest-${width}`);
    }
    expect(await seriousViolations(f)).toEqual([]);

    // Nothing a participant's browser received or shows holds the facilitator's key.
    for (const p of people) {
      expect(p.heard.length).toBeGreaterThan(5);
      expect(p.heard.join('\n')).not.toContain(key);
      expect(await p.page.content()).not.toContain(key);
      expect(p.errors).toEqual([]);
    }
    expect(facilitator.errors).toEqual([]);
  }, 180_000);
});
