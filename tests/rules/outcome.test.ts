/** Winning and losing together (docs/rules.md, "The end"). */
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/content.ts';
import type { PatternId } from '../../src/content/schema.ts';
import { applyCost, play, setup } from '../../src/rules/index.ts';
import { addPressure } from '../../src/rules/pressure.ts';
import { giveCards, table } from '../helpers/table.ts';

/** Meets every need of a case but one; returns the pattern of the last need. */
function nearlyDone(t: ReturnType<typeof table>, caseIndex: number): PatternId {
  const c = t.state.cases[caseIndex];
  const needs = t.content.cases.get(c.id)!.needs;
  const entries = Object.entries(needs) as [PatternId, number][];
  for (const [p, n] of entries) c.met[p] = n;
  const last = entries.at(-1)![0];
  c.met[last]! -= 1;
  c.contributors = [0, 1];
  return last;
}

function meetLast(t: ReturnType<typeof table>, caseIndex: number, pattern: PatternId) {
  t.state.players[0].place = pattern;
  giveCards(t, 0, pattern, applyCost(t.content, t.state, 0, pattern));
  t.state.turn.actionsLeft = 4;
  t.as(0).play({ type: 'apply', case: t.state.cases[caseIndex].id });
}

describe('the end of the game', () => {
  it('is won when every player’s case is a commons', () => {
    const t = table({ players: 2 });
    const first = nearlyDone(t, 0);
    meetLast(t, 0, first);
    expect(t.state.outcome).toBeNull();
    const second = nearlyDone(t, 1);
    meetLast(t, 1, second);
    expect(t.state.outcome).toEqual({ result: 'won', reason: 'allCases' });
    expect(t.state.turn.stage).toBe('over');
    expect(t.as(0).moves()).toEqual([]);
  });

  it('is won at the scenario’s target of commons', () => {
    const raw = structuredClone(table().content.raw);
    raw.scenarios.scenarios.find((s) => s.id === 'standard')!.target = { commons: 1 };
    const c = compileContent(raw);
    const state = setup(c, { scenario: 'standard', players: 3, seed: 'target' });
    const t = { ...table({ players: 3, seed: 'target' }), content: c, state };
    const last = nearlyDone(t as never, 0);
    state.players[0].place = last;
    giveCards(t as never, 0, last, applyCost(c, state, 0, last));
    expect(play(c, state, 0, { type: 'apply', case: state.cases[0].id })).toBeNull();
    expect(state.outcome).toEqual({ result: 'won', reason: 'target' });
  });

  it('is lost when the crisis track is full', () => {
    const t = table();
    const limit = t.content.scenarios.get('standard')!.start.crisisLimit;
    t.state.crisis = limit - 1;
    t.state.pressure.identity = 3;
    addPressure(t.content, t.state, 'identity', 1);
    expect(t.state.outcome).toEqual({ result: 'lost', reason: 'crisis' });
  });
});
