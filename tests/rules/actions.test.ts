/** The actions of a turn, as the rulebook tells them (docs/rules.md, "Your turn"). */
import { describe, expect, it } from 'vitest';
import { PATTERN_IDS, type PatternId } from '../../src/content/schema.ts';
import { applyCost, ruleValue, whyNoneOf } from '../../src/rules/index.ts';
import { giveCards, table } from '../helpers/table.ts';

function placeWith(t: ReturnType<typeof table>, seat: number, place: PatternId) {
  t.state.players[seat].place = place;
}

describe('travel', () => {
  it('goes to neighbouring places only, and costs an action', () => {
    const t = table();
    const me = t.as(0);
    const neighbours = t.content.places[me.place].neighbours;
    expect(me.moves('travel').map((m) => (m as { to: string }).to).sort()).toEqual([...neighbours].sort());
    const far = PATTERN_IDS.find((p) => p !== me.place && !neighbours.includes(p))!;
    expect(me.try({ type: 'travel', to: far })).toBe('tooFar');
    expect(me.try({ type: 'travel', to: me.place })).toBe('samePlace');
    me.play({ type: 'travel', to: neighbours[0] });
    expect(me.place).toBe(neighbours[0]);
    expect(t.state.turn.actionsLeft).toBe(3);
  });

  it('reaches two steps with travelRange 2', () => {
    const t = table();
    t.state.rules.travelRange = 2;
    const me = t.as(0);
    const reachable = PATTERN_IDS.filter((p) => p !== me.place && t.content.distance[me.place][p] <= 2);
    expect(me.moves('travel')).toHaveLength(reachable.length);
  });
});

describe('study', () => {
  it('draws from the deck or takes a face-up card, which is replaced', () => {
    const t = table();
    const me = t.as(0);
    const before = me.hand.length;
    const deck = t.state.knowledge.deck.length;
    // A study from the deck draws studyDraw cards (one, or more with a role such as the researcher's).
    const draw = ruleValue(t.content, t.state, 'studyDraw', 0);
    me.play({ type: 'study', from: 'deck' });
    expect(me.hand.length).toBe(before + draw);
    expect(t.state.knowledge.deck.length).toBe(deck - draw);
    const faceUp = t.state.knowledge.faceUp[0];
    const shown = t.state.knowledge.faceUp.length;
    me.play({ type: 'study', from: faceUp });
    expect(me.hand).toContain(faceUp);
    expect(t.state.knowledge.faceUp).not.toContain(faceUp);
    // Replaced: as many face up as before (the scenario's three, or more with a role's rule).
    expect(t.state.knowledge.faceUp).toHaveLength(shown);
    expect(me.try({ type: 'study', from: 'not-a-card#1' })).toBe('notFaceUp');
  });
});

