/**
 * Tables: what the lobby does with matches, apart from HTTP. A table is a match with a join
 * code; a seat is taken by a display name and comes with credentials that only its player
 * gets (once, in the answer to the join), and that the store keeps as a digest.
 */
import type { State } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import type { Content } from '../../content/content.ts';
import { deckIdentity } from '../../content/deck-identity.ts';
import type { SetupData } from '../../game/game.ts';
import { digestCredentials, newCredentials } from '../credentials.ts';
import { ApiError } from '../http/errors.ts';
import { newJoinCode, newMatchID, newSeed, normaliseJoinCode } from '../ids.ts';
import type { Logger } from '../logger.ts';
import type { ServerGame } from '../match/game.ts';
import type { TableMaster } from '../match/master.ts';
import type { Metrics } from '../metrics.ts';
import { checkName } from '../names.ts';
import { readPace } from '../deadlines/pace.ts';
import { CodeTakenError, type MatchStore, type TableMetadata } from '../storage/store.ts';

import type { SeatInfo, TableInfo } from '../../protocol/lobby.ts';

export const MAX_SEATS = 6;

export type { SeatInfo, TableInfo } from '../../protocol/lobby.ts';

export interface TablesOptions {
  content: Content;
  /** The processed game (match/game.ts). */
  game: ServerGame;
  store: MatchStore;
  master: TableMaster;
  /** Disconnects the sockets of a seat whose player left. */
  dropSeat: (matchID: string, seat: string) => void;
  /** Tells the bot runner about a new table. */
  onCreated?: (matchID: string, state: State, metadata: TableMetadata) => void;
  metrics: Metrics;
  logger: Logger;
}

function info(matchID: string, m: TableMetadata): TableInfo {
  return {
    code: m.code ?? '',
    matchID,
    scenario: (m.setupData as SetupData | undefined)?.scenario ?? 'standard',
    seats: Object.values(m.players).map((p) => ({
      id: p.id,
      name: p.name ?? null,
      connected: p.isConnected === true,
      bot: p.data?.bot === true,
    })),
    createdAt: m.createdAt,
    over: m.gameover !== undefined && m.gameover !== null,
    ...(m.pace ? { pace: m.pace } : {}),
  };
}

function isSeatNumber(value: unknown, seats: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < seats;
}

export class Tables {
  constructor(private readonly o: TablesOptions) {}

  /**
   * Opens a table. Only the scenario, the number of seats, the bot seats and (optionally) the
   * roles and cases chosen per seat come from the client (random stays the default); `session` marks a table of a workshop session (unlisted: its people come through
   * the session).
   */
  async create(body: Record<string, unknown>, session?: TableMetadata['session']): Promise<{ matchID: string; code: string }> {
    const scenarioID = body.scenario ?? 'standard';
    const scenario = typeof scenarioID === 'string' ? this.o.content.scenarios.get(scenarioID) : undefined;
    if (!scenario) {
      throw new ApiError(400, 'unknownScenario', `There is no scenario "${String(scenarioID)}". Known: ${[...this.o.content.scenarios.keys()].join(', ')}.`);
    }
    const seats = body.seats;
    const min = Math.max(1, scenario.players.min);
    const max = Math.min(MAX_SEATS, scenario.players.max);
    if (typeof seats !== 'number' || !Number.isInteger(seats) || seats < min || seats > max) {
      throw new ApiError(400, 'badSeats', `A table of scenario "${scenario.id}" has ${min} to ${max} seats.`);
    }
    const bots = body.bots ?? [];
    if (!Array.isArray(bots) || !bots.every((b) => isSeatNumber(b, seats)) || new Set(bots).size !== bots.length) {
      throw new ApiError(400, 'badBots', `"bots" lists seat numbers from 0 to ${seats - 1}, each at most once.`);
    }
    const pace = readPace(body.pace);
    const setupData: SetupData = { scenario: scenario.id };
    for (const key of ['roles', 'cases'] as const) {
      const chosen = body[key];
      if (chosen === undefined) continue;
      if (!Array.isArray(chosen) || !chosen.every((x) => typeof x === 'string')) {
        throw new ApiError(400, 'badSetup', `"${key}" lists one ${key === 'roles' ? 'role' : 'case'} id per seat, or is left out to deal them at random.`);
      }
      setupData[key] = chosen as string[];
    }
    const setupError = this.o.game.validateSetupData?.(setupData, seats);
    if (setupError) throw new ApiError(400, setupData.roles || setupData.cases ? 'badSetup' : 'badSeats', setupError);

    // The seed is drawn here, from node:crypto; a seed in the request is never read.
    const initialState = InitializeGame({ game: { ...this.o.game, seed: newSeed() }, numPlayers: seats, setupData });
    const now = Date.now();
    const players: TableMetadata['players'] = {};
    for (let id = 0; id < seats; id++) {
      players[id] = (bots as number[]).includes(id)
        ? // Nobody ever learns a bot seat's credentials: the server plays it.
          { id, name: `Bot ${id + 1}`, credentials: digestCredentials(newCredentials()), data: { bot: true }, isConnected: true }
        : { id };
    }
    for (let attempt = 0; ; attempt++) {
      const matchID = newMatchID();
      const metadata: TableMetadata = { gameName: this.o.game.name, players, setupData, unlisted: session !== undefined, createdAt: now, updatedAt: now, code: newJoinCode(), deck: { ...deckIdentity(this.o.content) }, ...(session ? { session } : {}), ...(pace ? { pace } : {}) };
      try {
        await this.o.store.createMatch(matchID, { initialState, metadata });
      } catch (err) {
        if (err instanceof CodeTakenError && attempt < 10) continue;
        throw err;
      }
      this.o.metrics.matchesCreated.inc();
      this.o.logger.info({ matchID, code: metadata.code, scenario: scenario.id, seats, bots: bots.length }, 'table created');
      this.o.onCreated?.(matchID, initialState, metadata);
      return { matchID, code: metadata.code! };
    }
  }

