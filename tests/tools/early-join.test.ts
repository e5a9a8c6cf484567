/**
 * The join pages with their form in the HTML (src/tools/early-join.ts): the app's words in
 * each language, the page's script after the form, and a clear error for an index.html the
 * form cannot go into.
 */
import { describe, expect, it } from 'vitest';
import { EARLY_JOIN_SCRIPT, earlyJoinPage } from '../../src/tools/early-join.ts';
import { fetchAheadScript, type TableParts } from '../../src/tools/table-parts.ts';

const INDEX = '<!doctype html>\n<html lang="nl">\n<head><title>School of Commons</title><script type="module" src="/assets/table.js"></script><link rel="stylesheet" href="/assets/table.css"></head>\n<body>\n<div id="root"></div>\n</body>\n</html>';
const PARTS: TableParts = { room: ['/assets/OnlineRoom.js'], table: ['/assets/OnlineRoom.js', '/api/content', '/assets/Table.js'] };

describe('the early join pages', () => {
  it('hold the join form in the words of each language, and the script that carries it', () => {
    const en = earlyJoinPage(INDEX, 'en', PARTS);
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('data-title="Joining table {{code}}"');
    expect(en).toContain('<label for="early-join-name">Your name</label>');
    expect(en).toContain('<button type="submit" class="soc-button soc-button--primary">Join</button>');
    // The header's language choices in the app's order, this page's checked.
    expect(en.indexOf('value="nl"')).toBeLessThan(en.indexOf('value="en"'));
    expect(en).toContain('<input type="radio" name="soc-lang" value="en" checked>');
    // The script comes after the form it looks for, and before the app's module runs.
    expect(en.indexOf(`<script>${EARLY_JOIN_SCRIPT}</script>`)).toBeGreaterThan(en.indexOf('data-form="join-early"'));
    // The script that fetches the table ahead is at the top of the head, before the style sheets
    // (which would hold it back), and names the table's parts.
    const ahead = en.indexOf(`<script>${fetchAheadScript(PARTS)}</script>`);
    expect(ahead).toBeGreaterThan(en.indexOf('</title>'));
    expect(ahead).toBeLessThan(en.indexOf('<link rel="stylesheet"'));
    expect(fetchAheadScript(PARTS)).toContain('"href":"/api/content","rel":"preload","as":"fetch"');
    const nl = earlyJoinPage(INDEX, 'nl', PARTS);
    expect(nl).toContain('data-title="Aanschuiven aan tafel {{code}}"');
    expect(nl).toContain('>Je naam</label>');
    expect(nl).toContain('>Aanschuiven</button>');
  });

  it('refuses an index.html without the app’s root', () => {
    expect(() => earlyJoinPage('<html lang="nl"><body></body></html>', 'en', PARTS)).toThrow('index.html has no <div id="root"></div> to put the join form in');
    expect(() => earlyJoinPage('<html lang="nl"><body><div id="root"></div></body></html>', 'en', PARTS)).toThrow('index.html has no <title> to put the script that fetches the table ahead after');
  });
});
