/**
 * Time to a usable table on a real connection: `npm start` as shipped (the client built and
 * compressed, the server's cache headers), a fresh visitor (empty cache) opening a join link in
 * Chromium, with Chromium's 4× CPU slowdown and a 1.6 Mbps link (150 ms round trip, 750 kbps
 * up), measured against the same steps with no slowdown in the same run:
 *
 *   join page usable   from opening /join/CODE until the name field and the Join button work:
 *                      the form in the page's HTML (src/tools/early-join.ts) or the app's own
 *   seated             from sending the form until the waiting room shows the seat
 *   join link          from opening /join/CODE until the waiting room shows the seat, for a
 *                      visitor who types a name and Enter as soon as the form shows
 *   table usable       from opening a seat's personal link on a started table (a second
 *                      device) until the actions of the table can be clicked
 *   notice link        the same from a turn notice's link to the seat (/table/ID#seat=…)
 *
 * Times are read in the page: the first frame at which each thing is in the page, shown, and the
 * sending of the join form, against the page's own clock (performance.now, from the start of its
 * navigation). They are asked for over the DevTools protocol, not with Playwright's waits, until
 * each page's measured part is over: Playwright's waits put its own script of some hundred
 * kilobytes into the page, which a phone does not run, and would be late by their poll interval.
 *
 * Each step is the median of --runs fresh browser contexts. Target (issue 13): the table usable
 * within 3 s of opening a join link on the slow profile. Each way in (a join link, a seat link, a
 * notice link) is printed against the target and against the unslowed baseline, with the
 * machine's load average. Writes bench-output/usable.json.
 *
 *   npm run bench -- usable
 *   npx tsx bench/usable.bench.ts --runs 5
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { toolArgs, wholeNumber } from '../src/tools/args.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../src/tools/designer-pages.ts';

const tool = {
  name: 'bench usable',
  usage: `usage: npx tsx bench/usable.bench.ts [--runs N]
  time from a join link to the waiting room, and from a seat link and a turn notice's link to a
  usable table, in Chromium, slowed (4× CPU, 1.6 Mbps) and not; median of N runs (default 5)`,
};
const { values } = toolArgs(tool, { options: { runs: { type: 'string', default: '5' } } });
const RUNS = wholeNumber(tool, 'runs', values.runs, 1);

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_MS = 3000;

interface Profile {
  name: string;
  cpu: number;
  /** Bytes a second down and up, and the round trip in ms; null: no shaping. */
  network: { down: number; up: number; latency: number } | null;
}
const SLOW: Profile = { name: '4× CPU, 1.6 Mbps', cpu: 4, network: { down: 1_600_000 / 8, up: 750_000 / 8, latency: 150 } };
const FAST: Profile = { name: 'no slowdown (baseline)', cpu: 1, network: null };

async function startServer(work: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/start.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', DATA_DIR: join(work, 'data'), CLIENT_DIR: join(work, 'client'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  server.stderr!.on('data', (d) => (err += d.toString()));
  const url = await new Promise<string>((done, fail) => {
    server.stdout!.on('data', (d) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('School of Commons on'));
      if (line) done(`http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`);
    });
    server.once('exit', (code) => fail(new Error(`npm start ended (${code}):\n${out}\n${err}`)));
  });
  return { url, server };
}

async function api<T>(url: string, path: string, body?: unknown, key?: string): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', origin: url, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A fresh visitor: a new context, whose cache starts empty (but works, as a phone's does: what
 * the page fetched ahead is there when asked for), the profile's slowdown applied through CDP.
 */
/** Each visitor's DevTools session, to read the page's marks. */
const sessions = new WeakMap<Page, CDPSession>();

async function visitor(browser: Browser, profile: Profile): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.network.latency, downloadThroughput: profile.network.down, uploadThroughput: profile.network.up });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.addInitScript({ content: MARK_USABLE });
  sessions.set(page, cdp);
  return page;
}

