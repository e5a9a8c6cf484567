/**
 * npm run deck:pdf -- [DIR] [--lang nl|en] [--out FILE] [--copies each|one]
 *
 * Writes the print-and-play PDF of a deck folder (default game-content): builds the /print
 * page with Vite into a temporary folder, serves it and the deck (as GET /api/content, the
 * lobby server's contract) on 127.0.0.1 on a free port, and prints it with Debian's
 * Chromium through playwright-core, using the page's own A4 size (@page). A deck with errors
 * is refused with its problems listed, like deck:check.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, summarize } from '../content/check.ts';
import { checkDeckFolder, DEFAULT_CONTENT_DIR, readDeckFolder } from '../content/load.ts';
import { buildDesignerPages, CHROMIUM, CHROMIUM_FLAGS, deckContent, serveDesignerPages } from './designer-pages.ts';
import { countPdfPages } from './pdf-pages.ts';

const USAGE = 'usage: npm run deck:pdf -- [DIR] [--content DIR] [--lang nl|en] [--out FILE] [--copies each|one]';

class UsageError extends Error {}

export interface Options {
  dir: string;
  lang: 'nl' | 'en';
  out: string;
  copies: 'each' | 'one';
}

function options(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { content: { type: 'string' }, lang: { type: 'string', default: 'nl' }, out: { type: 'string' }, copies: { type: 'string', default: 'each' } },
  });
  if (positionals.length > 1 || (positionals.length === 1 && values.content)) throw new UsageError('give one deck folder');
  if (values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang must be nl or en, not "${values.lang}"`);
  if (values.copies !== 'each' && values.copies !== 'one') throw new UsageError(`--copies must be each or one, not "${values.copies}"`);
  return {
    dir: resolve(values.content ?? positionals[0] ?? DEFAULT_CONTENT_DIR),
    lang: values.lang,
    out: resolve(values.out ?? `print-and-play-${values.lang}.pdf`),
    copies: values.copies,
  };
}

/** A path as the designer typed it: relative inside the project, absolute elsewhere. */
function near(path: string): string {
  const rel = relative(process.cwd(), path) || '.';
  return rel.startsWith('..') ? path : rel;
}

export async function deckPdf(o: Options, log: (line: string) => void): Promise<{ pages: number; cards: number } | null> {
  const shown = near(o.dir);
  const { problems, ok } = checkDeckFolder(o.dir);
  if (!ok) {
    for (const p of problems) log(formatProblem(p, shown));
    log(`${shown}: ${summarize(problems)}; no PDF written`);
    return null;
  }
  const content = deckContent(readDeckFolder(o.dir).files, problems);

  const built = mkdtempSync(join(tmpdir(), 'soc-print-'));
  let server: Server | undefined;
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    await buildDesignerPages(built, ['print']);
    const served = await serveDesignerPages(built, content);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    const page = await browser.newPage();
    await page.goto(`${served.url}/print.html?lang=${o.lang}&copies=${o.copies}&source=server`);
    await page.waitForSelector('body[data-ready="true"], body[data-error]', { timeout: 60_000 });
    const error = await page.getAttribute('body', 'data-error');
    if (error) throw new Error(`the print page could not load the deck: ${error}`);
    const expected = Number(await page.getAttribute('body', 'data-pages'));
    const cards = Number(await page.getAttribute('body', 'data-cards'));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(o.out, pdf);
    const pages = countPdfPages(pdf);
    if (pages !== expected) throw new Error(`the PDF has ${pages} pages, the sheet laid out ${expected}`);
    log(`wrote ${near(o.out)}: ${pages} pages, ${cards} cards (${o.lang})${problems.length ? `; ${summarize(problems)}` : ''}`);
    return { pages, cards };
  } finally {
    await browser?.close();
    server?.close();
    rmSync(built, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  let o: Options;
  try {
    o = options(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  return (await deckPdf(o, (line) => console.log(line))) ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => (process.exitCode = code),
    (err: Error) => {
      console.error(`deck:pdf failed: ${err.message}`);
      if (process.env.DEBUG) console.error(err);
      process.exitCode = 2;
    },
  );
}
