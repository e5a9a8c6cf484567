/**
 * Where the designer pages get their deck. Served by the lobby server (or by deck:pdf), they
 * read GET /api/content, so a custom deck (CONTENT_DIR) shows. Otherwise, as on the Vite dev
 * server, they use the shipped files, imported as text so that problems have the files' own
 * lines, and so that Vite reloads the page when a content file changes.
 * ?source=server or ?source=bundled forces one.
 */
import { checkDeck, sortProblems, type DeckCheck, type Problem } from '../content/check.ts';

const bundledTexts = import.meta.glob('../../game-content/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface LoadedDeck {
  source: 'server' | 'bundled';
  check: DeckCheck;
}

/** The shipped files as file name → text. */
export function bundledFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(bundledTexts).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
}

async function fromServer(): Promise<LoadedDeck> {
  const res = await fetch('/api/content', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/content answered ${res.status}`);
  const body = (await res.json()) as { files?: Record<string, unknown>; problems?: Problem[] };
  if (!body || typeof body.files !== 'object' || body.files === null) throw new Error('GET /api/content answered without files');
  const check = checkDeck(body.files);
  // The server checked the files as they are written, so its lines are the files' own.
  if (Array.isArray(body.problems)) {
    const problems = sortProblems(body.problems);
    return { source: 'server', check: { raw: check.raw, problems, ok: !problems.some((p) => p.severity === 'error') } };
  }
  return { source: 'server', check };
}

export async function loadDeck(search: string): Promise<LoadedDeck> {
  const wanted = new URLSearchParams(search).get('source');
  if (wanted !== 'bundled') {
    try {
      return await fromServer();
    } catch (err) {
      if (wanted === 'server') throw err;
    }
  }
  return { source: 'bundled', check: checkDeck(bundledFiles()) };
}
