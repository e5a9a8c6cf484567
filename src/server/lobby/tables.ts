/**
 * Tables: what the lobby does with matches, apart from HTTP. A table is a match with a join
 * code; a seat is taken by a display name and comes with credentials that only its player
 * gets (once, in the answer to the join), and that the store keeps as a digest.
 *
 * A table opens in its waiting room (metadata.hold = 'waiting': the master refuses every
 * move): people take seats and see each other arrive, and play begins when the host starts
 * it (its empty seats become bots: the rules deal every seat at creation, so a table cannot
 * shrink) or when the last free seat is taken. Whoever takes a seat in the waiting room may
 * bring their own initiative (rules/own-case.ts), checked against the scenario's budget and
 * kept with the seat, and change or take it back until the start (setInitiative); when play begins, the table is dealt again from the same match seed
 * with the initiatives as set-up data (the hot-seat's path: SetupData.own), before anyone moves. The host is whoever created the table; the
 * host key (its digest in metadata.host) proves it, for the start and for handing a stalled
 * seat to a bot or back to whoever comes through the invite. Everything lives in the
 * metadata, in the store: a restarted server knows every waiting room.
 */
import type { State } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import type { Content } from '../../content/content.ts';
import { deckIdentity } from '../../content/deck-identity.ts';
import type { SetupData } from '../../game/game.ts';
import { cleanInitiative, ownInitiativeIssue, ownProblemSentence, type OwnInitiative, type OwnProblem } from '../../rules/own-case.ts';
import { botSeat, isBotSeat } from '../bots/seat.ts';
import { credentialsMatch, digestCredentials, newCredentials } from '../credentials.ts';
import { ApiError, unknownMatch } from '../http/errors.ts';
import { newJoinCode, newMatchID, normaliseJoinCode } from '../ids.ts';
import type { Logger } from '../logger.ts';
import type { ServerGame } from '../match/game.ts';
import type { Restate, TableMaster } from '../match/master.ts';
import type { Metrics } from '../metrics.ts';
import { checkName } from '../names.ts';
import { readPace } from '../deadlines/pace.ts';
import { CodeTakenError, type MatchStore, type TableMetadata } from '../storage/store.ts';
import { isMatchID } from '../transport/socket-limits.ts';

import type { TableInfo, TableStatus } from '../../protocol/lobby.ts';

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
  /** A table began play, or a seat became a bot's: the bots and the turn clock look at it. */
  onSeatsChanged?: (matchID: string) => Promise<void>;
  metrics: Metrics;
  logger: Logger;
  /** Where match seeds come from: node:crypto (ids.ts) unless the app was given another source. */
  newSeed: () => string;
}

function statusOf(m: TableMetadata): TableStatus {
  if (m.gameover !== undefined && m.gameover !== null) return 'over';
  return m.hold === 'waiting' ? 'waiting' : 'playing';
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
      ...(initiativeOfSeat(p) ? { initiative: initiativeOfSeat(p)!.name } : {}),
    })),
    createdAt: m.createdAt,
    over: m.gameover !== undefined && m.gameover !== null,
    status: statusOf(m),
    listed: m.unlisted !== true,
    ...(m.pace ? { pace: m.pace } : {}),
  };
}

/** The own initiative a person brought to a seat (kept in the seat's data until the start). */
function initiativeOfSeat(p: TableMetadata['players'][number]): OwnInitiative | undefined {
  return (p.data as { initiative?: OwnInitiative } | undefined)?.initiative;
}

/** Where in the join's body an initiative's problem is (a JSON pointer), for the client to show it there. */
function problemAt(p: OwnProblem): string {
  switch (p.code) {
    case 'notObject':
      return '/initiative';
    case 'extraField':
      return `/initiative/${p.field}`;
    case 'noName':
    case 'nameLong':
      return '/initiative/name';
    case 'noLine':
    case 'lineLong':
    case 'lineBreak':
      return '/initiative/line';
    case 'notPattern':
    case 'needWhole':
    case 'needTooMany':
      return `/initiative/needs/${p.p}`;
    case 'needsShape':
    case 'needsTotal':
    case 'tooManyPatterns':
    case 'tooFewPatterns':
      return '/initiative/needs';
    case 'transformation':
      return '/initiative/transformation';
    case 'listCount':
    case 'listPattern':
    case 'listTwice':
      return `/initiative/${p.list}`;
  }
}

/**
 * The initiative a join brings: absent or null is a deck case; anything else must fit the
 * table's budget, or the join is refused (400) with the problem, where it is, and nothing kept.
 */
