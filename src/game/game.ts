/**
 * The School of Commons as a boardgame.io game: a thin shell around the rules core.
 *
 * The core keeps its own turn (whose turn, stage, actions left); after every move this
 * shell tells boardgame.io whose turn it is now. The core's random state is seeded once at
 * setup from boardgame.io's match seed, so (content, scenario, players, seed, moves) still
 * describes a match completely.
 */
import type { Game } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import type { Content } from '../content/content.ts';
import type { Scenario } from '../content/schema.ts';
import { legalMoves, MOVE_TYPES, play, publicView, setup, type Move, type MoveType } from '../rules/index.ts';
import { ownInitiativeProblem, type OwnInitiative } from '../rules/own-case.ts';
import type { GameState } from '../rules/state.ts';
import { GAME_NAME } from './name.ts';

export { GAME_NAME };

export interface SetupData {
  scenario: string;
  /** Roles chosen by the table, one per seat (otherwise dealt with the seed). */
  roles?: string[];
  /** Players' own initiatives by seat (null: a deck case), each within the budget of own-case.ts. */
  own?: (OwnInitiative | null)[];
  /** Cases chosen by the table, one per seat (otherwise dealt with the seed). */
  cases?: string[];
}

/**
 * Moves that reveal nothing hidden and draw nothing at random may be taken back within the
 * turn. Studying reveals deck cards; apply may finish a case and run a transformation; the
 * end of a turn reveals flow cards: none of those can be undone.
 */
export const UNDOABLE: ReadonlySet<MoveType> = new Set(['travel', 'care', 'share', 'teach', 'spendTrust']);

/** The arguments of a move as boardgame.io sends them: the move object without its type. */
export function moveArgs(move: Move): Record<string, unknown> {
  const { type: _type, ...args } = move;
  return args;
}

/**
 * What is wrong with the roles or cases a table chose (one id a seat, each in the scenario's
 * decks, no two alike), in one plain sentence naming the id; undefined when nothing is.
 */
function chosenProblem(content: Content, scenario: Scenario, kind: 'role' | 'case', chosen: unknown, seats: number): string | undefined {
  if (chosen === undefined) return undefined;
  const key = `${kind}s`;
  const pool = [...(kind === 'role' ? content.roles : content.cases).values()].filter((x) => x.decks.some((d) => scenario.decks.includes(d))).map((x) => x.id);
  if (!Array.isArray(chosen) || !chosen.every((x) => typeof x === 'string')) {
    return `"${key}" lists one ${kind} id per seat (or is left out to deal them at random).`;
  }
  if (chosen.length !== seats) return `Choose one ${kind} for each of the ${seats} seats: "${key}" lists ${chosen.length}.`;
  for (const id of chosen) {
    if (!pool.includes(id)) return `There is no ${kind} "${id}" in scenario "${scenario.id}"; its ${key} are ${pool.join(', ')}.`;
  }
  for (let seat = 0; seat < chosen.length; seat++) {
    const twin = chosen.indexOf(chosen[seat]);
    if (twin !== seat) return `Seats ${twin + 1} and ${seat + 1} both have the ${kind} "${chosen[seat]}": each seat needs a different ${kind}.`;
  }
  return undefined;
}

export function validateSetupData(content: Content, data: SetupData | undefined, numPlayers: number): string | undefined {
  const scenario = content.scenarios.get(data?.scenario ?? 'standard');
  if (!scenario) return `unknown scenario "${data?.scenario}"`;
  if (numPlayers < scenario.players.min || numPlayers > scenario.players.max) {
    return `scenario "${scenario.id}" is for ${scenario.players.min}–${scenario.players.max} players`;
  }
  const roles = chosenProblem(content, scenario, 'role', data?.roles, numPlayers);
  if (roles) return roles;
  if (data?.own !== undefined) {
    if (!Array.isArray(data.own) || data.own.length > numPlayers) return 'own initiatives are a list with at most one per seat';
    for (const [seat, x] of data.own.entries()) {
      const problem = x === null ? null : ownInitiativeProblem(content, scenario.id, numPlayers, x);
      if (problem) return `player ${seat + 1}: ${problem}`;
    }
  }
  const cases = chosenProblem(content, scenario, 'case', data?.cases, numPlayers);
  if (cases) return cases;
  return undefined;
}

export function createGame(content: Content): Game<GameState, Record<string, unknown>, SetupData> {
  const moves: Game<GameState>['moves'] = {};
  for (const type of MOVE_TYPES) {
    moves[type] = {
      move: ({ G, ctx, playerID, events }, args?: Record<string, unknown>) => {
        const move = { ...(args && typeof args === 'object' ? args : {}), type } as Move;
        const turnBefore = G.turn.number;
        if (play(content, G, Number(playerID), move) !== null) return INVALID_MOVE;
        if (!G.outcome && (G.turn.number !== turnBefore || String(G.turn.seat) !== ctx.currentPlayer)) {
          events.endTurn({ next: String(G.turn.seat) });
        }
        return undefined;
      },
      // Every move may touch secret state (decks, the random state) somewhere down the line:
      // only the server computes moves.
      client: false,
      undoable: UNDOABLE.has(type),
    };
  }

  return {
    name: GAME_NAME,
    minPlayers: 1,
    maxPlayers: 6,
    // Only moves drive this game; no client may end a turn or a phase by itself.
    events: { endTurn: false, endPhase: false, setPhase: false, endGame: false, setActivePlayers: false, endStage: false, setStage: false, pass: false },
    setup: ({ ctx, random }, data) =>
      setup(content, {
        scenario: data?.scenario ?? 'standard',
        players: ctx.numPlayers,
        // The core's seed comes from the match seed, which only the server knows.
        seed: Math.floor(random.Number() * 2 ** 52).toString(36),
        roles: data?.roles,
        own: data?.own,
        cases: data?.cases,
      }),
    validateSetupData: (data, numPlayers) => validateSetupData(content, data, numPlayers),
    moves,
    turn: {
      order: {
        first: ({ G }) => G.turn.seat,
        next: ({ G }) => G.turn.seat,
      },
    },
    endIf: ({ G }) => G.outcome ?? undefined,
    playerView: ({ G }) => publicView(G),
    ai: {
      enumerate: (G, _ctx, playerID) => legalMoves(content, G, Number(playerID)).map((m) => ({ move: m.type, args: [moveArgs(m)] })),
    },
  };
}
