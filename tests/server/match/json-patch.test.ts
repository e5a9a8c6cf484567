/**
 * DELTA_STATE's patches: whatever the two values, applying the patch (with rfc6902, as
 * boardgame.io's client does) to the first gives the second; equal values give no operation;
 * a move's typical change gives a short patch.
 */
import fc from 'fast-check';
import { applyPatch } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import { diff } from '../../../src/server/match/json-patch.ts';

const key = fc.oneof(fc.constantFrom('a', 'b', 'c', 'x/y', 'm~n', '0', ''), fc.string({ maxLength: 4 })).filter((k) => k !== '__proto__');
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 5 }), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
})).value;

function applied(from: unknown, to: unknown): unknown {
  const doc = { root: structuredClone(from) };
  const ops = diff(from, to).map((op) => ({ ...op, path: `/root${op.path}` }));
  const errors = applyPatch(doc, ops as never);
  expect(errors.filter((e) => e !== null)).toEqual([]);
  return doc.root;
}

describe('patches between views of a match', () => {
  it('turn any JSON value into any other', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(applied(a, b)).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('turn a value into a changed copy of itself', () => {
    const board = fc.record({ hands: fc.array(fc.array(fc.string({ maxLength: 3 }), { maxLength: 6 }), { minLength: 4, maxLength: 4 }), track: fc.integer(), log: fc.array(fc.integer(), { maxLength: 10 }) });
    fc.assert(
      fc.property(board, fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 3 }), (a, seat, card) => {
        const b = structuredClone(a);
        b.hands[seat].push(card);
        b.hands[(seat + 1) % 4].pop();
        b.track++;
        b.log.push(b.track);
        expect(applied(a, b)).toEqual(b);
      }),
    );
  });

  it('says nothing about equal values, also when undefined members differ', () => {
    expect(diff({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }], d: undefined })).toEqual([]);
  });

  it('touches only what a move changed', () => {
    const before = { G: { hands: [['k1', 'k2'], ['k3'], [], []], pressure: 2, cases: [{ id: 'repair', open: 3 }] }, ctx: { turn: 4, currentPlayer: '1' }, _stateID: 17 };
    const after = structuredClone(before);
    after.G.hands[1].push('k4');
    after.G.cases[0].open = 2;
    after._stateID = 18;
    expect(diff(before, after)).toEqual([
      { op: 'add', path: '/G/hands/1/1', value: 'k4' },
      { op: 'replace', path: '/G/cases/0/open', value: 2 },
      { op: 'replace', path: '/_stateID', value: 18 },
    ]);
  });
});
