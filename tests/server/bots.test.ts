/**
 * Bot seats that cannot move: a bot whose move is refused, or whose move fails, tries again
 * a few times (BOT_ATTEMPTS) and then gives up with one error line, instead of looping for
 * ever or falling silent at the first hiccup.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { randomPicker, type BotPicker } from '../../src/server/bots/picker.ts';
import { BOT_ATTEMPTS } from '../../src/server/bots/runner.ts';
import { startServer, until, type TestServer } from './helpers/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function botTable(s: TestServer): Promise<string> {
  const created = await s.api.post('/api/tables', { scenario: 'standard', seats: 2, bots: [0, 1] });
  expect(created.status).toBe(201);
  return created.body.matchID as string;
}

describe('a bot seat that cannot move', () => {
  it('tries BOT_ATTEMPTS times when its move is refused, then gives up', async () => {
    let tries = 0;
    const stubborn: BotPicker = () => {
      tries++;
      return { type: 'travel', to: 'nowhere' } as never;
    };
    server = await startServer({}, { picker: stubborn });
    const matchID = await botTable(server);
    await until('the bot to give up', () => server!.logs().includes('a bot seat gave up'));
    expect(tries).toBe(BOT_ATTEMPTS);
    expect(server.app.bots.pending).toBe(0);
    expect((await server.store.fetch(matchID, { log: true })).log).toEqual([]);
    const refusals = server.logs().split('\n').filter((l) => l.includes('a bot move was refused'));
    expect(refusals.map((l) => JSON.parse(l).attempt)).toEqual([1, 2, 3].slice(0, BOT_ATTEMPTS));
  });

  it('tries again after a failure and plays on when it passes', async () => {
    let failures = 0;
    const flaky: BotPicker = (...args) => {
      if (failures < BOT_ATTEMPTS - 1) {
        failures++;
        throw new Error('a passing hiccup');
      }
      return randomPicker(...args);
    };
    server = await startServer({}, { picker: flaky });
    const matchID = await botTable(server);
    await until('a bot move stored', async () => (await server!.store.fetch(matchID, { log: true })).log.length > 0);
    expect(failures).toBe(BOT_ATTEMPTS - 1);
    expect(server.logs()).not.toContain('a bot seat gave up');
  });
});

describe('a bot seat', () => {
  it('plays the same table the same way again: its chance comes from the match seed, not the clock', async () => {
    const firstMoves = async () => {
      const s = await startServer({}, { picker: randomPicker });
      try {
        const matchID = await botTable(s);
        await until('ten bot moves', async () => (await s.store.fetch(matchID, { log: true })).log.length >= 10);
        return (await s.store.fetch(matchID, { log: true })).log.slice(0, 10).map((entry) => entry.action.payload);
      } finally {
        await s.close();
      }
    };
    // Two servers dealing from the same fixed seeds: the uniform picker leans on chance at every move.
    const [a, b] = [await firstMoves(), await firstMoves()];
    expect(new Set(a.map((p) => p.type)).size).toBeGreaterThan(1);
    expect(b).toEqual(a);
  });
});
