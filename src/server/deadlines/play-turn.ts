/**
 * Plays the rest of one seat's turn as the server: the bot's choices move after move until
 * the turn passes, or (`skip`) the turn ended as it stands (a step the turn requires first,
 * such as a reflection, is still made by the bot). Each move goes through the master with
 * the state it was chosen from, so a player's own move at the same moment wins and nothing
 * is played twice. Reusable wherever the server takes a seat's turn over.
 */
import { randomInt } from 'node:crypto';
import type { Content } from '../../content/content.ts';
import { moveArgs } from '../../game/game.ts';
import { legalMoves } from '../../rules/index.ts';
import type { GameState } from '../../rules/state.ts';
import type { BotPicker } from '../bots/picker.ts';
import type { TableMaster } from '../match/master.ts';

const random = () => randomInt(2 ** 47) / 2 ** 47;

/** A turn has a few actions and some steps; this bounds a bot that would loop. */
const MOST_MOVES = 80;

export interface TurnTakeover {
  content: Content;
  master: TableMaster;
  picker: BotPicker;
}

/**
 * Returns how many moves were played for the seat. `how` defaults to the table's choice
 * (metadata.pace.onTimeout), else the bot.
 */
export async function playTurnFor(o: TurnTakeover, matchID: string, seat: string, turn: number, chosen?: 'bot' | 'skip'): Promise<{ moves: number; how: 'bot' | 'skip' }> {
  let played = 0;
  let how = chosen ?? 'bot';
  for (let i = 0; i < MOST_MOVES; i++) {
    const snapshot = await o.master.snapshot(matchID);
    if (!snapshot) return { moves: played, how };
    const { state, metadata } = snapshot;
    how = chosen ?? metadata.pace?.onTimeout ?? 'bot';
    if (state.ctx.gameover !== undefined || state.ctx.turn !== turn || state.ctx.currentPlayer !== seat) return { moves: played, how };
    const G = state.G as GameState;
    const end = how === 'skip' ? legalMoves(o.content, G, Number(seat)).find((m) => m.type === 'endTurn') : undefined;
    const move = end ?? o.picker(o.content, G, Number(seat), random);
    if (!move) return { moves: played, how };
    const result = await o.master.move(matchID, { type: 'MAKE_MOVE', payload: { type: move.type, args: [moveArgs(move)], playerID: seat } }, state._stateID, undefined, true);
    if (result.ok) played++;
    else if (result.reason !== 'stale') return { moves: played, how };
  }
  return { moves: played, how };
}
