/**
 * Building a move step by step, the way a player at the table does it: pick the action, then
 * a card, then a target, then confirm. Every option offered comes from the engine's list of
 * legal moves, so the client never offers a move the rules would refuse.
 */
import type { Move, MoveType } from '../../rules/index.ts';

/** The arguments of each action, in the order they are picked. */
export const STEPS: { readonly [T in MoveType]: readonly string[] } = {
  travel: ['to'],
  study: ['from'],
  share: ['card', 'to'],
  teach: ['card', 'to'],
  apply: ['case'],
  coCreate: ['case', 'partner'],
  care: [],
  spendTrust: [],
  endTurn: [],
  discard: ['card'],
  reflect: [],
};

export type Value = string | number;

/** What has been picked so far for one action. */
export interface Choice {
  type: MoveType;
  picked: Record<string, Value>;
}

export type Step =
  /** Pick a value for `key`, one of `options` (each leads to at least one legal move). */
  | { kind: 'pick'; key: string; options: Value[] }
  /** Everything is picked: the move to confirm. */
  | { kind: 'confirm'; move: Move }
  /** Nothing legal matches what was picked (the table changed meanwhile). */
  | { kind: 'none' };

function arg(move: Move, key: string): Value | undefined {
  return (move as unknown as Record<string, Value | undefined>)[key];
}

/** The legal moves that agree with everything picked so far. */
export function matching(legal: readonly Move[], choice: Choice): Move[] {
  return legal.filter((m) => m.type === choice.type && Object.entries(choice.picked).every(([k, v]) => arg(m, k) === v));
}

/** The next step of a choice: the next argument to pick, or the move to confirm. */
export function nextStep(legal: readonly Move[], choice: Choice): Step {
  const moves = matching(legal, choice);
  if (moves.length === 0) return { kind: 'none' };
  const key = STEPS[choice.type].find((k) => !(k in choice.picked));
  if (key === undefined) return { kind: 'confirm', move: moves[0] };
  const options: Value[] = [];
  for (const m of moves) {
    const v = arg(m, key);
    if (v !== undefined && !options.includes(v)) options.push(v);
  }
  return { kind: 'pick', key, options };
}

/** A choice with one more value picked. */
export function pick(choice: Choice, key: string, value: Value): Choice {
  return { type: choice.type, picked: { ...choice.picked, [key]: value } };
}

/** Whether an action needs nothing picked (it is made with one press). */
export function isImmediate(type: MoveType): boolean {
  return STEPS[type].length === 0;
}
