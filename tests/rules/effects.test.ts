/** Every effect of the effect language (docs/effects.md), run on a real table. */
import { describe, expect, it } from 'vitest';
import { PATTERN_IDS, type Effect, type PatternId } from '../../src/content/schema.ts';
import { holds, runEffects } from '../../src/rules/effects.ts';
import { ruleValue } from '../../src/rules/rule-values.ts';
import { table } from '../helpers/table.ts';

function run(t: ReturnType<typeof table>, ...effects: Effect[]) {
  runEffects(t.content, t.state, effects, 'test');
}
const flat = (t: ReturnType<typeof table>, level: number) => {
  t.state.pressure = Object.fromEntries(PATTERN_IDS.map((p) => [p, level])) as Record<PatternId, number>;
};

describe('effects', () => {
  it('addPressure and removePressure on named, current, most and least pressured places', () => {
    const t = table();
    flat(t, 1);
    run(t, { type: 'addPressure', place: 'dreaming', amount: 1 });
    expect(t.state.pressure.dreaming).toBe(2);
    run(t, { type: 'addPressure', place: 'mostPressured', amount: 1 });
    expect(t.state.pressure.dreaming).toBe(3);
    run(t, { type: 'removePressure', place: 'leastPressured', amount: 1 });
    expect(t.state.pressure.resources).toBe(0);
    t.state.players[0].place = 'making';
    run(t, { type: 'removePressure', place: 'current', amount: 5 });
    expect(t.state.pressure.making).toBe(0);
    run(t, { type: 'removePressure', place: 'all', amount: 9 });
    expect(Object.values(t.state.pressure)).toEqual(Array(8).fill(0));
    run(t, { type: 'addPressure', place: 'random', amount: 1 });
    expect(Object.values(t.state.pressure).reduce((a, b) => a + b)).toBe(1);
  });

  it('gainTrust stops at trustMax; loseTrust at zero', () => {
    const t = table();
    t.state.trust = 7;
    run(t, { type: 'gainTrust', amount: 5 });
    expect(t.state.trust).toBe(ruleValue(t.content, t.state, 'trustMax'));
    run(t, { type: 'loseTrust', amount: 9 });
    expect(t.state.trust).toBe(0);
  });

  it('drawKnowledge and discardKnowledge for the current player or everyone', () => {
    const t = table({ players: 3 });
    const sizes = () => t.state.players.map((p) => p.hand.length);
    const before = sizes();
    run(t, { type: 'drawKnowledge', who: 'current', amount: 2 });
    expect(sizes()).toEqual([before[0] + 2, before[1], before[2]]);
    run(t, { type: 'drawKnowledge', who: 'all', amount: 1 });
    expect(sizes()).toEqual([before[0] + 3, before[1] + 1, before[2] + 1]);
    const discard = t.state.knowledge.discard.length;
    run(t, { type: 'discardKnowledge', who: 'all', amount: 1 });
    expect(sizes()).toEqual([before[0] + 2, before[1], before[2]]);
    expect(t.state.knowledge.discard.length).toBe(discard + 3);
  });

  it('moveTo moves the current player or everyone', () => {
    const t = table({ players: 3 });
    run(t, { type: 'moveTo', who: 'current', place: 'transformation' });
    expect(t.state.players.map((p) => p.place)[0]).toBe('transformation');
    run(t, { type: 'moveTo', who: 'all', place: 'open-end' });
    expect(t.state.players.map((p) => p.place)).toEqual(['open-end', 'open-end', 'open-end']);
  });

  it('raiseRate and lowerRate move along the rate track and stop at its ends', () => {
    const t = table();
    const track = t.content.scenarios.get('standard')!.start.rateTrack;
    run(t, { type: 'raiseRate', amount: 1 });
    expect(t.state.rateStep).toBe(1);
    run(t, { type: 'raiseRate', amount: 9 });
    expect(t.state.rateStep).toBe(track.length - 1);
    run(t, { type: 'lowerRate', amount: 9 });
    expect(t.state.rateStep).toBe(0);
  });

  it('advanceCrisis can lose the game; easeCrisis never goes below zero', () => {
    const t = table();
    run(t, { type: 'easeCrisis', amount: 2 });
    expect(t.state.crisis).toBe(0);
    run(t, { type: 'advanceCrisis', amount: 2 });
    expect(t.state.crisis).toBe(2);
    run(t, { type: 'advanceCrisis', amount: 9 });
    expect(t.state.outcome).toEqual({ result: 'lost', reason: 'crisis' });
  });

  it('adjustRule changes a rule for everyone, or for one pattern', () => {
    const t = table();
    run(t, { type: 'adjustRule', rule: 'careAmount', by: 1 });
    expect(ruleValue(t.content, t.state, 'careAmount', null, 'making')).toBe(2);
    run(t, { type: 'adjustRule', rule: 'applyDiscount', by: 1, pattern: 'making' });
    expect(ruleValue(t.content, t.state, 'applyDiscount', null, 'making')).toBe(1);
    expect(ruleValue(t.content, t.state, 'applyDiscount', null, 'dreaming')).toBe(0);
  });

  it('reflect pauses with the next prompt, or a named one', () => {
    const t = table();
    run(t, { type: 'reflect' });
    expect(t.content.prompts.has(t.state.reflection!.prompt)).toBe(true);
    const named = [...t.content.prompts.keys()][0];
    run(t, { type: 'reflect', prompt: named });
    expect(t.state.reflection!.prompt).toBe(named);
  });

  it('if runs then or else by its condition, and conditions combine', () => {
    const t = table();
    flat(t, 0);
    t.state.trust = 3;
    const cond = { type: 'all' as const, conditions: [{ type: 'trustAtLeast' as const, amount: 3 }, { type: 'not' as const, condition: { type: 'crisisAtLeast' as const, amount: 1 } }] };
    expect(holds(t.content, t.state, cond)).toBe(true);
    run(t, { type: 'if', condition: cond, then: [{ type: 'addPressure', place: 'making', amount: 1 }], else: [{ type: 'addPressure', place: 'dreaming', amount: 1 }] });
    expect(t.state.pressure.making).toBe(1);
    run(t, { type: 'if', condition: { type: 'pressureAtLeast', place: 'making', amount: 2 }, then: [{ type: 'gainTrust', amount: 1 }], else: [{ type: 'addPressure', place: 'dreaming', amount: 1 }] });
    expect(t.state.pressure.dreaming).toBe(1);
    expect(holds(t.content, t.state, { type: 'any', conditions: [{ type: 'commonsAtLeast', amount: 1 }, { type: 'hasTransformation', transformation: 'x' }] })).toBe(false);
    expect(holds(t.content, t.state, { type: 'pressureAtLeast', place: 'all', amount: 0 })).toBe(true);
  });

  it('stops running effects once the game is lost', () => {
    const t = table();
    run(t, { type: 'advanceCrisis', amount: 9 }, { type: 'gainTrust', amount: 1 });
    const trust = t.state.trust;
    expect(t.state.outcome?.result).toBe('lost');
    run(t, { type: 'gainTrust', amount: 1 });
    expect(t.state.trust).toBe(trust);
  });
});
