/**
 * Scenarios: can each be set up and played for every player count it claims? Its decks must
 * hold a role and a case per player, the knowledge to deal, a knowledge card for every need
 * of its cases, and a flow deck long enough for its disruption rate.
 */
import { inDecks } from './content.ts';
import { Reporter, type CheckedFiles } from './deck-model.ts';
import { walkEffects } from './semantics-refs.ts';
import { PATTERN_IDS, RULE_NAMES, type Effect, type OwnCaseBudget, type RuleName, type Scenario } from './schema.ts';
import { DEFAULT_RULES } from '../rules/rule-values.ts';

/**
 * Why twice the highest rate: at the top of its track a turn reveals max(rateTrack) flow
 * cards. With fewer than two turns' worth of cards in the deck, a day of the bootcamp would
 * end in the middle of most turns and the days (the game's clock) would race by faster than
 * the players can act. Two full turns at the top rate is the least that keeps a day a day.
 */
const FLOW_TURNS_AT_TOP_RATE = 2;

const count = (cards: { copies?: number }[]) => cards.reduce((n, c) => n + (c.copies ?? 1), 0);

function rules(s: Scenario): Record<RuleName, number> {
  const out = { ...DEFAULT_RULES } as Record<RuleName, number>;
  for (const r of RULE_NAMES) if (s.rules?.[r] !== undefined) out[r] = s.rules[r]!;
  return out;
}

export function checkScenarios({ raw }: CheckedFiles, r: Reporter): void {
  raw.scenarios?.scenarios.forEach((s, i) => checkScenario({ raw } as CheckedFiles, r, s, `/scenarios/${i}`));
}

function checkScenario({ raw }: CheckedFiles, r: Reporter, s: Scenario, at: string): void {
  const name = `scenario "${s.id}"`;
  const { min, max } = s.players;
  if (min > max) {
    r.error('scenarios', `${at}/players/min`, 'bad-players', `${name} is for at least ${min} and at most ${max} players: "min" must not be more than "max"`);
  }
  const most = Math.max(min, max);
  const values = rules(s);

  if (raw.roles) {
    const roles = inDecks(raw.roles.roles, s.decks).length;
    if (roles < most) {
      r.error('scenarios', `${at}/players/max`, 'cannot-set-up', `${name} is for up to ${most} players, but its decks hold only ${roles} role${roles === 1 ? '' : 's'}: every player needs a different role (add roles to its decks or lower players.max)`);
    }
  }
  const cases = raw.cases ? inDecks(raw.cases.cases, s.decks) : undefined;
  if (cases && cases.length < most) {
    r.error('scenarios', `${at}/players/max`, 'cannot-set-up', `${name} is for up to ${most} players, but its decks hold only ${cases.length} case${cases.length === 1 ? '' : 's'}: every player brings a different case (add cases to its decks or lower players.max)`);
  }

  if (raw.knowledge) {
    const knowledge = inDecks(raw.knowledge.knowledge, s.decks);
    const dealt = most * s.start.hand + s.start.faceUp;
    if (count(knowledge) < dealt) {
      r.error('scenarios', `${at}/start/hand`, 'cannot-set-up', `${name} deals ${s.start.hand} knowledge cards to each of up to ${most} players and lays ${s.start.faceUp} face up (${dealt} cards), but its decks hold only ${count(knowledge)} knowledge cards`);
    }
    // A need is met with knowledge of its pattern; without any, the case can never be done.
    if (cases && raw.cases) {
      for (const c of cases) {
        const ci = raw.cases.cases.indexOf(c);
        for (const p of PATTERN_IDS) {
          if (!c.needs[p]) continue;
          const cards = count(knowledge.filter((k) => k.pattern === p));
          if (cards === 0) {
            r.error('cases', `/cases/${ci}/needs/${p}`, 'unmeetable-need', `case "${c.id}" needs "${p}", but ${name} has no "${p}" knowledge cards in its decks, so no card can meet this need`);
          }
        }
      }
    }
  }

  const flow = raw.flow ? inDecks(raw.flow.flow, s.decks) : undefined;
  const track = s.start.rateTrack;
  const top = Math.max(...track);
  if (flow) {
    const cards = count(flow);
    const least = FLOW_TURNS_AT_TOP_RATE * top;
    if (cards < least) {
      r.error('scenarios', `${at}/decks`, 'short-flow-deck', `${name} has ${cards} flow card${cards === 1 ? '' : 's'} in its decks, fewer than twice its highest disruption rate (2 × ${top} = ${least}): a day would end in the middle of a turn; add flow cards or lower the rate track`);
    } else if (cards < most * track[0]) {
      r.warning('scenarios', `${at}/decks`, 'short-flow-deck', `${name} has ${cards} flow cards: at the starting rate (${track[0]}) a day ends before each of ${most} players has had a turn`);
    }
    checkRateTrack(r, s, at, flow.flatMap((f) => f.effects), raw);
    if (raw.prompts && inDecks(raw.prompts.prompts, s.decks).length === 0) {
      const asking = flow.find((f) => {
        let asks = false;
        walkEffects(f.effects, '', (e) => (asks ||= e.type === 'reflect' && e.prompt === undefined));
        return asks;
      });
      if (asking) {
        r.error('scenarios', `${at}/decks`, 'no-prompts', `flow card "${asking.id}" asks for the next reflection prompt, but ${name} has no prompts in its decks`);
      }
    }
  }

  s.start.pressure.forEach((amount, j) => {
    if (raw.board && amount > raw.board.pressureLimit) {
      r.warning('scenarios', `${at}/start/pressure/${j}`, 'out-of-range', `${name} starts a place with ${amount} pressure, above the board's limit of ${raw.board.pressureLimit}; it will start at ${raw.board.pressureLimit}`);
    }
  });
  if (values.actionsPerTurn < 1) {
    r.error('scenarios', `${at}/rules/actionsPerTurn`, 'bad-rule', `${name} gives players 0 actions a turn: nobody could ever act`);
  } else if (raw.roles) {
    // A role's ability may lower its player's actions; down to none, that player only watches.
    raw.roles.roles.forEach((role, ri) => {
      if (!role.decks.some((d) => s.decks.includes(d))) return;
      const j = role.modifiers.findIndex((m) => m.rule === 'actionsPerTurn' && m.pattern === undefined);
      const by = role.modifiers.filter((m) => m.rule === 'actionsPerTurn' && m.pattern === undefined).reduce((n, m) => n + m.by, 0);
      if (j >= 0 && values.actionsPerTurn + by < 1) {
        r.error('roles', `/roles/${ri}/modifiers/${j}/by`, 'bad-rule', `role "${role.id}" leaves its player ${values.actionsPerTurn + by} actions a turn in ${name} (${values.actionsPerTurn} − ${-by}): that player could never act`);
      }
    });
  }
  if (s.start.trust > values.trustMax) {
    r.warning('scenarios', `${at}/start/trust`, 'out-of-range', `${name} starts with ${s.start.trust} trust, more than the pool holds (trustMax ${values.trustMax}); it will start at ${values.trustMax}`);
  }
  checkOwnCase(r, raw, name, s.ownCase, `${at}/ownCase`);
  for (const [size, settings] of Object.entries(s.sizes ?? {})) {
    if (settings?.ownCase) checkOwnCase(r, raw, `${name} at ${size} players`, { ...s.ownCase, ...settings.ownCase }, `${at}/sizes/${size}/ownCase`);
  }
  if (s.target && s.target.commons > most) {
    r.warning('scenarios', `${at}/target/commons`, 'out-of-range', `${name} aims for ${s.target.commons} commons, but with at most ${most} players only ${most} cases are in play: the target is every case`);
  }
}