/** What the page marks, by name: a selector whose first shown match is timed. */
const SHOWN = {
  // The form in the page's HTML (src/tools/early-join.ts) or the app's own, whichever shows first.
  joinForm: 'form[data-form="join-early"] button[type="submit"], form[data-form="join"] button[type="submit"]',
  waitingRoom: '[data-waiting-room]',
  action: '[data-action]',
} as const;
type Mark = keyof typeof SHOWN | 'join';

/**
 * Runs in every page before its own code: notes in window.__usable the time (performance.now) of
 * the frame in which each of SHOWN first has a shown match, and of the click on Join. Plain
 * JavaScript in a string: tsx would wrap a TypeScript function's inner functions in a helper
 * the page does not have.
 *
 * Looking must not slow the page: on a change it only asks whether a match is in the document,
 * and whether that match is shown (which needs the page's layout) is asked in the next animation
 * frame, whose layout the page does anyway. Asking on every change would force a layout in the
 * middle of React's work each time, some hundreds of milliseconds at 4× CPU that a visitor's
 * phone never spends.
 */
const MARK_USABLE = `(() => {
  const shown = ${JSON.stringify(SHOWN)};
  const marks = (window.__usable = {});
  const pending = new Set();
  const look = () => {
    for (const [name, selector] of Object.entries(shown)) {
      if (name in marks || pending.has(name) || !document.querySelector(selector)) continue;
      pending.add(name);
      requestAnimationFrame(() => {
        pending.delete(name);
        const el = document.querySelector(selector);
        if (name in marks || !el || el.getClientRects().length === 0) return; // looked for again on the next change
        marks[name] = -1;
        // The frame that paints it: the task after its animation frame.
        setTimeout(() => (marks[name] = performance.now()), 0);
      });
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('submit', (e) => {
    if (e.target && e.target.matches && e.target.matches('form[data-form^="join"]')) marks.join ??= performance.now();
  }, true);
})();`;

/** The page's mark `name`, once it is there (asked every 50 ms), in ms since its navigation began. */
async function marked(page: Page, name: Mark): Promise<number> {
  const cdp = sessions.get(page)!;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `window.__usable && window.__usable[${JSON.stringify(name)}]`, returnByValue: true });
    if (typeof result.value === 'number' && result.value >= 0) return Math.round(result.value);
    await new Promise((wait) => setTimeout(wait, 50));
  }
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `JSON.stringify({ marks: window.__usable, focus: document.activeElement && document.activeElement.outerHTML.slice(0, 120), text: document.body.innerText.slice(0, 300) })`,
    returnByValue: true,
  });
  throw new Error(`the page never showed ${name} (${page.url()}): ${String(result.value)}`);
}

