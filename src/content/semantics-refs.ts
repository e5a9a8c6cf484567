/**
 * References between files: cases to transformations, effects to prompts and
 * transformations, deck tags between scenarios and the cards they play; and effects and role
 * abilities whose arguments make no sense (they would do nothing, or never be true).
 */
import { Reporter, type CheckedFiles } from './deck-model.ts';
import { PATTERN_RULES, PLAYER_RULES } from './rule-scope.ts';
import type { Condition, ContentFileName, Effect, RuleModifier } from './schema.ts';
import { didYouMean } from './suggest.ts';

type Visit<T> = (item: T, pointer: string) => void;

/** Every effect in a list, nested ones (inside "if") included, with its pointer. */
export function walkEffects(effects: readonly Effect[], at: string, visit: Visit<Effect>, onCondition?: Visit<Condition>): void {
  effects.forEach((e, i) => {
    const here = `${at}/${i}`;
    visit(e, here);
    if (e.type === 'if') {
      if (onCondition) walkCondition(e.condition, `${here}/condition`, onCondition);
      walkEffects(e.then, `${here}/then`, visit, onCondition);
      if (e.else) walkEffects(e.else, `${here}/else`, visit, onCondition);
    }
  });
}

function walkCondition(c: Condition, at: string, visit: Visit<Condition>): void {
  visit(c, at);
  if (c.type === 'not') walkCondition(c.condition, `${at}/condition`, visit);
  if (c.type === 'all' || c.type === 'any') c.conditions.forEach((x, i) => walkCondition(x, `${at}/conditions/${i}`, visit));
}

/** Every flow card's and transformation's effects, with the file and pointer they are at. */
function allEffectLists({ raw }: CheckedFiles): { name: ContentFileName; at: string; owner: string; effects: Effect[] }[] {
  const out: { name: ContentFileName; at: string; owner: string; effects: Effect[] }[] = [];
  raw.flow?.flow.forEach((f, i) => out.push({ name: 'flow', at: `/flow/${i}/effects`, owner: `flow card "${f.id}"`, effects: f.effects }));
  raw.transformations?.transformations.forEach((t, i) =>
    out.push({ name: 'transformations', at: `/transformations/${i}/effects`, owner: `transformation "${t.id}"`, effects: t.effects }),
  );
  return out;
}

function checkModifier(r: Reporter, name: ContentFileName, at: string, owner: string, m: RuleModifier, forOnePlayer: boolean): void {
  if (forOnePlayer && !PLAYER_RULES.has(m.rule)) {
    r.error(name, `${at}/rule`, 'rule-without-effect', `${owner} changes "${m.rule}" for one player, but that rule counts for the whole table: a role ability cannot change it (use a transformation's adjustRule)`);
  }
  if (m.pattern !== undefined && !PATTERN_RULES.has(m.rule)) {
    r.error(name, `${at}/pattern`, 'rule-without-effect', `${owner} limits "${m.rule}" to pattern "${m.pattern}", but that rule never concerns a pattern, so the change would never apply: remove "pattern" or choose another rule`);
  }
}

