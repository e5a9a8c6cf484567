/**
 * Roles and cases chosen at set-up instead of dealt (random stays the default): the ids the
 * scenario's decks hold, a distinct first pick per seat, and the first two seats that chose the
 * same one (the rules refuse a choice with a twin; the form says which seats before it is sent).
 */
import type { Content } from '../../content/content.ts';

export type ChoiceKind = 'role' | 'case';

/** Per kind: one id a seat (all six seats, so a larger table keeps what was chosen), or null: dealt at random. */
export interface SeatChoice {
  roles: string[] | null;
  cases: string[] | null;
}

export const RANDOM: SeatChoice = { roles: null, cases: null };

/** The role or case ids in the scenario's decks, in deck order. */
export function choicePool(content: Content, scenario: string, kind: ChoiceKind): string[] {
  const decks = content.scenarios.get(scenario)?.decks ?? [];
  const cards = kind === 'role' ? content.roles.values() : content.cases.values();
  return [...cards].filter((c) => c.decks.some((d) => decks.includes(d))).map((c) => c.id);
}

/** A different id for each of six seats, as far as the pool goes (then repeating). */
export function firstPicks(pool: readonly string[]): string[] {
  return Array.from({ length: 6 }, (_, i) => pool[i % Math.max(1, pool.length)] ?? '');
}

/** The choice kept where it fits the scenario's pool; a kind with any id outside it starts over. */
export function fitChoice(content: Content, scenario: string, choice: SeatChoice): SeatChoice {
  const fit = (kind: ChoiceKind, ids: string[] | null) => {
    if (!ids) return null;
    const pool = choicePool(content, scenario, kind);
    return ids.every((id) => pool.includes(id)) ? ids : firstPicks(pool);
  };
  return { roles: fit('role', choice.roles), cases: fit('case', choice.cases) };
}

/** Two seats (numbered from 1) that chose the same id, among the first `seats`; `skip` seats do not count. */
export interface Twin {
  kind: ChoiceKind;
  id: string;
  first: number;
  second: number;
}

export function firstTwin(choice: SeatChoice, seats: number, skip: (kind: ChoiceKind, seat: number) => boolean = () => false): Twin | null {
  for (const kind of ['role', 'case'] as const) {
    const ids = kind === 'role' ? choice.roles : choice.cases;
    if (!ids) continue;
    const seen = new Map<string, number>();
    for (let seat = 0; seat < seats; seat++) {
      if (skip(kind, seat)) continue;
      const before = seen.get(ids[seat]);
      if (before !== undefined) return { kind, id: ids[seat], first: before + 1, second: seat + 1 };
      seen.set(ids[seat], seat);
    }
  }
  return null;
}

/**
 * The choice as the rules take it, for a table of `seats`. A seat that brings its own
 * initiative plays no deck case, but the rules still want a distinct case id for it: it gets
 * one nobody else chose.
 */
export function choiceToSend(content: Content, scenario: string, choice: SeatChoice, seats: number, ownSeats: readonly number[] = []): { roles?: string[]; cases?: string[] } {
  const out: { roles?: string[]; cases?: string[] } = {};
  if (choice.roles) out.roles = choice.roles.slice(0, seats);
  if (choice.cases) {
    const cases = choice.cases.slice(0, seats);
    const free = choicePool(content, scenario, 'case').filter((id) => !cases.some((c, seat) => c === id && !ownSeats.includes(seat)));
    out.cases = cases.map((id, seat) => (ownSeats.includes(seat) ? (free.shift() ?? id) : id));
  }
  return out;
}