/** Focuses the join form's name field and types `name` and Enter into it, as keys. */
async function typeName(page: Page, name: string): Promise<void> {
  const cdp = sessions.get(page)!;
  await cdp.send('Runtime.evaluate', { expression: `document.querySelector('form[data-form^="join"] input').focus()` });
  await cdp.send('Input.insertText', { text: name });
  for (const type of ['keyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, ...(type === 'keyDown' ? { text: '\r' } : {}) });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Times {
  joinPage: number;
  seated: number;
  /** From opening the join link to the waiting room, typing included. */
  room: number;
  table: number;
  notice: number;
  /** Bytes over the wire for the join page (compressed). */
  bytes: number;
}

async function once(browser: Browser, url: string, profile: Profile, n: number): Promise<Times> {
  const { code, hostKey } = await api<{ code: string; hostKey: string }>(url, '/api/tables', { scenario: 'standard', seats: 2 });
  const page = await visitor(browser, profile);
  let bytes = 0;
  page.on('response', (r) => {
    const length = Number(r.headers()['content-length'] ?? 0);
    if (Number.isFinite(length)) bytes += length;
  });
  await page.goto(`${url}/join/${code}?lang=en`, { waitUntil: 'commit' });
  const joinPage = await marked(page, 'joinForm');
  // A visitor who types at once: a name into whichever form shows, then Enter, as keystrokes
  // (over the protocol: no Playwright script in the page, and no time spent looking).
  await typeName(page, `Player ${n}`);
  const joined = await marked(page, 'join');
  const room = await marked(page, 'waitingRoom');
  const seated = room - joined;
  // The seat's personal link, opened on a second device once the host has started the table.
  const link = await page.evaluate(() => {
    const input = [...document.querySelectorAll('input')].find((i) => i.value.includes('#seat='));
    return input?.value ?? null;
  });
  if (!link) throw new Error('the waiting room shows no personal seat link');
  await api(url, `/api/tables/${code}/start`, {}, hostKey);
  await page.context().close();
  const second = await visitor(browser, profile);
  await second.goto(link, { waitUntil: 'commit' });
  const table = await marked(second, 'action');
  const matchID = new URL(second.url()).pathname.split('/')[2];
  await second.context().close();
  // A turn notice's link to the same seat, on a third device.
  const third = await visitor(browser, profile);
  await third.goto(`${url}/table/${matchID}#seat=${link.split('#seat=')[1]}`, { waitUntil: 'commit' });
  const notice = await marked(third, 'action');
  await third.context().close();
  return { joinPage, seated, room, table, notice, bytes };
}

async function main(): Promise<void> {
  const loadBefore = loadavg().map((x) => Number(x.toFixed(2)));
  const work = mkdtempSync(join(tmpdir(), 'soc-usable-'));
  const { url, server } = await startServer(work);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const results: Record<string, Times> = {};
    for (const profile of [FAST, SLOW]) {
      const runs: Times[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, url, profile, i));
      results[profile.name] = {
        joinPage: median(runs.map((r) => r.joinPage)),
        seated: median(runs.map((r) => r.seated)),
        room: median(runs.map((r) => r.room)),
        table: median(runs.map((r) => r.table)),
        notice: median(runs.map((r) => r.notice)),
        bytes: median(runs.map((r) => r.bytes)),
      };
    }
    const base = results[FAST.name];
    const slow = results[SLOW.name];
    const row = (label: string, key: keyof Times, unit: 'ms' | 'KB') => {
      const show = (v: number) => (unit === 'ms' ? `${v} ms` : `${(v / 1024).toFixed(1)} KB`);
      console.log(`${label.padEnd(32)} ${show(base[key]).padStart(10)} ${show(slow[key]).padStart(10)} ${`×${(slow[key] / Math.max(1, base[key])).toFixed(1)}`.padStart(7)}`);
    };
    console.log(`median of ${RUNS} fresh visitors each, 390×844 touch\n`);
    console.log(`${''.padEnd(32)} ${'baseline'.padStart(10)} ${'slowed'.padStart(10)} ${'ratio'.padStart(7)}`);
    row('join page usable', 'joinPage', 'ms');
    row('seated (after Join)', 'seated', 'ms');
    row('table usable (seat link)', 'table', 'ms');
    row('table usable (notice link)', 'notice', 'ms');
    row('join page, bytes on the wire', 'bytes', 'KB');
    // The two ways to a table, each against the target (slowed) and the same steps unslowed.
    const paths = {
      joinLink: { label: 'join link → waiting room', baseline: base.room, slowed: slow.room },
      seatLink: { label: 'seat link → usable table', baseline: base.table, slowed: slow.table },
      noticeLink: { label: 'notice link → usable table', baseline: base.notice, slowed: slow.notice },
    };
    console.log('');
    for (const p of Object.values(paths)) {
      console.log(`${p.label.padEnd(32)} ${`${p.baseline} ms`.padStart(10)} ${`${p.slowed} ms`.padStart(10)}   target ≤ ${TARGET_MS} ms slowed: ${p.slowed <= TARGET_MS ? 'met' : 'NOT met'}`);
    }
    // The machine's load colours every figure: say it beside them.
    const load = { before: loadBefore, after: loadavg().map((x) => Number(x.toFixed(2))) };
    console.log(`\nload average (1, 5, 15 min) on ${cpus().length} cores: ${load.before.join(', ')} before, ${load.after.join(', ')} after`);
    mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-output/usable.json'), JSON.stringify({ runs: RUNS, targetMs: TARGET_MS, profiles: { baseline: FAST, slowed: SLOW }, baseline: base, slowed: slow, paths, load }, null, 2) + '\n');
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
