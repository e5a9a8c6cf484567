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
import { legalMoves, MOVE_TYPES, play, publicView, setup, type Move, type MoveType } from '../rules/index.ts';
import { ownInitiativeProblem, type OwnInitiative } from '../rules/own-case.ts';
import type { GameState } from '../rules/state.ts';

export const GAME_NAME = 'school-of-commons';

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

export function validateSetupData(content: Content, data: SetupData | undefined, numPlayers: number): string | undefined {
  const scenario = content.scenarios.get(data?.scenario ?? 'standard');
  if (!scenario) return `unknown scenario "${data?.scenario}"`;
  if (numPlayers < scenario.players.min || numPlayers > scenario.players.max) {
    return `scenario "${scenario.id}" is for ${scenario.players.min}–${scenario.players.max} players`;
  }
  if (data?.roles !== undefined) {
    if (!Array.isArray(data.roles) || data.roles.length !== numPlayers) return 'choose one role per seat';
    for (const r of data.roles) if (!content.roles.get(r)?.decks.some((d) => scenario.decks.includes(d))) return `unknown role "${r}"`;
    if (new Set(data.roles).size !== data.roles.length) return 'each seat needs a different role';
  }
  if (data?.own !== undefined) {
    if (!Array.isArray(data.own) || data.own.length > numPlayers) return 'own initiatives are a list with at most one per seat';
    for (const [seat, x] of data.own.entries()) {
      const problem = x === null ? null : ownInitiativeProblem(content, scenario.id, x);
      if (problem) return `player ${seat + 1}: ${problem}`;
    }
  }
  if (data?.cases !== undefined) {
    if (!Array.isArray(data.cases) || data.cases.length !== numPlayers) return 'choose one case per seat';
    for (const c of data.cases) if (!content.cases.get(c)?.decks.some((d) => scenario.decks.includes(d))) return `unknown case "${c}"`;
    if (new Set(data.cases).size !== data.cases.length) return 'each seat brings a different case';
  }
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
