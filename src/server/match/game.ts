/**
 * The game as this server runs it: createGame's object processed by boardgame.io once (its
 * flow, move lookup and plugins filled in). The one copy is shared by everyone who needs the
 * game: the master (its reducer), the transport (views, move names), the lobby (setup of new
 * tables) and the bots. boardgame.io's own helpers (CreateGameReducer, InitializeGame) take a
 * processed game as it is and process nothing again.
 */
import type { Game } from 'boardgame.io';
import { ProcessGameConfig } from 'boardgame.io/internal';
import type { Content } from '../../content/content.ts';
import { createGame } from '../../game/game.ts';

export type ServerGame = ReturnType<typeof ProcessGameConfig> & { name: string };

export function serverGame(content: Content): ServerGame {
  const game: Game = createGame(content);
  const processed = ProcessGameConfig(game);
  return Object.assign(processed, { name: processed.name ?? 'default' });
}
