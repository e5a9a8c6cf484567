/** The end of a turn: draw, discard down, reveal flow, reflections, days, the next turn. */
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/content/schema.ts';
import { ruleValue } from '../../src/rules/index.ts';
import { finishTurn, flowCardWhere, giveCards, stackFlow, table, type Table } from '../helpers/table.ts';

const isSimplePressure = (c: { kind: string; effects: Effect[] }) =>
  c.kind === 'pressure' && c.effects.length === 1 && c.effects[0].type === 'addPressure' && c.effects[0].amount === 1 && !['all', 'random', 'current', 'mostPressured', 'leastPressured'].includes(c.effects[0].place);

/** Moves the disruption rate to the first step of the scenario's track that reveals at least `n` flow cards; returns that rate. */
function rateAtLeast(t: Table, n: number): number {
  const track = t.content.scenarios.get(t.state.scenario)!.start.rateTrack;
  const step = track.findIndex((rate) => rate >= n);
  if (step < 0) throw new Error(`the rate track of ${t.state.scenario} never reaches ${n}`);
  t.state.rateStep = step;
  return track[step];
}

describe('end of turn', () => {
  it('draws drawPerTurn cards, reveals the rate in flow cards and passes the turn', () => {
    const t = table({ players: 3 });
    const card = flowCardWhere(t, isSimplePressure);
    const place = (t.content.flow.get(card)!.effects[0] as { place: string }).place as keyof typeof t.state.pressure;
    t.state.pressure[place] = 0;
    const rate = rateAtLeast(t, 2);
    stackFlow(t, ...Array<string>(rate).fill(card));
    const hand = t.as(0).hand.length;
    const draw = ruleValue(t.content, t.state, 'drawPerTurn', 0);
    expect(draw).toBeGreaterThan(0);
    t.as(0).play({ type: 'endTurn' });
    expect(t.as(0).hand.length).toBe(hand + draw);
    expect(t.state.pressure[place]).toBe(Math.min(rate, t.content.pressureLimit));
    expect(t.state.turn).toMatchObject({ seat: 1, number: 2, round: 1, stage: 'actions', actionsLeft: ruleValue(t.content, t.state, 'actionsPerTurn', 1) });
  });

  it('asks the player to discard down to the hand limit before the flow', () => {
    const t = table();
    t.state.rules.handLimit = 3;
    // Two over the limit after the draw: the player discards twice.
    t.state.rules.drawPerTurn = 2;
    t.state.players[0].hand = [];
    giveCards(t, 0, 'making', 3);
    const calm = flowCardWhere(t, isSimplePressure);
    stackFlow(t, calm, calm);
    t.as(0).play({ type: 'endTurn' });
    expect(t.state.turn.stage).toBe('discard');
    expect(t.as(0).moves().every((m) => m.type === 'discard')).toBe(true);
    t.as(0).play({ type: 'discard', card: t.as(0).hand[0] });
    expect(t.state.turn.stage).toBe('discard');
    t.as(0).play({ type: 'discard', card: t.as(0).hand[0] });
    expect(t.state.turn.seat).toBe(1);
    expect(t.as(0).hand).toHaveLength(3);
  });

  it('pauses the table for a reflection until the table has talked about it', () => {
    const t = table();
    const reflection = flowCardWhere(t, (c) => c.kind === 'reflection');
    const pressure = flowCardWhere(t, isSimplePressure);
    t.state.rateStep = t.content.scenarios.get('standard')!.start.rateTrack.indexOf(2);
    expect(t.state.rateStep, 'the standard rate track has a step of 2').toBeGreaterThanOrEqual(0);
    stackFlow(t, reflection, pressure);
    t.as(0).play({ type: 'endTurn' });
    expect(t.state.turn.stage).toBe('reflection');
    expect(t.state.reflection?.prompt).toBeTruthy();
    expect(t.as(0).moves()).toEqual([{ type: 'reflect' }]);
    const flowLeft = t.state.turn.flowLeft;
    t.as(0).play({ type: 'reflect' });
    expect(t.state.reflection).toBeNull();
    expect(t.state.turn.seat).toBe(1);
    expect(flowLeft).toBe(1);
  });

  it('a shield from a transformation cancels the next flow card', () => {
    const t = table();
    const card = flowCardWhere(t, isSimplePressure);
    const place = (t.content.flow.get(card)!.effects[0] as { place: string }).place as keyof typeof t.state.pressure;
    t.state.pressure[place] = 0;
    t.state.rules.flowShield = 1;
    t.state.rateStep = t.content.scenarios.get('standard')!.start.rateTrack.indexOf(2);
    expect(t.state.rateStep, 'the standard rate track has a step of 2').toBeGreaterThanOrEqual(0);
    stackFlow(t, card, card);
    t.as(0).play({ type: 'endTurn' });
    expect(t.state.pressure[place]).toBe(1);
    expect(t.state.rules.flowShield).toBe(0);
  });

  it('ends a day when the flow deck runs out, and loses when the bootcamp is over', () => {
    const t = table();
    const days = t.content.scenarios.get('standard')!.start.days;
    t.state.flow.discard.push(...t.state.flow.deck);
    t.state.flow.deck = [];
    t.state.pressure = Object.fromEntries(Object.keys(t.state.pressure).map((p) => [p, 0])) as typeof t.state.pressure;
    finishTurn(t);
    expect(t.state.day).toBe(2);
    t.state.day = days;
    t.state.flow.discard.push(...t.state.flow.deck);
    t.state.flow.deck = [];
    finishTurn(t);
    expect(t.state.outcome).toEqual({ result: 'lost', reason: 'bootcampOver' });
    expect(t.current().moves()).toEqual([]);
  });
});