function broughtInitiative(content: Content, m: TableMetadata, value: unknown): OwnInitiative | null {
  if (value === undefined || value === null) return null;
  if (m.hold !== 'waiting') throw new ApiError(409, 'initiativeTooLate', 'This table is playing already: an own initiative is brought in the waiting room, before the start. Join without one to take this seat.');
  return fittingInitiative(content, m, value);
}

/** The one check of an initiative against the table's budget, for the join and for a seat that changes its own: 400 with the problem and where it is. */
function fittingInitiative(content: Content, m: TableMetadata, value: unknown): OwnInitiative {
  const scenario = (m.setupData as SetupData | undefined)?.scenario ?? 'standard';
  const seats = Object.keys(m.players).length;
  const problem = ownInitiativeIssue(content, scenario, seats, value);
  if (problem) throw new ApiError(400, 'badInitiative', `Your initiative does not fit the budget: ${ownProblemSentence(problem)}.`, { at: problemAt(problem), problem });
  return cleanInitiative(value as OwnInitiative);
}

function isSeatNumber(value: unknown, seats: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < seats;
}

/** A seat number from an address ("/seats/2/bot"). */
function seatParam(value: unknown, seats: number): number {
  const seat = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : -1;
  if (!isSeatNumber(seat, seats)) throw new ApiError(400, 'badSeat', `This table has seats 0 to ${seats - 1}.`);
  return seat;
}

/** The last free seat taken: the waiting room opens onto the game. True when play begins now. */
function startIfFull(m: TableMetadata): boolean {
  if (m.hold !== 'waiting' || !Object.values(m.players).every((p) => p.credentials)) return false;
  delete m.hold;
  return true;
}

/** The host key of `m`, or 401/403. */
function checkHost(m: TableMetadata, key: string | undefined): void {
  if (!key) throw new ApiError(401, 'hostKeyRequired', 'Only the host may do this: send the host key (Authorization: Bearer …).');
  if (!m.host) throw new ApiError(403, 'noHost', 'This table has no host (a workshop table is run from its session).');
  if (!credentialsMatch(m.host, key)) throw new ApiError(403, 'notHost', 'Only the host may do this, and this is not the host key of this table.');
}

function checkPlaying(m: TableMetadata): void {
  if (m.gameover !== undefined && m.gameover !== null) throw new ApiError(410, 'matchOver', 'This match is over. Ask the host for a new table.');
}

export class Tables {
  constructor(private readonly o: TablesOptions) {}

  /**
   * Opens a table. Only the scenario, the number of seats, the bot seats and (optionally) the
   * roles and cases chosen per seat come from the client (random stays the default); `session` marks a table of a workshop session (unlisted: its people come through
   * the session).
   */
  async create(body: Record<string, unknown>, session?: TableMetadata['session']): Promise<{ matchID: string; code: string; hostKey?: string; scenario: string; seats: number }> {
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
    if (body.listed !== undefined && typeof body.listed !== 'boolean') throw new ApiError(400, 'badListed', '"listed" is true (show the table in the public list) or false (only people with the code or link find it; the default).');
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
    const initialState = InitializeGame({ game: { ...this.o.game, seed: this.o.newSeed() }, numPlayers: seats, setupData });
    const now = Date.now();
    const players: TableMetadata['players'] = {};
    for (let id = 0; id < seats; id++) players[id] = (bots as number[]).includes(id) ? botSeat(id) : { id };
    // A session's table has the session's own start and facilitator; a lobby table has a host and a waiting room.
    const hostKey = session ? undefined : newCredentials();
    const waiting = !session && bots.length < seats;
    for (let attempt = 0; ; attempt++) {
      const matchID = newMatchID();
      const metadata: TableMetadata = {
        gameName: this.o.game.name,
        players,
        setupData,
        unlisted: session !== undefined || body.listed !== true,
        createdAt: now,
        updatedAt: now,
        code: newJoinCode(),
        deck: { ...deckIdentity(this.o.content) },
        ...(session ? { session } : {}),
        ...(pace ? { pace } : {}),
        ...(hostKey ? { host: digestCredentials(hostKey) } : {}),
        ...(waiting ? { hold: 'waiting' as const } : {}),
      };
      try {
        await this.o.store.createMatch(matchID, { initialState, metadata });
      } catch (err) {
        if (err instanceof CodeTakenError && attempt < 10) continue;
        throw err;
      }
      this.o.metrics.matchesCreated.inc();
      this.o.logger.info({ matchID, code: metadata.code, scenario: scenario.id, seats, bots: bots.length, listed: !metadata.unlisted }, 'table created');
      this.o.onCreated?.(matchID, initialState, metadata);
      return { matchID, code: metadata.code!, ...(hostKey ? { hostKey } : {}), scenario: scenario.id, seats };
    }
  }

