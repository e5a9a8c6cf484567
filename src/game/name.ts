/**
 * The game's name in boardgame.io: its matches' namespace in storage and the socket.io namespace
 * of its tables. In a module of its own so that the client can open a table's socket before the
 * game's code has come (client/table/early-socket.ts).
 */
export const GAME_NAME = 'school-of-commons';
