/**
 * A player's own initiative as their case. Reading a case goes through here, so a deck case
 * and an own initiative are the same thing to the rules: needs and a transformation.
 */
import type { Content } from '../content/content.ts';
import type { PatternId } from '../content/schema.ts';
import type { CaseState } from './state.ts';

/** A player's real initiative, shaped within the budget of game-content/own-cases.json. */
export interface OwnInitiative {
  name: string;
  /** One line about it. */
  line: string;
  needs: Partial<Record<PatternId, number>>;
  transformation: string;
  /** Patterns this player can offer the table: their starting hand leans to them. */
  offers: PatternId[];
  /** Patterns this player wants to learn: being taught in one of them counts. */
  learns: PatternId[];
}

export function caseNeeds(content: Content, c: Pick<CaseState, 'id' | 'own'>): Partial<Record<PatternId, number>> {
  return c.own ? c.own.needs : content.cases.get(c.id)!.needs;
}

export function caseTransformation(content: Content, c: Pick<CaseState, 'id' | 'own'>): string {
  return c.own ? c.own.transformation : content.cases.get(c.id)!.transformation;
}
