/** Pressure, breakdowns and spill-over (docs/rules.md, "Breakdowns"). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PATTERN_IDS, type PatternId } from '../../src/content/schema.ts';
import { addPressure } from '../../src/rules/pressure.ts';
import { flowCardWhere, stackFlow, table } from '../helpers/table.ts';

const zero = () => Object.fromEntries(PATTERN_IDS.map((p) => [p, 0])) as Record<PatternId, number>;

describe('breakdowns', () => {
  it('a place pushed past 3 breaks down: crisis +1, trust −1, one pressure to each neighbour', () => {
    const t = table();
    t.state.pressure = zero();
    t.state.pressure.making = 3;
    t.state.trust = 4;
    addPressure(t.content, t.state, 'making', 1);
    expect(t.state.pressure.making).toBe(3);
    expect(t.state.crisis).toBe(1);
    expect(t.state.trust).toBe(3);
    for (const n of t.content.places.making.neighbours) expect(t.state.pressure[n]).toBe(1);
    expect(t.state.stats.breakdowns).toEqual([{ round: 1, place: 'making' }]);
  });

  it('cascades through full neighbours, each place breaking down once', () => {
    const t = table();
    t.state.pressure = Object.fromEntries(PATTERN_IDS.map((p) => [p, 3])) as Record<PatternId, number>;
    addPressure(t.content, t.state, 'resources', 1);
    // Every place is full and connected: all eight break down once, or the crisis track fills first.
    const limit = t.content.scenarios.get('standard')!.start.crisisLimit;
    expect(t.state.crisis).toBe(Math.min(8, limit));
    expect(t.state.outcome).toEqual(limit <= 8 ? { result: 'lost', reason: 'crisis' } : null);
  });

  it('any board and any push ends, with pressure within 0–3 and at most one breakdown per place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(...PATTERN_IDS),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (levels, place, amount, spill) => {
          const t = table();
          t.state.pressure = Object.fromEntries(PATTERN_IDS.map((p, i) => [p, levels[i]])) as Record<PatternId, number>;
          t.state.rules.spillAmount = spill;
          addPressure(t.content, t.state, place, amount);
          expect(t.state.crisis).toBeLessThanOrEqual(8);
          expect(new Set(t.state.stats.breakdowns.map((b) => b.place)).size).toBe(t.state.stats.breakdowns.length);
          for (const p of PATTERN_IDS) expect(t.state.pressure[p]).toBeGreaterThanOrEqual(0);
          for (const p of PATTERN_IDS) expect(t.state.pressure[p]).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('one flow card breaks a place down at most once, whatever its effects do: the crash with resources and organisation at 3', () => {
    const t = table({ players: 4 });
    // A wave that pushes both resources and organisation, two neighbours (the shipped "Financial crash").
    const crash = flowCardWhere(t, (c) => {
      const pushed = c.effects.filter((e) => e.type === 'addPressure').map((e) => (e as { place: string }).place);
      return pushed.includes('resources') && pushed.includes('organisation');
    });
    expect(t.content.places.resources.neighbours).toContain('organisation');
    t.state.pressure = zero();
    t.state.pressure.resources = 3;
    t.state.pressure.organisation = 3;
    t.state.trust = 8;
    t.state.rateStep = 0;
    stackFlow(t, crash);
    t.as(0).play({ type: 'endTurn' });
    const places = t.state.stats.breakdowns.map((b) => b.place).sort();
    // Each of the two breaks down once; the spill (1 to each neighbour, all at 0 or 1) breaks nothing else.
    expect(places).toEqual(['organisation', 'resources']);
    expect(t.state.crisis).toBe(2);
    expect(t.state.outcome).toBeNull();
  });
});
