/**
 * The join pages with their form in the HTML (src/tools/early-join.ts): the app's words in
 * each language, the page's script after the form, and a clear error for an index.html the
 * form cannot go into.
 */
import { describe, expect, it } from 'vitest';
import { EARLY_JOIN_SCRIPT, earlyJoinPage } from '../../src/tools/early-join.ts';

const INDEX = '<!doctype html>\n<html lang="nl">\n<head><script type="module" src="/assets/table.js"></script></head>\n<body>\n<div id="root"></div>\n</body>\n</html>';

describe('the early join pages', () => {
  it('hold the join form in the words of each language, and the script that carries it', () => {
    const en = earlyJoinPage(INDEX, 'en');
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('data-title="Joining table {{code}}"');
    expect(en).toContain('<label for="early-join-name">Your name</label>');
    expect(en).toContain('<button type="submit" class="soc-button soc-button--primary">Join</button>');
    // The header's language choices in the app's order, this page's checked.
    expect(en.indexOf('value="nl"')).toBeLessThan(en.indexOf('value="en"'));
    expect(en).toContain('<input type="radio" name="soc-lang" value="en" checked>');
    // The script comes after the form it looks for, and before the app's module runs.
    expect(en.indexOf(`<script>${EARLY_JOIN_SCRIPT}</script>`)).toBeGreaterThan(en.indexOf('data-form="join-early"'));
    const nl = earlyJoinPage(INDEX, 'nl');
    expect(nl).toContain('data-title="Aanschuiven aan tafel {{code}}"');
    expect(nl).toContain('>Je naam</label>');
    expect(nl).toContain('>Aanschuiven</button>');
  });

  it('refuses an index.html without the app’s root', () => {
    expect(() => earlyJoinPage('<html lang="nl"><body></body></html>', 'en')).toThrow('index.html has no <div id="root"></div> to put the join form in');
  });
});
