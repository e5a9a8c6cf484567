/**
 * The deck, loaded once for the whole page and only when a page needs it (or is about to): the
 * join and start pages render without it, so a person opening a join link sees the form while
 * the deck and the table's code arrive behind it (app/pages.ts starts both early).
 */
import { useEffect, useState } from 'react';
import type { Content } from '../../content/content.ts';

let loading: Promise<Content> | undefined;
let loaded: Content | undefined;

/**
 * The server's deck files (GET /api/content), or undefined where there is no server to ask (the
 * Vite dev server, a hot-seat table offline). Asked from here, beside the compiler's chunk, not
 * from inside it: on a slow line the chunk would arrive first and only then send the request.
 */
async function askDeckFiles(): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetch('/api/content', { headers: { accept: 'application/json' } });
    return res.ok ? ((await res.json()) as { files?: Record<string, unknown> }).files : undefined;
  } catch {
    return undefined;
  }
}

/** Starts loading the deck if nobody has yet; every caller shares the one request. */
export function loadDeck(): Promise<Content> {
  loading ??= Promise.all([import('../table/content.ts'), askDeckFiles()])
    .then(([m, files]) => m.tableContent(files))
    .then((content) => (loaded = content));
  return loading;
}

export type DeckState = { content: Content; error?: undefined } | { content?: undefined; error?: Error };

export function useDeck(): DeckState {
  const [state, setState] = useState<DeckState>(() => (loaded ? { content: loaded } : {}));
  useEffect(() => {
    if (state.content) return;
    let live = true;
    loadDeck().then(
      (content) => live && setState({ content }),
      (error: Error) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
