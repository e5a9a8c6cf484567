/**
 * The deck a table plays with. Served by the lobby server, the client takes the server's deck
 * (GET /api/content, asked for by app/deck.ts), so a custom deck (CONTENT_DIR) plays the same on
 * both sides; without a server (the Vite dev server, a hot-seat table offline) it falls back to
 * the shipped deck, imported only then.
 */
import { compileContent, type Content } from '../../content/content.ts';
import { CONTENT_FILE_NAMES } from '../../content/names.ts';
import type { RawContent } from '../../content/schema.ts';

function rawFromFiles(files: Record<string, unknown>): RawContent {
  const raw: Record<string, unknown> = {};
  for (const name of CONTENT_FILE_NAMES) {
    const file = files[`${name}.json`];
    if (!file || typeof file !== 'object') throw new Error(`${name}.json is missing or not JSON`);
    raw[name] = file;
  }
  return raw as unknown as RawContent;
}

/** The deck from the server's files (app/deck.ts asks for them), or the shipped deck without them. */
export async function tableContent(files: Record<string, unknown> | undefined): Promise<Content> {
  // The shipped deck is a chunk of its own, downloaded only when there is no server to ask.
  return compileContent(files ? rawFromFiles(files) : (await import('../../content/bundled.ts')).bundledRaw);
}
