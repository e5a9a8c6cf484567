/**
 * The table page's hints (src/tools/page-hints.ts): the copy of the app's page served for join
 * links, seats and tables names the online table's code and the deck's loader as low-priority
 * module preloads, minus what the first page loads anyway, and the deck as a fetch preload.
 */
import { describe, expect, it } from 'vitest';
import { pageHints, type PageHints } from '../../src/tools/page-hints.ts';

const chunk = (fileName: string, name: string, imports: string[], extra: Record<string, unknown> = {}) => ({ type: 'chunk', fileName, name, imports, code: `/* ${name} */`, isEntry: false, facadeModuleId: null, ...extra });
const PAGE = '<!doctype html><html><head><script type="module" src="/assets/main.js"></script></head><body></body></html>';

function build(bundle: Record<string, unknown>, options: Partial<PageHints> = {}) {
  const plugin = pageHints({ page: 'index.html', out: 'table.html', entry: 'table', chunk: 'OnlineRoom', modules: ['src/client/table/content.ts'], fetches: ['/api/content'], ...options });
  const emitted: { fileName: string; source: string }[] = [];
  const context = {
    emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  (plugin.configResolved as (c: { base: string }) => void)({ base: '/' });
  (plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call(context, {}, bundle);
  return emitted;
}

const bundle = () => ({
  'index.html': { type: 'asset', fileName: 'index.html', source: PAGE },
  'assets/main.js': chunk('assets/main.js', 'table', ['assets/react.js'], { isEntry: true }),
  'assets/react.js': chunk('assets/react.js', 'react', []),
  'assets/OnlineRoom.js': chunk('assets/OnlineRoom.js', 'OnlineRoom', ['assets/react.js', 'assets/Table.js']),
  'assets/Table.js': chunk('assets/Table.js', 'Table', ['assets/react.js']),
  'assets/deck.js': chunk('assets/deck.js', 'content', [], { facadeModuleId: '/work/project/src/client/table/content.ts' }),
  'assets/Rules.js': chunk('assets/Rules.js', 'RulesPage', ['assets/react.js']),
});

describe('the table page', () => {
  it('hints the online table, its imports and the deck, not what the first page loads anyway', () => {
    const [page] = build(bundle());
    expect(page.fileName).toBe('table.html');
    const preloads = [...page.source.matchAll(/<link rel="modulepreload" crossorigin fetchpriority="low" href="([^"]+)">/g)].map((m) => m[1]);
    expect(preloads).toEqual(['/assets/OnlineRoom.js', '/assets/Table.js', '/assets/deck.js']);
    expect(page.source).toContain('<link rel="preload" as="fetch" crossorigin fetchpriority="low" href="/api/content">');
    // The rest of the page is the page: its own script still loads first.
    expect(page.source.indexOf('/assets/main.js')).toBeLessThan(page.source.indexOf('/assets/OnlineRoom.js'));
    expect(page.source.indexOf('</head>')).toBeGreaterThan(page.source.indexOf('/api/content'));
  });

  it('fails the build when what it should hint is not there', () => {
    expect(() => build(bundle(), { chunk: 'Lobby' })).toThrow('page hints: no chunk Lobby in the build');
    expect(() => build(bundle(), { modules: ['src/client/deck.ts'] })).toThrow('page hints: no chunk for src/client/deck.ts');
  });
});
