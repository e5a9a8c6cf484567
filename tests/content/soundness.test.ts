/**
 * The checker's promise to the engine: a deck it passes can be set up and played for every
 * player count each scenario claims, without a crash. fast-check mutates the shipped deck
 * (a value swapped for a plausible wrong one, a field or an item removed or doubled); the
 * checker must never throw, and whenever it says "playable", the engine must agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/content/check.ts';
import { compileContent } from '../../src/content/content.ts';
import { DEFAULT_CONTENT_DIR, readContentFiles } from '../../src/content/load.ts';
import type { RawContent } from '../../src/content/schema.ts';
import { legalMoves, play, setup } from '../../src/rules/index.ts';

const shipped = readContentFiles(DEFAULT_CONTENT_DIR);
const parsed = Object.fromEntries(Object.entries(shipped).map(([k, v]) => [k, JSON.parse(v)])) as Record<string, unknown>;

/** Every path into a JSON value, parents before children. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
const PATHS = Object.fromEntries(Object.entries(parsed).map(([f, v]) => [f, paths(v).filter((p) => p.length > 0)]));
const FILES = Object.keys(PATHS);

const wrongValue = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 6, 7, 9, 13, -1, 2.5, '', ' ', 'x', 'all', 'current', 'making', 'open-end', 'core', 'artists', 'raiseRate', 'reflect', null, true, [], {}),
  fc.constantFrom('crowdfunding', 'repair-cafe', 'shared-workshop', 'bookkeeper', 'what-surprised', 'intro', 'actionsPerTurn', 'flowShield', 'trustMax'),
  fc.constantFrom({ nl: 'x', en: 'y' }, ['core'], [1], { making: 1 }, { type: 'moveTo', who: 'all', place: 'random' }, { type: 'reflect' }),
);

type Mutation = { file: string; pick: number; kind: 'set' | 'delete' | 'double'; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  file: fc.constantFrom(...FILES),
  pick: fc.nat(),
  kind: fc.constantFrom('set', 'set', 'delete', 'double'),
  value: wrongValue,
});

function mutate(ms: Mutation[]): Record<string, unknown> {
  const files = structuredClone(parsed);
  for (const m of ms) {
    const list = PATHS[m.file];
    const path = list[m.pick % list.length];
    let parent = files[m.file] as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) {
      parent = parent?.[k] as Record<string | number, unknown>;
      if (!parent || typeof parent !== 'object') return files;
    }
    const key = path[path.length - 1];
    if (m.kind === 'set') parent[key] = structuredClone(m.value);
    else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
  }
  return files;
}

/** Plays up to `moves` legal moves, always the one `choose` points at. */
function playSome(raw: RawContent, choose: number[]): void {
  const content = compileContent(raw);
  for (const s of content.scenarios.values()) {
    for (const players of new Set([s.players.min, s.players.max])) {
      const state = setup(content, { scenario: s.id, players, seed: `sound-${players}` });
      for (let i = 0; i < 300 && !state.outcome; i++) {
        const moves = legalMoves(content, state, state.turn.seat);
        expect(moves.length, `no legal move in ${s.id} with ${players} players`).toBeGreaterThan(0);
        const move = moves[choose[i % choose.length] % moves.length];
        expect(play(content, state, state.turn.seat, move)).toBeNull();
      }
    }
  }
}

describe('a deck the checker passes', () => {
  it('sets up and plays for every claimed player count, and the checker never throws', () => {
    let playable = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (ms, choose) => {
        const result = checkDeck(mutate(ms));
        for (const p of result.problems) expect(p.line >= 1 && p.column >= 1).toBe(true);
        if (!result.ok) return;
        playable += 1;
        playSome(result.raw as RawContent, choose);
      }),
      { numRuns: 120, seed: 20250501 },
    );
    // The mutations must also produce decks the checker passes, or this proves nothing.
    expect(playable).toBeGreaterThan(10);
  });
});
