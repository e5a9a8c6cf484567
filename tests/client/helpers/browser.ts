/**
 * The table client in Debian's Chromium, served by the real lobby server: the client is built
 * once per test file into a temporary folder and served by a server started in the test process
 * (SQLite in a temporary folder). Screenshots go to test-output/screenshots.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../src/tools/designer-pages.ts';
import { startServer, type TestServer } from '../../server/helpers/server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

async function buildClient(outDir: string): Promise<void> {
  const { build } = await import('vite');
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = before;
  }
}

export interface ClientRig {
  server: TestServer;
  browser: Browser;
  url: string;
  /** The built client, for more servers in the same test. */
  clientDir: string;
  close(): Promise<void>;
}

/** Builds the client, starts a server that serves it, launches Chromium. */
async function startRig(env: Record<string, string> = {}): Promise<ClientRig> {
  const work = mkdtempSync(join(tmpdir(), 'soc-client-'));
  const built = join(work, 'client');
  await buildClient(built);
  const server = await startServer({ CLIENT_DIR: built, LOG_LEVEL: 'warn', ...env });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  return {
    server,
    browser,
    url: server.url,
    clientDir: built,
    async close() {
      await browser.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** One rig for the tests of a file: started before them, closed after them. */
export function useRig(env: Record<string, string> = {}): () => ClientRig {
  let rig: ClientRig | undefined;
  beforeAll(async () => {
    rig = await startRig(env);
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });
  return () => {
    if (!rig) throw new Error('the client rig did not start');
    return rig;
  };
}

/** A page (CSP bypassed only so axe-core can be injected) that records every error it meets (uncaught exceptions and console errors). */
export async function openPage(browser: Browser, options: { width?: number; height?: number; touch?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const width = options.width ?? 1280;
  // touch: a phone or tablet (taps; a phone-sized one also reads the viewport meta tag like a phone).
  const touch = options.touch ? { hasTouch: true, isMobile: width < 600 } : {};
  const context = await browser.newContext({ viewport: { width, height: options.height ?? 800 }, reducedMotion: 'reduce', bypassCSP: true, ...touch });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A refused resource (favicon) is not a client error.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Reads the table's status bar: round, turn number, seat to act, stage. */
export async function tableStatus(page: Page): Promise<{ round: number; turn: number; seat: number; stage: string } | null> {
  const status = page.locator('.soc-status');
  if ((await status.count()) === 0) return null;
  const [round, turn, seat, stage] = await Promise.all(['data-round', 'data-turn', 'data-seat', 'data-stage'].map((a) => status.getAttribute(a)));
  return { round: Number(round), turn: Number(turn), seat: Number(seat), stage: stage ?? '' };
}
