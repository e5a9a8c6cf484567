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
import { formatProblem, summarize } from '../content/check.ts';
import { checkDeckFolder, DEFAULT_CONTENT_DIR, readDeckFolder } from '../content/load.ts';
import { buildDesignerPages, CHROMIUM, CHROMIUM_FLAGS, deckContent, serveDesignerPages } from './designer-pages.ts';
import { toolArgs, UsageError } from './args.ts';
import { countPdfPages } from './pdf-pages.ts';
import { DEFAULT_PRINT, geometry, MAX_BLEED, PRINT_LAYOUTS, type PrintOptions } from '../designer/sheets.ts';

const tool = {
  name: 'deck:pdf',
  usage: `usage: npm run deck:pdf -- [DIR] [--content DIR] [--lang nl|en] [--out FILE] [--copies each|one]
                          [--layout sheet|card|tts] [--bleed MM] [--crop-marks on|off]
  --layout sheet    cards on A4 (default): nine a page, or as many as fit with bleed
  --layout card     one card per page, the page the card and its bleed (for print services)
  --layout tts      Tabletop Simulator deck sheets of 10 × 7 cards, also as PNG images beside the PDF
  --bleed MM        background printed past the cut on every side, 0–${MAX_BLEED} mm (print shops ask 3)
  --crop-marks      marks at the cuts outside the bleed: on for sheets, off for single cards`,
};

export interface Options {
  dir: string;
  lang: 'nl' | 'en';
  out: string;
  copies: 'each' | 'one';
  /** Layout, bleed and crop marks; the classic A4 sheet when left out. */
  print?: PrintOptions;
}

function options(argv: string[]): Options {
  const { values, positionals } = toolArgs(tool, {
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      lang: { type: 'string', default: 'nl' },
      out: { type: 'string' },
      copies: { type: 'string', default: 'each' },
      layout: { type: 'string', default: 'sheet' },
      bleed: { type: 'string' },
      'crop-marks': { type: 'string' },
    },
  }, argv);
  const layout = PRINT_LAYOUTS.find((l) => l === values.layout);
  if (!layout) throw new UsageError(`--layout must be sheet, card or tts, not "${values.layout}"`);
  const bleed = values.bleed === undefined ? 0 : Number(values.bleed);
  if (!/^\d+(\.\d+)?$/.test(values.bleed ?? '0') || bleed > MAX_BLEED) throw new UsageError(`--bleed must be a number of millimetres from 0 to ${MAX_BLEED}, not "${values.bleed}"`);
  const marks = values['crop-marks'];
  if (marks !== undefined && marks !== 'on' && marks !== 'off') throw new UsageError(`--crop-marks must be on or off, not "${marks}"`);
  if (layout === 'tts' && (bleed > 0 || marks === 'on')) throw new UsageError('a Tabletop Simulator sheet has no bleed or crop marks: leave out --bleed and --crop-marks');
  if (positionals.length > 1 || (positionals.length === 1 && values.content)) throw new UsageError('give one deck folder');
  if (values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang must be nl or en, not "${values.lang}"`);
  if (values.copies !== 'each' && values.copies !== 'one') throw new UsageError(`--copies must be each or one, not "${values.copies}"`);
  return {
    dir: resolve(values.content ?? positionals[0] ?? DEFAULT_CONTENT_DIR),
    lang: values.lang,
    out: resolve(values.out ?? `print-and-play-${values.lang}${layout === 'sheet' ? '' : `-${layout}`}.pdf`),
    copies: values.copies,
    print: { layout, bleed, marks: marks === undefined ? layout === 'sheet' : marks === 'on' },
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

  const print = o.print ?? DEFAULT_PRINT;
  let server: Server | undefined;
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    const served = await serveDesignerPages(await printPage(), content);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    // Twice the pixels for the TTS images: a card ~480 px wide, a sheet under TTS's 10,000 px.
    const page = await browser.newPage({ deviceScaleFactor: print.layout === 'tts' ? 2 : 1 });
    const query = new URLSearchParams({ lang: o.lang, copies: o.copies, source: 'server', layout: print.layout, bleed: String(print.bleed), marks: print.marks ? '1' : '0' });
    await page.goto(`${served.url}/print.html?${query}`);
    await page.waitForSelector('body[data-ready="true"], body[data-error]', { timeout: 60_000 });
    const error = await page.getAttribute('body', 'data-error');
    if (error) throw new Error(`the print page could not load the deck: ${error}`);
    const expected = Number(await page.getAttribute('body', 'data-pages'));
    const cards = Number(await page.getAttribute('body', 'data-cards'));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(o.out, pdf);
    const pages = countPdfPages(pdf);
    if (pages !== expected) throw new Error(`the PDF has ${pages} pages, the sheet laid out ${expected}`);
    const images: string[] = [];
    if (print.layout === 'tts') {
      // TTS takes images, one per deck sheet: each page of the PDF as a PNG beside it.
      const sheets = await page.$$('.pp-page');
      for (const [i, sheet] of sheets.entries()) {
        const file = o.out.replace(/\.pdf$/i, '') + `-${i + 1}.png`;
        await sheet.screenshot({ path: file });
        images.push(near(file));
      }
    }
    const how = print.layout === 'sheet' && print.bleed === 0 ? '' : `; ${describePrint(print)}`;
    log(`wrote ${near(o.out)}: ${pages} pages, ${cards} cards (${o.lang})${how}${problems.length ? `; ${summarize(problems)}` : ''}`);
    if (images.length > 0) {
      const perSheet = geometry(print).perPage;
      log(`wrote ${images.join(', ')}: in Tabletop Simulator, Objects → Components → Custom → Deck, width 10, height 7, number ${perSheet} (the last sheet: ${cards - perSheet * (images.length - 1)}), "back is hidden" on`);
    }
    return { pages, cards };
  } finally {
    await browser?.close();
    server?.close();
  }
}

/** "card per page, 3 mm bleed, crop marks" for the summary line. */
function describePrint(p: PrintOptions): string {
  const layout = { sheet: `${geometry(p).perPage} cards per A4`, card: 'one card per page', tts: 'Tabletop Simulator sheets of 10 × 7' }[p.layout];
  return [layout, p.bleed > 0 ? `${p.bleed} mm bleed` : '', p.marks ? 'crop marks' : ''].filter(Boolean).join(', ');
}

/** The print page, built once per process (tests and several layouts in a row reuse it). */
let built: Promise<string> | undefined;
function printPage(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soc-print-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await buildDesignerPages(dir, ['print']);
    return dir;
  })();
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // A UsageError from options() ends in args.ts with the sentence, the usage and exit 2.
  const o = options(process.argv.slice(2));
  process.exitCode = (await deckPdf(o, (line) => console.log(line))) ? 0 : 1;
}
