/**
 * The card gallery (/cards) and the print sheet (/print) as a designer meets them: served by
 * `npm start` itself (src/server/start.ts builds the client into an empty folder, then runs
 * the server), opened in Debian's Chromium with the server's Content-Security-Policy in force.
 * The gallery test beside this one serves the pages from a small stand-in server, and the
 * table tests open pages with the policy bypassed; neither could see that the policy stopped
 * the deck checker from compiling its schemas in the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../src/tools/designer-pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'soc-started-'));
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/start.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', DATA_DIR: join(work, 'data'), CLIENT_DIR: join(work, 'client'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  server.stderr!.on('data', (d) => (err += d.toString()));
  url = await new Promise<string>((done, fail) => {
    server.stdout!.on('data', (d) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('School of Commons on'));
      if (line) done(`http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`);
    });
    server.once('exit', (code) => fail(new Error(`npm start ended (${code}):\n${out}\n${err}`)));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}, 150_000);

afterAll(async () => {
  await browser?.close();
  if (server?.exitCode === null) {
    const ended = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await ended;
  }
  rmSync(work, { recursive: true, force: true });
});

/** A page with the policy in force, recording every error and policy violation it meets. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // A refused resource shows as a console error too; the browser's own favicon request is no fault of the page.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
  const answer = await page.goto(`${url}${path}`);
  expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(answer?.headers()['content-security-policy']).not.toContain('unsafe-eval');
  return { page, problems };
}

describe('the designer pages under npm start', () => {
  it('the card gallery shows the whole shipped deck, with no problems', async () => {
    const { page, problems } = await open('/cards?lang=en');
    await page.waitForSelector('.dz-count, [role="alert"]');
    const total = Number(await page.getAttribute('.dz-count', 'data-total'));
    expect(total).toBeGreaterThan(50);
    expect(await page.locator('.dz-cell').count()).toBe(total);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the print sheet lays out every card on pages', async () => {
    const { page, problems } = await open('/print?lang=en');
    await page.waitForSelector('body[data-ready="true"], [role="alert"]');
    expect(Number(await page.getAttribute('body', 'data-cards'))).toBeGreaterThan(50);
    expect(await page.locator('.pp-page').count()).toBe(Number(await page.getAttribute('body', 'data-pages')));
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