export function checkReferences(files: CheckedFiles, r: Reporter): void {
  const { raw } = files;
  const transformations = raw.transformations ? raw.transformations.transformations.map((t) => t.id) : undefined;
  const prompts = raw.prompts ? raw.prompts.prompts.map((p) => p.id) : undefined;
  const pressureLimit = raw.board?.pressureLimit;
  const crisisLimits = raw.scenarios?.scenarios.map((s) => s.start.crisisLimit) ?? [];

  if (raw.cases && transformations) {
    raw.cases.cases.forEach((c, i) => {
      if (!transformations.includes(c.transformation)) {
        r.error('cases', `/cases/${i}/transformation`, 'unknown-reference', `case "${c.id}" grants the transformation "${c.transformation}", which is not in transformations.json${didYouMean(c.transformation, transformations)}`);
      }
    });
  }
  if (raw.cases && raw.transformations) {
    const granted = new Set(raw.cases.cases.map((c) => c.transformation));
    raw.transformations.transformations.forEach((t, i) => {
      if (!granted.has(t.id)) r.warning('transformations', `/transformations/${i}/id`, 'unused', `transformation "${t.id}" is granted by no case, so it never comes into play`);
    });
  }

  for (const { name, at, owner, effects } of allEffectLists(files)) {
    walkEffects(
      effects,
      at,
      (e, here) => {
        if (e.type === 'moveTo' && e.place === 'all') {
          r.error(name, `${here}/place`, 'bad-argument', `${owner} moves players to "all", which is not one place: choose a pattern, current, mostPressured, leastPressured or random`);
        }
        if (e.type === 'reflect' && e.prompt !== undefined && prompts && !prompts.includes(e.prompt)) {
          r.error(name, `${here}/prompt`, 'unknown-reference', `${owner} asks for the prompt "${e.prompt}", which is not in prompts.json${didYouMean(e.prompt, prompts)}`);
        }
        if (e.type === 'adjustRule') checkModifier(r, name, here, owner, e, false);
      },
      (c, here) => {
        if (c.type === 'hasTransformation' && transformations && !transformations.includes(c.transformation)) {
          r.error(name, `${here}/transformation`, 'unknown-reference', `${owner} checks for the transformation "${c.transformation}", which is not in transformations.json${didYouMean(c.transformation, transformations)}`);
        }
        if (c.type === 'pressureAtLeast' && pressureLimit !== undefined && c.amount > pressureLimit) {
          r.error(name, `${here}/amount`, 'never-true', `${owner} checks for ${c.amount} pressure, but pressure never goes above the board's limit of ${pressureLimit}: the condition is never true`);
        }
        if ((c.type === 'pressureAtLeast' || c.type === 'trustAtLeast' || c.type === 'commonsAtLeast' || c.type === 'crisisAtLeast') && c.amount === 0) {
          r.warning(name, `${here}/amount`, 'always-true', `${owner} checks for "at least 0", which is always true`);
        }
        if (c.type === 'crisisAtLeast' && crisisLimits.length > 0 && c.amount >= Math.max(...crisisLimits)) {
          r.warning(name, `${here}/amount`, 'never-true', `${owner} checks for a crisis of ${c.amount}, but every scenario is lost when the crisis reaches ${Math.max(...crisisLimits)}: the condition is never true during play`);
        }
      },
    );
  }

  // A card's kind is only its look; a look that promises what the card does not do misleads.
  raw.flow?.flow.forEach((f, i) => {
    let raises = false;
    let reflects = false;
    walkEffects(f.effects, '', (e) => {
      raises ||= e.type === 'raiseRate';
      reflects ||= e.type === 'reflect';
    });
    if (f.kind === 'wave' && !raises) r.warning('flow', `/flow/${i}/kind`, 'kind-mismatch', `flow card "${f.id}" looks like a disruption wave but does not raise the rate (add a raiseRate effect or choose another kind)`);
    if (f.kind === 'reflection' && !reflects) r.warning('flow', `/flow/${i}/kind`, 'kind-mismatch', `flow card "${f.id}" looks like a reflection but asks for none (add a reflect effect or choose another kind)`);
  });

  raw.roles?.roles.forEach((role, i) => {
    role.modifiers.forEach((m, j) => checkModifier(r, 'roles', `/roles/${i}/modifiers/${j}`, `role "${role.id}"`, m, true));
  });

  checkDeckTags(files, r);
}

/** Scenarios play cards by deck tag; a tag on one side with nothing on the other is a typo. */
function checkDeckTags({ raw }: CheckedFiles, r: Reporter): void {
  const tagged: [ContentFileName, string, string, { id: string; decks: string[] }[] | undefined][] = [
    ['roles', 'roles', 'role', raw.roles?.roles],
    ['cases', 'cases', 'case', raw.cases?.cases],
    ['knowledge', 'knowledge', 'knowledge card', raw.knowledge?.knowledge],
    ['flow', 'flow', 'flow card', raw.flow?.flow],
    ['prompts', 'prompts', 'prompt', raw.prompts?.prompts],
  ];
  const carried = new Set<string>();
  for (const [, , , items] of tagged) for (const item of items ?? []) for (const d of item.decks) carried.add(d);
  const everyFileRead = tagged.every(([, , , items]) => items !== undefined);

  const played = new Set<string>();
  raw.scenarios?.scenarios.forEach((s, i) => {
    s.decks.forEach((d, j) => {
      played.add(d);
      if (everyFileRead && !carried.has(d)) {
        r.error('scenarios', `/scenarios/${i}/decks/${j}`, 'unknown-deck', `scenario "${s.id}" plays the deck "${d}", but no role, case, card or prompt carries that deck${didYouMean(d, carried)}`);
      }
    });
  });
  if (!raw.scenarios) return;
  for (const [name, key, noun, items] of tagged) {
    items?.forEach((item, i) => {
      item.decks.forEach((d, j) => {
        if (played.has(d)) return;
        const unused = !item.decks.some((x) => played.has(x));
        const hint = didYouMean(d, played);
        // A spare tag beside a played one is fine (a deck for later); a likely typo is not.
        if (!unused && hint === '') return;
        r.warning(
          name,
          `/${key}/${i}/decks/${j}`,
          'unused',
          `${noun} "${item.id}" is in the deck "${d}", which no scenario plays${hint}${unused ? `: this ${noun} never comes into play` : ''}`,
        );
      });
    });
  }
}