  private async find(rawCode: string): Promise<{ matchID: string; metadata: TableMetadata }> {
    const code = normaliseJoinCode(rawCode);
    const matchID = code ? await this.o.store.matchIDForCode(code) : undefined;
    const metadata = matchID ? (await this.o.store.fetch(matchID, { metadata: true })).metadata : undefined;
    if (!matchID || !metadata) throw new ApiError(404, 'unknownCode', 'No table has this code. Check the letters, or ask the host for the link.');
    return { matchID, metadata };
  }

  async get(code: string): Promise<TableInfo> {
    const { matchID, metadata } = await this.find(code);
    return info(matchID, metadata);
  }

  /**
   * The table of a match, for a seat link that carries the match's ID and no code (a turn
   * notice's): the same record as by its code.
   */
  async ofMatch(matchID: string): Promise<TableInfo> {
    const metadata = isMatchID(matchID) ? (await this.o.store.fetch(matchID, { metadata: true })).metadata : undefined;
    if (!metadata?.code) throw unknownMatch();
    return info(matchID, metadata);
  }

  /** Tables still in play, most recently active first. */
  async list(limit = 100): Promise<TableInfo[]> {
    const open = await this.o.store.listTables({ gameName: this.o.game.name, where: { isGameover: false, unlisted: false }, limit });
    return open.filter((t) => t.metadata.code).map((t) => info(t.matchID, t.metadata));
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
      const initiative = broughtInitiative(this.o.content, m, body.initiative);
      m.players[seat] = { id: seat, name: name.name, credentials: digestCredentials(credentials), isConnected: false, ...(initiative ? { data: { initiative } } : {}) };
      return { seat, started: startIfFull(m) };
    }, this.dealAgain).catch((err) => {
      this.o.metrics.joins.inc({ result: err instanceof ApiError ? err.code : 'error' });
      throw err;
    });
    if (result === false) throw new ApiError(404, 'unknownCode', 'No table has this code.');
    this.o.metrics.joins.inc({ result: 'joined' });
    this.o.logger.info({ matchID, seat: result.seat }, 'seat taken');
    if (result.started) await this.started(matchID, 'full');
    return { matchID, playerID: String(result.seat), credentials };
  }

  /**
   * A change a seated player makes to their own seat, with the seat's credentials (`playerID`
   * and `credentials` in the body): 404 for an unknown table, 403 for credentials that do not
   * open the seat; `change` runs on the stored metadata and may refuse too.
   */
  private async ownSeat<T>(code: string, body: Record<string, unknown>, change: (m: TableMetadata, seat: string) => T): Promise<{ matchID: string; seat: string; result: T }> {
    const { matchID } = await this.find(code);
    const seat = typeof body.playerID === 'string' ? body.playerID : typeof body.playerID === 'number' ? String(body.playerID) : '';
    const result = await this.o.master.updateMetadata(matchID, (m) => {
      if (!this.o.master.mayAct(m, seat, body.credentials)) throw new ApiError(403, 'badCredentials', 'These credentials do not open this seat.');
      return { value: change(m, seat) };
    });
    if (result === false) throw new ApiError(404, 'unknownCode', 'No table has this code.');
    return { matchID, seat, result: result.value };
  }

  async leave(code: string, body: Record<string, unknown>): Promise<void> {
    const { matchID, seat } = await this.ownSeat(code, body, (m, seat) => {
      // Before the start the seat is free again; during play too, until someone takes it through the invite or the host gives it to a bot.
      m.players[Number(seat)] = { id: Number(seat), isConnected: false };
    });
    this.o.dropSeat(matchID, seat);
    this.o.logger.info({ matchID, seat }, 'seat left');
  }

  /**
   * A seated player brings, changes or takes back (`initiative` null or left out: a deck
   * case) their own initiative while the table waits, with the seat's credentials as for
   * leaving. The same check as at the join; refused once play has begun. Nothing changes on a
   * refusal. Everyone in the waiting room hears of it (the seats' news carries the name).
   */
  async setInitiative(code: string, body: Record<string, unknown>): Promise<OwnInitiative | null> {
    const { matchID, seat, result } = await this.ownSeat(code, body, (m, seat) => {
      if (m.hold !== 'waiting') throw new ApiError(409, 'initiativeTooLate', 'This table is playing already: an own initiative is brought or changed in the waiting room, before the start.');
      const initiative = body.initiative === undefined || body.initiative === null ? null : fittingInitiative(this.o.content, m, body.initiative);
      const player = m.players[Number(seat)];
      const { initiative: _before, ...rest } = (player.data ?? {}) as { initiative?: OwnInitiative };
      const data = initiative ? { ...rest, initiative } : rest;
      if (Object.keys(data).length > 0) player.data = data;
      else delete player.data;
      return initiative;
    });
    this.o.logger.info({ matchID, seat, own: result !== null }, result ? 'own initiative brought to a seat' : 'seat plays a deck case');
    return result;
  }

  /** The host starts the table: its empty seats become bots (at least one person must sit). */
  async start(code: string, hostKey: string | undefined): Promise<void> {
    const { matchID } = await this.find(code);
    const bots = await this.o.master.updateMetadata(matchID, (m) => {
      checkHost(m, hostKey);
      checkPlaying(m);
      if (m.hold !== 'waiting') throw new ApiError(409, 'alreadyStarted', 'This table is playing already.');
      const seats = Object.values(m.players);
      if (!seats.some((p) => p.credentials && !isBotSeat(p))) throw new ApiError(409, 'nobodySeated', 'Nobody sits at this table yet: start it when at least one person has taken a seat.');
      let n = 0;
      for (const p of seats) {
        if (p.credentials) continue;
        m.players[p.id] = botSeat(p.id);
        n++;
      }
      delete m.hold;
      return { started: true, bots: n };
    }, this.dealAgain);
    if (bots === false) throw new ApiError(404, 'unknownCode', 'No table has this code.');
    this.o.logger.info({ matchID, bots: bots.bots }, 'table started by its host');
    await this.started(matchID, 'host');
  }

  /**
   * The host hands a seat to a bot (a stalled player, a free seat) — `to: 'bot'` — or takes
   * a seat back from a bot or a person so that anyone may take it through the invite (`to: 'free'`).
   * A person who held the seat loses it: their sockets are closed and their key opens nothing.
   */
  async handSeat(code: string, hostKey: string | undefined, rawSeat: unknown, to: 'bot' | 'free'): Promise<void> {
    const { matchID } = await this.find(code);
    const result = await this.o.master.updateMetadata(matchID, (m) => {
      checkHost(m, hostKey);
      checkPlaying(m);
      const seat = seatParam(rawSeat, Object.keys(m.players).length);
      const before = m.players[seat];
      if (to === 'bot') {
        if (isBotSeat(before)) throw new ApiError(409, 'alreadyBot', 'A bot plays this seat already.');
        m.players[seat] = botSeat(seat);
        return { seat, person: Boolean(before.credentials), started: startIfFull(m) };
      }
      if (!before.credentials) throw new ApiError(409, 'seatFree', 'This seat is free already: anyone with the invite can take it.');
      m.players[seat] = { id: seat, isConnected: false };
      return { seat, person: !isBotSeat(before), started: false };
    }, this.dealAgain);
    if (result === false) throw new ApiError(404, 'unknownCode', 'No table has this code.');
    if (result.person) this.o.dropSeat(matchID, String(result.seat));
    this.o.logger.info({ matchID, seat: result.seat, to }, to === 'bot' ? 'seat handed to a bot' : 'seat freed by the host');
    await this.started(matchID, result.started ? 'full' : 'seat');
  }

  /**
   * The moment play begins: if anyone brought an own initiative, the table is dealt again
   * from the same match seed with the initiatives as set-up data (as a hot-seat table is
   * set up), so roles, decks and every deck case come out as dealt and only the seats with
   * an initiative change (their case and the cards they offer). The initiatives become the
   * match's set-up data, and leave the seats.
   */
  private readonly dealAgain: Restate<{ started: boolean }> = (m, state, result) => {
    if (!result.started) return undefined;
    const seats = Object.values(m.players);
    const own = seats.map((p) => initiativeOfSeat(p) ?? null);
    for (const p of seats) if (initiativeOfSeat(p)) delete p.data;
    if (!own.some((x) => x !== null)) return undefined;
    const setupData: SetupData = { ...(m.setupData as SetupData), own };
    const problem = this.o.game.validateSetupData?.(setupData, seats.length);
    // Each initiative was checked when it was brought; a deck changed since is the only way here.
    if (problem) {
      this.o.logger.warn({ problem }, 'own initiatives no longer fit: the table keeps its deck cases');
      return undefined;
    }
    m.setupData = setupData;
    const seed = (state.plugins.random?.data as { seed?: string | number } | undefined)?.seed;
    return InitializeGame({ game: { ...this.o.game, seed }, numPlayers: seats.length, setupData });
  };

  /** After a start or a seat change: bots that are to move, move; the turn clock starts. */
  private async started(matchID: string, why: 'host' | 'full' | 'seat'): Promise<void> {
    if (why === 'full') this.o.logger.info({ matchID }, 'every seat taken: the table starts');
    await this.o.onSeatsChanged?.(matchID);
  }
}
