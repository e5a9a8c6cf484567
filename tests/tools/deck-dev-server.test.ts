/**
 * deck:dev's server: every save of the deck folder is checked and announced to open pages;
 * a good save becomes the deck served, a broken one only changes the problems, so the last
 * good deck stays playable.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../src/content/load.ts';
import { startDeckDev, type DeckDev, type DeckDevState } from '../../src/tools/deck-dev-server.ts';

const work = mkdtempSync(join(tmpdir(), 'soc-deck-dev-'));
const deck = join(work, 'deck');
const client = join(work, 'client');
let dev: DeckDev;
const original = readFileSync(join(DEFAULT_CONTENT_DIR, 'knowledge.json'), 'utf8');

/** The deck events a page receives, read from the event stream as it arrives. */
async function events(url: string) {
  const res = await fetch(url);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    /** Waits for the next event whose state passes `test`. */
    async next(test: (s: DeckDevState) => boolean): Promise<DeckDevState> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) {
            const state = JSON.parse(data) as DeckDevState;
            if (test(state)) return state;
          }
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        buffer += value;
      }
    },
    close: () => reader.cancel(),
  };
}

const served = async () => (await (await fetch(`${dev.url}/api/content`)).json()) as { files: Record<string, { knowledge?: { name: { en: string } }[] }> };

beforeAll(async () => {
  cpSync(DEFAULT_CONTENT_DIR, deck, { recursive: true });
  cpSync(join(import.meta.dirname, '../../src/client/cards.html'), join(client, 'cards.html'));
  dev = await startDeckDev({ dir: deck, clientDir: client });
});
afterAll(async () => {
  await dev?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('deck:dev', () => {
  it('follows saves: a good one is served, a broken one is listed while the last good deck stays', async () => {
    const stream = await events(`${dev.url}/api/deck-dev/events`);
    const first = await stream.next(() => true);
    expect(first).toMatchObject({ ok: true, goodRevision: 1, problems: [] });

    writeFileSync(join(deck, 'knowledge.json'), original.replace('"en": "Crowdfunding"', '"en": "Crowd money"'));
    const renamed = await stream.next((s) => s.goodRevision === 2);
    expect(renamed.ok).toBe(true);
    expect((await served()).files['knowledge.json'].knowledge![0].name.en).toBe('Crowd money');

    const line = original.split('\n').findIndex((l) => l.includes('"pattern": "resources"')) + 1;
    writeFileSync(join(deck, 'knowledge.json'), original.replace('"en": "Crowdfunding"', '"en": "Crowd money"').replace('"pattern": "resources"', '"pattern": "resorces"'));
    const broken = await stream.next((s) => !s.ok);
    expect(broken.goodRevision).toBe(2);
    expect(broken.problems).toEqual([expect.objectContaining({ file: 'knowledge.json', line, column: 18, severity: 'error' })]);
    expect(broken.problems[0].message).toMatch(/did you mean "resources"/);
    // The table and the gallery still get the last good deck.
    expect((await served()).files['knowledge.json'].knowledge![0].name.en).toBe('Crowd money');

    writeFileSync(join(deck, 'knowledge.json'), original);
    const mended = await stream.next((s) => s.ok);
    expect(mended.goodRevision).toBe(3);
    expect((await served()).files['knowledge.json'].knowledge![0].name.en).toBe('Crowdfunding');
    await stream.close();
  });

  it('serves the client pages, and the table client for its own addresses', async () => {
    const cards = await fetch(`${dev.url}/cards.html`);
    expect(cards.status).toBe(200);
    expect(cards.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${dev.url}/../../etc/passwd`)).status).not.toBe(200);
    expect((await fetch(`${dev.url}/api/deck-dev`)).headers.get('content-type')).toBe('application/json');
  });
});