  private async find(rawCode: string): Promise<{ matchID: string; metadata: TableMetadata }> {
    const code = normaliseJoinCode(rawCode);
    const matchID = code ? await this.o.store.matchIDForCode(code) : undefined;
    const metadata = matchID ? (await this.o.store.fetch(matchID, { metadata: true })).metadata : undefined;
    if (!matchID || !metadata) throw new ApiError(404, 'unknownCode', 'No table has this code. Check the letters, or ask the host for the link.');
    return { matchID, metadata: metadata as TableMetadata };
  }

  async get(code: string): Promise<TableInfo> {
    const { matchID, metadata } = await this.find(code);
    return info(matchID, metadata);
  }

  /** Tables still in play, most recently active first. */
  async list(limit = 100): Promise<TableInfo[]> {
    const ids = await this.o.store.listMatches({ gameName: this.o.game.name, where: { isGameover: false } });
    const out: TableInfo[] = [];
    for (const matchID of ids) {
      if (out.length >= limit) break;
      const { metadata } = await this.o.store.fetch(matchID, { metadata: true });
      const m = metadata as TableMetadata | undefined;
      if (m && !m.unlisted && m.code) out.push(info(matchID, m));
    }
    return out;
  }

  async join(code: string, body: Record<string, unknown>): Promise<{ matchID: string; playerID: string; credentials: string }> {
    const { matchID } = await this.find(code);
    const name = checkName(body.name);
    if (!name.ok) throw new ApiError(400, 'badName', name.message);
    const wanted = body.seat;
    const credentials = newCredentials();
    const result = await this.o.master.updateMetadata(matchID, (m) => {
      if (m.session) throw new ApiError(403, 'sessionTable', 'This table belongs to a workshop session: join the session with its code instead.');
      if (m.gameover !== undefined && m.gameover !== null) throw new ApiError(410, 'matchOver', 'This match is over. Ask the host for a new table.');
      const seats = Object.values(m.players);
      let seat: number;
      if (wanted !== undefined && wanted !== null) {
        if (!isSeatNumber(wanted, seats.length)) throw new ApiError(400, 'badSeat', `This table has seats 0 to ${seats.length - 1}.`);
        if (m.players[wanted].credentials) throw new ApiError(409, 'seatTaken', 'Someone sits in this seat already. Choose a free one.');
        seat = wanted;
      } else {
        const free = seats.find((p) => !p.credentials);
        if (!free) throw new ApiError(409, 'tableFull', 'Every seat at this table is taken. Watch it, or ask the host for another table.');
        seat = free.id;
      }
      m.players[seat] = { id: seat, name: name.name, credentials: digestCredentials(credentials), isConnected: false };
      return seat;
    }).catch((err) => {
      this.o.metrics.joins.inc({ result: err instanceof ApiError ? err.code : 'error' });
      throw err;
    });
    if (result === false) throw new ApiError(404, 'unknownCode', 'No table has this code.');
    this.o.metrics.joins.inc({ result: 'joined' });
    this.o.logger.info({ matchID, seat: result }, 'seat taken');
    return { matchID, playerID: String(result), credentials };
  }

  async leave(code: string, body: Record<string, unknown>): Promise<void> {
    const { matchID } = await this.find(code);
    const seat = typeof body.playerID === 'string' ? body.playerID : typeof body.playerID === 'number' ? String(body.playerID) : '';
    const left = await this.o.master.updateMetadata(matchID, (m) => {
      if (!this.o.master.mayAct(m, seat, body.credentials)) throw new ApiError(403, 'badCredentials', 'These credentials do not open this seat.');
      m.players[Number(seat)] = { id: Number(seat), isConnected: false };
      return true;
    });
    if (left === false) throw new ApiError(404, 'unknownCode', 'No table has this code.');
    this.o.dropSeat(matchID, seat);
    this.o.logger.info({ matchID, seat }, 'seat left');
  }
}