/**
 * The own-initiative budget must allow at least one initiative: ranges the right way round,
 * enough patterns for the needs, enough patterns to offer and (others) to learn, and a menu
 * of known transformations.
 */
function checkOwnCase(r: Reporter, raw: CheckedFiles['raw'], name: string, b: OwnCaseBudget | undefined, at: string): void {
  if (!b) return;
  for (const key of ['needs', 'patterns', 'offers', 'learns'] as const) {
    if (b[key].min > b[key].max) r.error('scenarios', `${at}/${key}/min`, 'bad-own-case', `${name}: the own-initiative budget's "${key}" has min ${b[key].min} over max ${b[key].max}`);
  }
  if (b.needs.min > b.perPattern * b.patterns.max) {
    r.error('scenarios', `${at}/needs/min`, 'bad-own-case', `${name}: an own initiative needs at least ${b.needs.min}, but at most ${b.perPattern} in each of at most ${b.patterns.max} patterns make ${b.perPattern * b.patterns.max}: no initiative fits`);
  }
  if (b.needs.max < b.patterns.min) {
    r.error('scenarios', `${at}/needs/max`, 'bad-own-case', `${name}: an own initiative has needs in at least ${b.patterns.min} patterns, but at most ${b.needs.max} needs: no initiative fits`);
  }
  if (b.offers.max + b.learns.max > PATTERN_IDS.length) {
    r.error('scenarios', `${at}/learns/max`, 'bad-own-case', `${name}: up to ${b.offers.max} patterns to offer and ${b.learns.max} others to learn are more than the ${PATTERN_IDS.length} patterns`);
  }
  (b.menu ?? []).forEach((id, j) => {
    if (raw.transformations && !raw.transformations.transformations.some((t) => t.id === id)) {
      r.error('scenarios', `${at}/menu/${j}`, 'unknown-reference', `${name}: the own-initiative menu names the transformation "${id}", which is not in transformations.json`);
    }
  });
}

/** The disruption rate only climbs through raiseRate; a track nothing climbs is dead weight. */
function checkRateTrack(r: Reporter, s: Scenario, at: string, flowEffects: Effect[], raw: CheckedFiles['raw']): void {
  const track = s.start.rateTrack;
  const name = `scenario "${s.id}"`;
  for (let j = 1; j < track.length; j++) {
    if (track[j] < track[j - 1]) {
      r.warning('scenarios', `${at}/start/rateTrack/${j}`, 'rate-track', `${name}'s rate track goes down from ${track[j - 1]} to ${track[j]}: a disruption wave would make the flow calmer`);
    }
  }
  if (track.length < 2) return;
  const effects = [...flowEffects];
  if (raw.cases && raw.transformations) {
    const granted = new Set(inDecks(raw.cases.cases, s.decks).map((c) => c.transformation));
    for (const t of raw.transformations.transformations) if (granted.has(t.id)) effects.push(...t.effects);
  }
  let raises = false;
  walkEffects(effects, '', (e) => (raises ||= e.type === 'raiseRate'));
  if (!raises) {
    r.warning('scenarios', `${at}/start/rateTrack`, 'rate-track', `nothing in ${name} raises the disruption rate, so it never leaves its first step (${track[0]}): steps 2 to ${track.length} of the rate track are never reached; add a wave card or shorten the track`);
  }
}
