/**
 * A table for tests that read like play:
 *   const t = table({ players: 2 });
 *   t.as(0).play({ type: 'travel', to: 'making' });
 *   expect(t.as(0).moves('travel')).toEqual([...]);
 */
import { loadContent } from '../../src/content/load.ts';
import type { Content } from '../../src/content/content.ts';
import type { PatternId } from '../../src/content/schema.ts';
import { legalMoves, play, setup, whyNot, type Move, type MoveType, type Reason } from '../../src/rules/index.ts';
import type { GameState, Seat } from '../../src/rules/state.ts';

let cached: Content | undefined;
export function content(): Content {
  cached ??= loadContent(process.env.TEST_CONTENT_DIR || undefined);
  return cached;
}

export interface Player {
  seat: Seat;
  /** Legal moves, optionally of one type. */
  moves(type?: MoveType): Move[];
  /** Plays a move that must be legal. */
  play(move: Move): void;
  /** Tries a move; returns the refusal reason or null. */
  try(move: Move): Reason | null;
  whyNot(move: Move): Reason | null;
  readonly hand: string[];
  readonly place: PatternId;
}

export interface Table {
  content: Content;
  state: GameState;
  as(seat: Seat): Player;
  /** The player whose turn it is. */
  current(): Player;
}

export function table(options: { scenario?: string; players?: number; seed?: string; roles?: string[] } = {}): Table {
  const c = content();
  const state = setup(c, { scenario: options.scenario ?? 'standard', players: options.players ?? 2, seed: options.seed ?? 'test', roles: options.roles });
  const t: Table = {
    content: c,
    state,
    as(seat) {
      return {
        seat,
        moves: (type) => legalMoves(c, t.state, seat).filter((m) => type === undefined || m.type === type),
        play(move) {
          const reason = play(c, t.state, seat, move);
          if (reason) throw new Error(`seat ${seat} cannot ${JSON.stringify(move)}: ${reason}`);
        },
        try: (move) => play(c, t.state, seat, move),
        whyNot: (move) => whyNot(c, t.state, seat, move),
        get hand() {
          return t.state.players[seat].hand;
        },
        get place() {
          return t.state.players[seat].place;
        },
      };
    },
    current: () => t.as(t.state.turn.seat),
  };
  return t;
}

/** Gives a seat fresh card instances of a pattern (for arranging a situation). */
export function giveCards(t: Table, seat: Seat, pattern: PatternId, count: number): string[] {
  const defs = [...t.content.knowledge.values()].filter((k) => k.pattern === pattern);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const card = `${defs[i % defs.length].id}#x${t.state.copies++}`;
    t.state.players[seat].hand.push(card);
    out.push(card);
  }
  return out;
}

/** Every card instance in the match, wherever it is. */
export function allCards(state: GameState): string[] {
  return [
    ...state.knowledge.deck,
    ...state.knowledge.discard,
    ...state.knowledge.faceUp,
    ...state.players.flatMap((p) => p.hand),
  ];
}

/** A flow card id of the content whose effects match a predicate. */
export function flowCardWhere(t: Table, predicate: (card: ReturnType<Content['flow']['get']> & {}) => boolean): string {
  const card = [...t.content.flow.values()].find(predicate);
  if (!card) throw new Error('no such flow card in the content');
  return card.id;
}

/** Puts a flow card instance on top of the flow deck, so it is revealed next. */
export function stackFlow(t: Table, ...cardIds: string[]): void {
  for (const id of [...cardIds].reverse()) t.state.flow.deck.push(`${id}#s${t.state.copies++}`);
}

/** Plays a random legal game to its end, with its own seeded choice; returns the moves. */
export function randomGame(t: Table, pick: (n: number) => number, maxMoves = 20_000): { seat: Seat; move: Move }[] {
  const moves: { seat: Seat; move: Move }[] = [];
  while (!t.state.outcome && moves.length < maxMoves) {
    const seat = t.state.turn.seat;
    const options = legalMoves(t.content, t.state, seat);
    if (options.length === 0) throw new Error(`dead end: seat ${seat} has no legal move at stage ${t.state.turn.stage}`);
    const move = options[pick(options.length)];
    const reason = play(t.content, t.state, seat, move);
    if (reason) throw new Error(`enumerated move refused: ${JSON.stringify(move)}: ${reason}`);
    moves.push({ seat, move });
  }
  return moves;
}

/** A small deterministic chooser for tests (mulberry32). */
export function chooser(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Ends the current turn and resolves discards and reflections until the next turn or the end. */
export function finishTurn(t: Table): void {
  const turn = t.state.turn.number;
  t.current().play({ type: 'endTurn' });
  while (!t.state.outcome && t.state.turn.number === turn) {
    const p = t.current();
    const [move] = p.moves();
    p.play(move);
  }
}