describe('share and teach', () => {
  it('gives a card to a player at the same place', () => {
    const t = table();
    const [me, you] = [t.as(0), t.as(1)];
    const card = me.hand[0];
    placeWith(t, 1, 'making');
    placeWith(t, 0, 'making');
    me.play({ type: 'share', card, to: 1 });
    expect(me.hand).not.toContain(card);
    expect(you.hand).toContain(card);
  });

  it('refuses to share with a player elsewhere', () => {
    const t = table();
    placeWith(t, 0, 'making');
    placeWith(t, 1, 'dreaming');
    expect(t.as(0).try({ type: 'share', card: t.as(0).hand[0], to: 1 })).toBe('notAtSamePlace');
    expect(t.as(0).moves('share')).toEqual([]);
  });

  it('teaches a copy of a card of the place for free; the teacher keeps it and the copy is a learned card', () => {
    const t = table({ roles: ['connector', 'organiser'] });
    placeWith(t, 0, 'making');
    placeWith(t, 1, 'making');
    t.state.players[1].hand = [];
    const [card] = giveCards(t, 0, 'making', 1);
    const trust = t.state.trust;
    t.as(0).play({ type: 'teach', card, to: 1 });
    expect(t.as(0).hand).toContain(card);
    const copy = t.as(1).hand.at(-1)!;
    expect(copy.split('#')[0]).toBe(card.split('#')[0]);
    expect(copy).not.toBe(card);
    expect(ruleValue(t.content, t.state, 'teachCost', 0, 'making')).toBe(0);
    // The connector's ability: every teach earns the pool trust.
    expect(t.state.trust).toBe(Math.min(trust + ruleValue(t.content, t.state, 'teachTrust', 0, 'making'), ruleValue(t.content, t.state, 'trustMax')));
    expect(t.state.stats.taught['0>1']).toBe(1);
    // Nobody is taught a card they already hold.
    expect(t.as(0).try({ type: 'teach', card, to: 1 })).toBe('alreadyKnows');
  });

  it('does not teach a card of another pattern than the place, unless you coach that pattern; a coach earns trust by it', () => {
    const t = table({ roles: ['maker', 'organiser'] });
    expect(t.content.roles.get('maker')!.pattern).toBe('making');
    placeWith(t, 0, 'dreaming');
    placeWith(t, 1, 'dreaming');
    t.state.players[1].hand = [];
    const [making] = giveCards(t, 0, 'making', 1);
    const [resources] = giveCards(t, 0, 'resources', 1);
    expect(t.as(0).try({ type: 'teach', card: resources, to: 1 })).toBe('wrongPatternHere');
    t.state.trust = 2;
    t.as(0).play({ type: 'teach', card: making, to: 1 });
    expect(t.state.trust).toBe(2 + ruleValue(t.content, t.state, 'coachTrust', 0, 'making'));
  });

  it('a learned copy counts learnedWorth cards toward a need, and leaves the game when spent', () => {
    const t = table({ roles: ['connector', 'organiser'] });
    const c = t.state.cases[1];
    const pattern = Object.keys(t.content.cases.get(c.id)!.needs)[0] as PatternId;
    placeWith(t, 0, pattern);
    placeWith(t, 1, pattern);
    t.state.players[1].hand = [];
    const cost = applyCost(t.content, t.state, 1, pattern);
    const worth = ruleValue(t.content, t.state, 'learnedWorth', 1, pattern);
    expect(worth).toBeGreaterThan(1);
    const taught = giveCards(t, 0, pattern, cost);
    for (const card of taught.slice(0, Math.ceil(cost / worth))) t.as(0).play({ type: 'teach', card, to: 1 });
    const copies = [...t.as(1).hand];
    expect(whyNoneOf(t.content, t.state, 1, 'apply')).not.toBe('notEnoughCards');
    t.state.turn.seat = 1;
    t.state.turn.actionsLeft = 1;
    t.as(1).play({ type: 'apply', case: c.id });
    expect(c.met[pattern]).toBe(1);
    for (const copy of copies) expect(t.state.knowledge.discard).not.toContain(copy);
  });
});

