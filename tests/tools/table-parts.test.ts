/**
 * The online table's parts, read from the client's bundle (src/tools/table-parts.ts): what a seat
 * link's page or a table's page fetches ahead, beside the app's first download and not again.
 */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/tools/chunks.ts';
import { tablePage, tableParts } from '../../src/tools/table-parts.ts';

/** A bundle as the build hands it to a plugin: only what the parts are read from. */
function chunk(fileName: string, moduleIds: string[], imports: string[] = [], css: string[] = [], entry?: string) {
  return { type: 'chunk', fileName, name: entry ?? fileName, isEntry: entry !== undefined, moduleIds: moduleIds.map((m) => `/repo/src/client/${m}`), imports, viteMetadata: { importedCss: new Set(css) }, code: '' };
}
function bundleOf(...chunks: ReturnType<typeof chunk>[]): Bundle {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c])) as unknown as Bundle;
}

const BUNDLE = bundleOf(
  chunk('assets/table.js', ['main.tsx', 'app/App.tsx'], ['assets/react.js'], ['assets/table.css'], 'table'),
  chunk('assets/react.js', ['react']),
  chunk('assets/OnlineRoom.js', ['room/OnlineRoom.tsx', 'room/useOnlineClient.ts'], ['assets/react.js', 'assets/names.js'], ['assets/OnlineRoom.css']),
  chunk('assets/names.js', ['content/names.ts']),
  chunk('assets/connect.js', ['table/connect.ts'], ['assets/game.js', 'assets/names.js']),
  chunk('assets/game.js', ['game/game.ts']),
  chunk('assets/Table.js', ['table/Table.tsx'], ['assets/react.js', 'assets/game.js'], ['assets/Table.css', 'assets/table.css']),
  chunk('assets/content.js', ['table/content.ts']),
  chunk('assets/Home.js', ['lobby/Home.tsx'], ['assets/names.js']),
);

describe('the online table’s parts', () => {
  it('are the chunks the room and the table load, less the first download, the room’s first and the deck next', () => {
    const parts = tableParts(BUNDLE, 'table');
    expect(parts.room).toEqual(['/assets/OnlineRoom.js', '/assets/names.js', '/assets/OnlineRoom.css']);
    expect(parts.table).toEqual([...parts.room, '/api/content', '/assets/connect.js', '/assets/Table.js', '/assets/content.js', '/assets/game.js', '/assets/Table.css']);
    // Nothing of the first download (the entry, React, its style sheet), nor another page's (Home).
    for (const url of ['/assets/table.js', '/assets/react.js', '/assets/table.css', '/assets/Home.js']) expect(parts.table).not.toContain(url);
  });

  it('go into a table’s page as low-priority preloads, each as the app will ask for it', () => {
    const page = tablePage('<html><head><title>x</title></head><body><div id="root"></div></body></html>', tableParts(BUNDLE, 'table'));
    expect(page).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/connect.js">');
    expect(page).toContain('<link rel="preload" as="style" fetchpriority="low" crossorigin href="/assets/Table.css">');
    expect(page).toContain('<link rel="preload" as="fetch" fetchpriority="low" crossorigin href="/api/content">');
    expect(page.indexOf('/api/content')).toBeLessThan(page.indexOf('</head>'));
  });

  it('fail the build when a module they name is not in the bundle', () => {
    const { 'assets/connect.js': _connect, ...rest } = BUNDLE as Record<string, unknown>;
    expect(() => tableParts(rest as Bundle, 'table')).toThrow('src/client/table/connect.ts is in no chunk: the table’s parts cannot be fetched ahead (src/tools/table-parts.ts)');
    expect(() => tableParts(BUNDLE, 'nope')).toThrow('the client’s bundle has no entry named nope');
    expect(() => tablePage('<html></html>', tableParts(BUNDLE, 'table'))).toThrow('index.html has no </head>');
  });
});
