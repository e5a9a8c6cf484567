/** Addresses people send each other open the right page, and odd ones never crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hotseatPath, parseRoute } from '../../src/client/app/route.ts';
import { chooseLanguage } from '../../src/client/i18n/index.ts';

describe('addresses', () => {
  it('reads join, watch and table links', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'home' });
    expect(parseRoute('/join/ABCDEF', '')).toEqual({ page: 'join', code: 'ABCDEF' });
    expect(parseRoute('/watch/ABCDEF/', '')).toEqual({ page: 'watch', code: 'ABCDEF' });
    expect(parseRoute('/table/m-123', '')).toEqual({ page: 'table', matchID: 'm-123' });
    expect(parseRoute('/nowhere', '')).toEqual({ page: 'notFound', path: '/nowhere' });
  });

  it('keeps a hot-seat table’s set-up in its address', () => {
    const path = hotseatPath({ matchID: 'abc', scenario: 'intro', players: 3, seed: 's1', names: ['Ana', 'Bo, Jr', ''], bots: [2] });
    const url = new URL(path, 'http://x');
    expect(parseRoute(url.pathname, url.search)).toEqual({ page: 'hotseat', matchID: 'abc', scenario: 'intro', players: 3, seed: 's1', names: ['Ana', 'Bo  Jr', ''], bots: [2] });
  });

  it('clamps players and drops bot seats that are not at the table', () => {
    const r = parseRoute('/hotseat/x', '?players=99&bots=1,7,-1,a,1');
    expect(r).toMatchObject({ page: 'hotseat', players: 6, bots: [1] });
  });

  it('never throws on any address', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, search) => {
        let route;
        try {
          route = parseRoute(`/${path}`, search);
        } catch (e) {
          // decodeURIComponent of a broken escape is the one thing that may fail; it must not.
          throw new Error(`threw on /${path}?${search}: ${e}`);
        }
        expect(route.page).toBeTypeOf('string');
      }),
    );
  });

  it('carries own initiatives in a hot-seat address, and ignores a broken list', () => {
    const own = [null, { name: 'Wijkkeuken', line: 'A street kitchen.', needs: { resources: 3, making: 2, dreaming: 2 }, transformation: 'commons-fund', offers: ['resources'], learns: ['making'] }] as const;
    const path = hotseatPath({ matchID: 'abc', scenario: 'intro', players: 2, seed: 'abc', names: [], bots: [], own: [...own] as never });
    const url = new URL(path, 'http://x');
    const route = parseRoute(url.pathname, url.search);
    expect(route).toMatchObject({ page: 'hotseat', own });
    expect(parseRoute('/hotseat/abc', '?players=2&own=%5B1,2')).not.toHaveProperty('own');
    expect(parseRoute('/hotseat/abc', '?players=1&own=' + encodeURIComponent(JSON.stringify([{}, {}])))).not.toHaveProperty('own');
  });

  it('carries the roles and cases a hot-seat table chose, and ignores a list that does not fit the table', () => {
    const path = hotseatPath({ matchID: 'abc', scenario: 'standard', players: 2, seed: 'abc', names: [], bots: [], roles: ['maker', 'connector'], cases: ['time-bank', 'repair-cafe'] });
    const url = new URL(path, 'http://x');
    expect(parseRoute(url.pathname, url.search)).toMatchObject({ page: 'hotseat', roles: ['maker', 'connector'], cases: ['time-bank', 'repair-cafe'] });
    // Random stays the default: a link without them carries none.
    expect(parseRoute('/hotseat/abc', '?players=2')).not.toHaveProperty('roles');
    expect(parseRoute('/hotseat/abc', '?players=3&roles=maker,connector')).not.toHaveProperty('roles');
    expect(parseRoute('/hotseat/abc', '?players=2&cases=time-bank,Repair%20Cafe')).not.toHaveProperty('cases');
  });

  it('chooses the language from the address, then the remembered choice, then the browser', () => {
    expect(chooseLanguage('?lang=en', 'nl', ['nl-NL'])).toBe('en');
    expect(chooseLanguage('', 'en', ['nl-NL'])).toBe('en');
    expect(chooseLanguage('', null, ['en-GB', 'nl'])).toBe('en');
    expect(chooseLanguage('', null, ['de-DE'])).toBe('nl');
  });
});