describe('apply and co-create', () => {
  function caseNeeding(t: ReturnType<typeof table>) {
    const c = t.state.cases[0];
    const needs = t.content.cases.get(c.id)!.needs;
    const pattern = Object.keys(needs)[0] as PatternId;
    return { c, pattern };
  }

  it('spends the cards a need costs (applyCost, in the pattern of the place) to meet one need of a case', () => {
    const t = table();
    const { c, pattern } = caseNeeding(t);
    placeWith(t, 0, pattern);
    t.state.players[0].hand = [];
    const cost = applyCost(t.content, t.state, 0, pattern);
    expect(cost).toBeGreaterThan(1);
    const cards = giveCards(t, 0, pattern, cost - 1);
    expect(t.as(0).try({ type: 'apply', case: c.id })).toBe('notEnoughCards');
    cards.push(...giveCards(t, 0, pattern, 1));
    t.as(0).play({ type: 'apply', case: c.id });
    expect(t.state.players[0].hand).toEqual([]);
    expect(c.met[pattern]).toBe(1);
    expect(c.contributors).toEqual([0]);
    expect(t.state.knowledge.discard).toEqual(expect.arrayContaining(cards));
  });

  it('applies only where a need of the place is open', () => {
    const t = table();
    const { c } = caseNeeding(t);
    const needs = t.content.cases.get(c.id)!.needs;
    const elsewhere = PATTERN_IDS.find((p) => !needs[p])!;
    placeWith(t, 0, elsewhere);
    giveCards(t, 0, elsewhere, 2);
    expect(t.as(0).try({ type: 'apply', case: c.id })).toBe('noOpenNeedHere');
  });

  it('says why no Apply is possible with the true reason: too few cards, even when the first case needs nothing here', () => {
    const t = table();
    const [first, second] = t.state.cases;
    const needsFirst = t.content.cases.get(first.id)!.needs;
    const needsSecond = t.content.cases.get(second.id)!.needs;
    const pattern = (Object.keys(needsSecond) as PatternId[]).find((p) => !needsFirst[p]);
    expect(pattern, 'the two cases of this seed differ in some pattern').toBeDefined();
    placeWith(t, 0, pattern!);
    t.state.players[0].hand = [];
    giveCards(t, 0, pattern!, applyCost(t.content, t.state, 0, pattern!) - 1);
    expect(t.as(0).whyNot({ type: 'apply', case: first.id })).toBe('noOpenNeedHere');
    expect(whyNoneOf(t.content, t.state, 0, 'apply')).toBe('notEnoughCards');
  });

  it('co-creates with a partner at the same place, pooling the cost (one card from the actor here), and earns trust', () => {
    const t = table();
    const { c, pattern } = caseNeeding(t);
    placeWith(t, 0, pattern);
    placeWith(t, 1, pattern);
    t.state.players[0].hand = [];
    t.state.players[1].hand = [];
    giveCards(t, 0, pattern, 1);
    giveCards(t, 1, pattern, applyCost(t.content, t.state, 0, pattern) - 1);
    t.state.trust = 2;
    t.as(0).play({ type: 'coCreate', case: c.id, partner: 1 });
    expect(c.met[pattern]).toBe(1);
    expect(c.contributors).toEqual([0, 1]);
    expect(t.state.players[0].hand).toEqual([]);
    expect(t.state.players[1].hand).toEqual([]);
    expect(t.state.trust).toBe(3);
  });

  it('lets nobody finish a case alone, and a finished case becomes a commons', () => {
    const t = table();
    const c = t.state.cases[0];
    const needs = t.content.cases.get(c.id)!.needs;
    const patterns = Object.entries(needs).flatMap(([p, n]) => Array(n).fill(p)) as PatternId[];
    // Seat 0 meets every need but the last alone.
    for (const p of patterns.slice(0, -1)) {
      placeWith(t, 0, p);
      giveCards(t, 0, p, applyCost(t.content, t.state, 0, p));
      t.state.turn.actionsLeft = 4;
      t.as(0).play({ type: 'apply', case: c.id });
    }
    const last = patterns.at(-1)!;
    placeWith(t, 0, last);
    giveCards(t, 0, last, applyCost(t.content, t.state, 0, last));
    expect(t.as(0).try({ type: 'apply', case: c.id })).toBe('finishTogether');
    // With a partner the last need is met and the case is done.
    placeWith(t, 1, last);
    giveCards(t, 1, last, 1);
    t.as(0).play({ type: 'coCreate', case: c.id, partner: 1 });
    expect(c.done).toBe(true);
    expect(t.state.commons).toEqual([c.id]);
    expect(t.state.transformations).toContain(t.content.cases.get(c.id)!.transformation);
  });
});

describe('care and trust', () => {
  it('care lowers pressure where you stand', () => {
    const t = table();
    placeWith(t, 0, 'identity');
    t.state.pressure.identity = 2;
    t.as(0).play({ type: 'care' });
    expect(t.state.pressure.identity).toBe(1);
    t.state.pressure.identity = 0;
    expect(t.as(0).try({ type: 'care' })).toBe('noPressure');
  });

  it('spending trust buys one extra action a turn', () => {
    const t = table();
    t.state.trust = 3;
    t.as(0).play({ type: 'spendTrust' });
    expect(t.state.turn.actionsLeft).toBe(5);
    expect(t.state.trust).toBe(2);
    expect(t.as(0).try({ type: 'spendTrust' })).toBe('noTrustActionsLeft');
  });
});

describe('turns', () => {
  it('only the player whose turn it is may act, and not past their actions', () => {
    const t = table();
    expect(t.as(1).moves()).toEqual([]);
    expect(t.as(1).try({ type: 'care' })).toBe('notYourTurn');
    t.state.turn.actionsLeft = 0;
    t.state.trust = 0;
    expect(t.as(0).moves().map((m) => m.type)).toEqual(['endTurn']);
  });

  it('refuses malformed moves without changing anything', () => {
    const t = table();
    const before = JSON.stringify(t.state);
    expect(t.as(0).try({ type: 'fly' } as never)).toBe('badArguments');
    expect(t.as(0).try(null as never)).toBe('badArguments');
    expect(t.as(0).try({ type: 'travel', to: 'moon' } as never)).toBe('unknownPlace');
    expect(t.as(0).try({ type: 'share', card: 42, to: 1 } as never)).toBe('badArguments');
    expect(t.as(0).try({ type: 'coCreate', case: 'x', partner: 'y' } as never)).toBe('unknownPlayer');
    expect(JSON.stringify(t.state)).toBe(before);
  });
});
