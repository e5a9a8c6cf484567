/**
 * Workshop sessions: a facilitator runs several tables at once. What the session API does,
 * apart from HTTP (routes.ts) and live streams (streams.ts):
 *
 * - a session is a document (session-doc.ts) changed only by compare-and-set (change()), so
 *   several instances serve one session without losing a change;
 * - its tables are ordinary matches (Tables.create), unlisted, marked with the session; a
 *   participant's seat credentials are the participant key, so the match metadata holds the
 *   same digest as the session and nothing secret is stored twice;
 * - pausing and ending put a `hold` on the match metadata, which the master checks before
 *   every move (refused with `paused` or `sessionEnded`), on every instance;
 * - every change is announced on the session's news channel (Redis with several instances),
 *   and the streams re-read what they show from the store.
 */
import type { State } from 'boardgame.io';
import type { Content } from '../../content/content.ts';
import { expectationOf, type Expectation } from '../../content/expected-play.ts';
import type { Dashboard, ParticipantView, ReplayStep, SessionHarvest, SessionInvitation, SessionSettings, Seating } from '../../protocol/sessions.ts';
import type { GameState } from '../../rules/state.ts';
import { credentialsMatch, digestCredentials, newCredentials } from '../credentials.ts';
import { ApiError } from '../http/errors.ts';
import { newJoinCode, newMatchID, normaliseJoinCode } from '../ids.ts';
import type { Tables } from '../lobby/tables.ts';
import { MAX_SEATS } from '../lobby/tables.ts';
import type { Logger } from '../logger.ts';
import type { TableMaster } from '../match/master.ts';
import type { PubSub } from '../match/pubsub.ts';
import { checkName } from '../names.ts';
import { botSeat } from '../bots/seat.ts';
import { CodeTakenError, type MatchStore, type TableMetadata } from '../storage/store.ts';
import { balancedTable, openQuestion, participantSummary, placedAt, type SessionDoc, type SessionParticipant, type SessionTable } from './session-doc.ts';
import type { SessionStore } from './store.ts';
import { sessionHarvest, type TableRecord } from './harvest.ts';
import { summariseTable } from './summary.ts';
import { replaySteps, type TableDeal } from './table-story.ts';
import { checkText } from './text.ts';

const MAX_TABLES = 30;
const MAX_PARTICIPANTS = 200;
const MAX_QUESTIONS = 50;

/** What travels on a session's news channel: only that something changed. */
export interface SessionNews {
  type: 'changed';
}

export function sessionChannel(sessionID: string): string {
  return `session:${sessionID}`;
}

export interface SessionsOptions {
  content: Content;
  store: SessionStore;
  matches: MatchStore;
  tables: Tables;
  master: TableMaster;
  /** Looks whether a bot is to move at this match now (after a start, a resume, a new bot seat). */
  kickBots: (matchID: string) => Promise<void>;
  news: PubSub<SessionNews>;
  logger: Logger;
}

const SESSION_ID = /^[A-Za-z0-9_-]{16}$/;

function isIndex(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length;
}

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S{1,256})\s*$/i.exec(header ?? '');
  return m?.[1];
}

export class Sessions {
  constructor(private readonly o: SessionsOptions) {}

  // ---- reading and changing a session ----------------------------------------------------

  private async load(sessionID: string): Promise<SessionDoc | undefined> {
    if (!SESSION_ID.test(sessionID)) return undefined;
    return (await this.o.store.get(sessionID))?.doc;
  }

  /**
   * Changes a session by compare-and-set: `edit` gets a fresh copy each attempt and returns
   * false to change nothing, or a value for the caller. A conflict (another request or
   * instance wrote first) reads again and retries.
   */
  private async change<T>(sessionID: string, edit: (doc: SessionDoc) => T | false): Promise<{ doc: SessionDoc; result: T | false }> {
    for (let attempt = 0; ; attempt++) {
      const stored = await this.o.store.get(sessionID);
      if (!stored) throw new ApiError(404, 'unknownSession', 'There is no such session.');
      const result = edit(stored.doc);
      if (result === false) return { doc: stored.doc, result };
      if (await this.o.store.replace(sessionID, stored.version, stored.doc)) {
        void this.announce(sessionID);
        return { doc: stored.doc, result };
      }
      if (attempt >= 20) throw new ApiError(503, 'busy', 'The session is being changed by many people at once. Please try again.');
    }
  }

  announce(sessionID: string): Promise<void> | void {
    return this.o.news.publish(sessionChannel(sessionID), { type: 'changed' });
  }

  /** The session, if the Authorization header carries its facilitator key; 401 or 403 otherwise. */
  async asFacilitator(sessionID: string, authorization: string | undefined): Promise<SessionDoc> {
    const key = bearer(authorization);
    if (!key) throw new ApiError(401, 'facilitatorKeyRequired', 'This needs the facilitator key (Authorization: Bearer …).');
    const doc = await this.load(sessionID);
    // An unknown session and a wrong key answer alike: neither tells whether the session exists.
    if (!doc || !credentialsMatch(doc.keyDigest, key)) throw new ApiError(403, 'badFacilitatorKey', 'This key does not open this session.');
    return doc;
  }

  /** The session and the participant whose key the Authorization header carries. */
  async asParticipant(sessionID: string, authorization: string | undefined): Promise<{ doc: SessionDoc; me: SessionParticipant }> {
    const key = bearer(authorization);
    if (!key) throw new ApiError(401, 'participantKeyRequired', 'This needs your participant key (Authorization: Bearer …).');
    const doc = await this.load(sessionID);
    const me = doc?.participants.find((p) => credentialsMatch(p.keyDigest, key));
    if (!doc || !me) throw new ApiError(403, 'badParticipantKey', 'This key does not belong to anyone in this session.');
    return { doc, me };
  }

  private async byCode(rawCode: string): Promise<SessionDoc> {
    const code = normaliseJoinCode(rawCode);
    const id = code ? await this.o.store.idForCode(code) : undefined;
    const doc = id ? await this.load(id) : undefined;
    if (!doc) throw new ApiError(404, 'unknownSessionCode', 'No session has this code. Check the letters, or ask the facilitator.');
    return doc;
  }

  // ---- creating ---------------------------------------------------------------------------

  private settings(body: Record<string, unknown>): SessionSettings {
    const title = checkText(body.title, 'a title', { max: 80 }) || 'Workshop';
    const scenarioID = body.scenario ?? 'standard';
    const scenario = typeof scenarioID === 'string' ? this.o.content.scenarios.get(scenarioID) : undefined;
    if (!scenario) throw new ApiError(400, 'unknownScenario', `There is no scenario "${String(scenarioID)}". Known: ${[...this.o.content.scenarios.keys()].join(', ')}.`);
    const min = Math.max(1, scenario.players.min);
    const max = Math.min(MAX_SEATS, scenario.players.max);
    const seats = body.seatsPerTable ?? Math.min(4, max);
    if (typeof seats !== 'number' || !Number.isInteger(seats) || seats < min || seats > max) {
      throw new ApiError(400, 'badSeats', `A table of scenario "${scenario.id}" has ${min} to ${max} seats.`);
    }
    const tables = body.tables ?? null;
    if (tables !== null && (typeof tables !== 'number' || !Number.isInteger(tables) || tables < 1 || tables > MAX_TABLES)) {
      throw new ApiError(400, 'badTables', `"tables" is a number from 1 to ${MAX_TABLES}, or null to open tables as people arrive.`);
    }
    const seating = body.seating ?? 'auto';
    if (seating !== 'auto' && seating !== 'self' && seating !== 'arranged') throw new ApiError(400, 'badSeating', '"seating" is "auto", "self" or "arranged".');
    for (const flag of ['bots', 'initiatives'] as const) {
      if (body[flag] !== undefined && typeof body[flag] !== 'boolean') throw new ApiError(400, 'badFlag', `"${flag}" is true or false.`);
    }
    const stall = body.stallMinutes ?? 3;
    if (typeof stall !== 'number' || !Number.isFinite(stall) || stall < 0.5 || stall > 120) throw new ApiError(400, 'badStall', '"stallMinutes" is a number from 0.5 to 120.');
    return { title, scenario: scenario.id, seatsPerTable: seats, tables, bots: body.bots === true, initiatives: body.initiatives === true, seating: seating as Seating, stallMinutes: stall };
  }

  async create(body: Record<string, unknown>): Promise<{ doc: SessionDoc; facilitatorKey: string }> {
    const settings = this.settings(body);
    const facilitatorKey = newCredentials();
    const id = newMatchID().slice(0, 16);
    const now = Date.now();
    const doc: SessionDoc = {
      id,
      code: '',
      keyDigest: digestCredentials(facilitatorKey),
      settings,
      status: 'gathering',
      createdAt: now,
      startedAt: null,
      endedAt: null,
      participants: [],
      tables: [],
      countdown: null,
      broadcast: null,
      questions: [],
      notes: [],
    };
    // The tables first: a session is never stored without the tables it promises.
    for (let i = 0; i < (settings.tables ?? 1); i++) doc.tables.push(await this.openTable(doc, i));
    for (let attempt = 0; ; attempt++) {
      doc.code = newJoinCode();
      try {
        await this.o.store.create(doc);
        break;
      } catch (err) {
        if (err instanceof CodeTakenError && attempt < 10) continue;
        throw err;
      }
    }
    this.o.logger.info({ sessionID: id, scenario: settings.scenario, tables: settings.tables, seats: settings.seatsPerTable, seating: settings.seating }, 'session created');
    return { doc, facilitatorKey };
  }

  private async openTable(doc: SessionDoc, index: number): Promise<SessionTable> {
    const { matchID, code } = await this.o.tables.create({ scenario: doc.settings.scenario, seats: doc.settings.seatsPerTable }, { id: doc.id, table: index });
    return { index, matchID, code, paused: false, help: null, helpAnswer: null, turn: 0, turnStartedAt: null, lastMoveAt: null };
  }

  /** "As people arrive": one more table, unless another request opened it meanwhile. */
  private async addTable(sessionID: string, knownTables: number): Promise<void> {
    const doc = await this.load(sessionID);
    if (!doc || doc.tables.length > knownTables || doc.tables.length >= MAX_TABLES) return;
    const table = await this.openTable(doc, knownTables);
    const { result } = await this.change(sessionID, (d) => {
      if (d.tables.length !== knownTables) return false;
      d.tables.push(table);
      return true;
    });
    if (result === false) await this.o.matches.wipe(table.matchID);
    else if (doc.status === 'running') await this.fillWithBots(sessionID, table.index);
  }

  // ---- joining and seating ----------------------------------------------------------------

  async invitation(code: string): Promise<SessionInvitation> {
    const doc = await this.byCode(code);
    return {
      sessionID: doc.id,
      code: doc.code,
      title: doc.settings.title,
      scenario: doc.settings.scenario,
      status: doc.status,
      seating: doc.settings.seating,
      initiatives: doc.settings.initiatives,
      ...this.expectedOf(doc),
      tables: doc.tables.map((t) => ({ index: t.index, seats: doc.settings.seatsPerTable, taken: placedAt(doc, t.index).length })),
    };
  }

  /** Where a newcomer goes: their own choice (self-chosen seating), the facilitator's later (arranged, before the start), or balanced. */
  private placeFor(doc: SessionDoc, wanted: unknown): number | null | 'full' {
    const hasRoom = (t: number) => placedAt(doc, t).length < doc.settings.seatsPerTable;
    if (doc.settings.seating === 'self' && wanted !== undefined && wanted !== null) {
      if (!isIndex(wanted, doc.tables.length)) throw new ApiError(400, 'badTable', `This session has tables 0 to ${doc.tables.length - 1}.`);
      if (hasRoom(wanted)) return wanted;
      if (doc.status === 'gathering') throw new ApiError(409, 'tableFull', 'This table is full. Choose another one.');
    }
    if (doc.settings.seating === 'arranged' && doc.status === 'gathering') return null;
    if (doc.settings.seating === 'self' && doc.status === 'gathering') return null;
    return balancedTable(doc) ?? 'full';
  }

  async join(code: string, body: Record<string, unknown>): Promise<{ doc: SessionDoc; participantID: string; participantKey: string }> {
    const found = await this.byCode(code);
    const name = checkName(body.name);
    if (!name.ok) throw new ApiError(400, 'badName', name.message);
    const initiative = found.settings.initiatives ? checkText(body.initiative, 'your initiative', { max: 200 }) || null : null;
    const participantKey = newCredentials();
    const participantID = newMatchID().slice(0, 10);
    for (;;) {
      const { doc, result } = await this.change(found.id, (d) => {
        if (d.status === 'ended') throw new ApiError(410, 'sessionEnded', 'This session has ended.');
        if (d.participants.length >= MAX_PARTICIPANTS) throw new ApiError(409, 'sessionFull', 'This session has as many people as it can take.');
        const place = this.placeFor(d, body.table);
        if (place === 'full') return 'full' as const;
        d.participants.push({ id: participantID, name: name.name, initiative, keyDigest: digestCredentials(participantKey), table: place, seat: null, joinedAt: Date.now() });
        return 'joined' as const;
      });
      if (result === 'joined') {
        if (doc.status === 'running') await this.seatEveryone(doc.id);
        this.o.logger.info({ sessionID: doc.id, participantID }, 'participant joined');
        return { doc, participantID, participantKey };
      }
      if (doc.settings.tables !== null || doc.tables.length >= MAX_TABLES) throw new ApiError(409, 'sessionFull', 'Every table of this session is full. Ask the facilitator.');
      await this.addTable(doc.id, doc.tables.length);
    }
  }

  /** Self-chosen seating: a participant moves to another table before the start. */
  async chooseTable(sessionID: string, me: SessionParticipant, table: unknown): Promise<void> {
    await this.change(sessionID, (d) => {
      if (d.settings.seating !== 'self') throw new ApiError(409, 'notSelfSeating', 'In this session the tables are not chosen by the participants.');
      if (d.status !== 'gathering') throw new ApiError(409, 'alreadyStarted', 'The session has started: tables no longer change.');
      if (!isIndex(table, d.tables.length)) throw new ApiError(400, 'badTable', `This session has tables 0 to ${d.tables.length - 1}.`);
      const p = d.participants.find((x) => x.id === me.id)!;
      if (p.table === table) return false;
      if (placedAt(d, table).length >= d.settings.seatsPerTable) throw new ApiError(409, 'tableFull', 'This table is full. Choose another one.');
      p.table = table;
      return true;
    });
  }

  /** The facilitator places someone at a table (or back among the unplaced: null) before the start. */
  async arrange(sessionID: string, participantID: unknown, table: unknown): Promise<void> {
    await this.change(sessionID, (d) => {
      if (d.status !== 'gathering') throw new ApiError(409, 'alreadyStarted', 'The session has started: tables no longer change.');
      const p = d.participants.find((x) => x.id === participantID);
      if (!p) throw new ApiError(404, 'unknownParticipant', 'Nobody in this session has this id.');
      if (table !== null && !isIndex(table, d.tables.length)) throw new ApiError(400, 'badTable', `This session has tables 0 to ${d.tables.length - 1}.`);
      if (p.table === table) return false;
      if (table !== null && placedAt(d, table).length >= d.settings.seatsPerTable) throw new ApiError(409, 'tableFull', 'This table is full.');
      p.table = table;
      return true;
    });
  }

  /** Starts the tables: everybody gets a seat, the unplaced a balanced one; empty seats go to bots if chosen. */
  async start(sessionID: string): Promise<void> {
    await this.change(sessionID, (d) => {
      if (d.status !== 'gathering') throw new ApiError(409, 'alreadyStarted', 'This session has started already.');
      for (const p of d.participants) {
        if (p.table !== null) continue;
        const place = balancedTable(d);
        if (place === undefined) throw new ApiError(409, 'sessionFull', 'Not everyone fits at the tables: move people, or start with more tables.');
        p.table = place;
      }
      d.status = 'running';
      d.startedAt = Date.now();
      for (const t of d.tables) t.turnStartedAt = d.startedAt;
      return true;
    });
    await this.seatEveryone(sessionID);
    const doc = (await this.load(sessionID))!;
    for (const t of doc.tables) await this.fillWithBots(sessionID, t.index);
    this.o.logger.info({ sessionID, participants: doc.participants.length, tables: doc.tables.length }, 'session started');
  }

  /**
   * Gives every placed participant without a seat one at their table's match: a free seat,
   * else a bot's. Seating is idempotent (the seat holding the participant's digest is theirs),
   * so two requests doing it at once seat nobody twice.
   */
  private async seatEveryone(sessionID: string): Promise<void> {
    const doc = await this.load(sessionID);
    if (!doc || doc.status !== 'running') return;
    for (const p of doc.participants) {
      if (p.table === null || p.seat !== null) continue;
      const table = doc.tables[p.table];
      const seat = await this.o.master.updateMetadata(table.matchID, (m) => {
        const seats = Object.values(m.players);
        const mine = seats.find((s) => s.credentials === p.keyDigest);
        if (mine) return mine.id;
        const free = seats.find((s) => !s.credentials) ?? seats.find((s) => s.data?.bot === true);
        if (!free) return false;
        m.players[free.id] = { id: free.id, name: p.name, credentials: p.keyDigest, isConnected: false };
        return free.id;
      });
      if (seat === false) {
        this.o.logger.warn({ sessionID, table: table.index }, 'no seat left for a participant');
        continue;
      }
      await this.change(sessionID, (d) => {
        const q = d.participants.find((x) => x.id === p.id)!;
        if (q.seat === seat) return false;
        q.seat = seat;
        return true;
      });
    }
  }

  private async fillWithBots(sessionID: string, index: number): Promise<void> {
    const doc = await this.load(sessionID);
    if (!doc || !doc.settings.bots || doc.status !== 'running') return;
    const table = doc.tables[index];
    const added = await this.o.master.updateMetadata(table.matchID, (m) => {
      let n = 0;
      for (const s of Object.values(m.players)) {
        if (s.credentials) continue;
        m.players[s.id] = botSeat(s.id);
        n++;
      }
      return n > 0 ? n : false;
    });
    if (added !== false) await this.o.kickBots(table.matchID);
  }

  // ---- pace -------------------------------------------------------------------------------

  private async hold(matchID: string, hold: TableMetadata['hold']): Promise<void> {
    await this.o.master.updateMetadata(matchID, (m) => {
      if (m.hold === hold || m.hold === 'ended') return false;
      if (hold) m.hold = hold;
      else delete m.hold;
      return true;
    });
    if (!hold) await this.o.kickBots(matchID);
  }

  /** Pauses (or resumes) one table, or every table when `table` is undefined. */
  async pause(sessionID: string, table: unknown, paused: boolean): Promise<void> {
    const { doc } = await this.change(sessionID, (d) => {
      if (d.status === 'ended') throw new ApiError(409, 'sessionEnded', 'This session has ended.');
      if (table !== undefined && table !== null && !isIndex(table, d.tables.length)) throw new ApiError(400, 'badTable', `This session has tables 0 to ${d.tables.length - 1}.`);
      for (const t of d.tables) if (table === undefined || table === null || t.index === table) t.paused = paused;
      return true;
    });
    for (const t of doc.tables) if (table === undefined || table === null || t.index === table) await this.hold(t.matchID, paused ? 'paused' : undefined);
    this.o.logger.info({ sessionID, table: table ?? 'all', paused }, paused ? 'tables paused' : 'tables resumed');
  }

  async countdown(sessionID: string, seconds: unknown, label: unknown): Promise<void> {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > 3 * 3600) throw new ApiError(400, 'badCountdown', '"seconds" is a number from 0 (no countdown) to 10800.');
    const text = checkText(label, 'a label', { max: 80 });
    await this.change(sessionID, (d) => {
      d.countdown = seconds === 0 ? null : { endsAt: Date.now() + Math.round(seconds * 1000), label: text };
      return true;
    });
  }

  async broadcast(sessionID: string, text: unknown): Promise<void> {
    const message = checkText(text, 'a message', { max: 280 });
    await this.change(sessionID, (d) => {
      d.broadcast = message ? { text: message, at: Date.now() } : null;
      return true;
    });
  }

  async ask(sessionID: string, text: unknown): Promise<string> {
    const question = checkText(text, 'a question', { max: 280, required: true });
    const id = newMatchID().slice(0, 8);
    await this.change(sessionID, (d) => {
      if (d.questions.length >= MAX_QUESTIONS) throw new ApiError(409, 'tooManyQuestions', `A session holds at most ${MAX_QUESTIONS} questions.`);
      d.questions.push({ id, text: question, at: Date.now() });
      return true;
    });
    return id;
  }

  /** A table's notes on a question: one text per table, the newest writing wins. */
  async note(sessionID: string, me: SessionParticipant, questionID: unknown, text: unknown): Promise<void> {
    const notes = checkText(text, 'your notes', { max: 2000, lines: true });
    await this.change(sessionID, (d) => {
      if (!d.questions.some((q) => q.id === questionID)) throw new ApiError(404, 'unknownQuestion', 'There is no such question in this session.');
      const p = d.participants.find((x) => x.id === me.id)!;
      if (p.table === null) throw new ApiError(409, 'notSeated', 'You have no table yet.');
      d.notes = d.notes.filter((n) => !(n.questionID === questionID && n.table === p.table));
      if (notes) d.notes.push({ questionID: questionID as string, table: p.table, text: notes, by: p.name, at: Date.now() });
      return true;
    });
  }

  async askForHelp(sessionID: string, me: SessionParticipant, text: unknown): Promise<void> {
    const message = checkText(text, 'your question', { max: 280 });
    await this.change(sessionID, (d) => {
      const p = d.participants.find((x) => x.id === me.id)!;
      if (p.table === null) throw new ApiError(409, 'notSeated', 'You have no table yet.');
      const t = d.tables[p.table];
      t.help = { at: Date.now(), by: p.name, text: message };
      t.helpAnswer = null;
      return true;
    });
  }

  async answerHelp(sessionID: string, table: unknown, text: unknown): Promise<void> {
    const answer = checkText(text, 'an answer', { max: 280 });
    await this.change(sessionID, (d) => {
      if (!isIndex(table, d.tables.length)) throw new ApiError(400, 'badTable', `This session has tables 0 to ${d.tables.length - 1}.`);
      const t = d.tables[table];
      t.help = null;
      t.helpAnswer = answer || '✓';
      return true;
    });
  }

  /** Ends every table: no move is accepted any more (reason `sessionEnded`); the harvest stays. */
  async end(sessionID: string): Promise<void> {
    const { doc } = await this.change(sessionID, (d) => {
      if (d.status === 'ended') return false;
      d.status = 'ended';
      d.endedAt = Date.now();
      d.countdown = null;
      return true;
    });
    for (const t of doc.tables) await this.hold(t.matchID, 'ended');
    this.o.logger.info({ sessionID }, 'session ended');
  }

  // ---- moves ------------------------------------------------------------------------------

  /**
   * After a stored move of a session's table: notes when its turn began and when it last
   * moved (written at a turn change, or when the last note is over 30 s old, so a busy
   * table does not rewrite its session with every move), and tells the dashboards.
   */
  async moved(matchID: string, state: State, metadata: TableMetadata): Promise<void> {
    const ref = metadata.session;
    if (!ref) return;
    const turn = (state.G as { turn?: { number?: number } }).turn?.number ?? 0;
    const now = Date.now();
    const { result } = await this.change(ref.id, (d) => {
      const t = d.tables[ref.table];
      if (!t || t.matchID !== matchID) return false;
      const newTurn = t.turn !== turn;
      if (!newTurn && t.lastMoveAt !== null && now - t.lastMoveAt < 30_000) return false;
      if (newTurn) {
        t.turn = turn;
        t.turnStartedAt = now;
      }
      t.lastMoveAt = now;
      return true;
    });
    // A change announces itself; otherwise the dashboards still hear of the move.
    if (result === false) await this.announce(ref.id);
  }

  // ---- answers ----------------------------------------------------------------------------

  /**
   * What a table of the session can expect, as the set-up forms and GET /api/scenarios say it
   * (the band and, when measured, its playing length): `{ expected }`, or nothing for a
   * scenario this deck no longer has.
   */
  expectedOf(doc: SessionDoc): { expected?: Expectation } {
    const expected = expectationOf(this.o.content, doc.settings.scenario, doc.settings.seatsPerTable);
    return expected ? { expected } : {};
  }

  async dashboard(doc: SessionDoc, joinUrl: string): Promise<Dashboard> {
    const now = Date.now();
    const tables = [];
    for (const t of doc.tables) {
      const { state, metadata } = await this.o.matches.fetch(t.matchID, { state: true, metadata: true });
      tables.push(summariseTable(doc, t, state, metadata, now));
    }
    return {
      sessionID: doc.id,
      code: doc.code,
      joinUrl,
      settings: doc.settings,
      ...this.expectedOf(doc),
      status: doc.status,
      createdAt: doc.createdAt,
      startedAt: doc.startedAt,
      endedAt: doc.endedAt,
      participants: doc.participants.map(participantSummary),
      tables,
      countdown: doc.countdown,
      broadcast: doc.broadcast,
      questions: doc.questions,
      serverNow: now,
    };
  }

  async harvest(doc: SessionDoc): Promise<SessionHarvest> {
    const records: TableRecord[] = [];
    for (const t of doc.tables) {
      const { state, metadata, log } = await this.o.matches.fetch(t.matchID, { state: true, metadata: true, log: true });
      records.push({ state, metadata, log: log ?? [] });
    }
    return sessionHarvest(this.o.content, doc, records);
  }

  /** A table turn by turn, replayed from its stored log (for the debrief). */
  /** The match of a session's table, by its index in an address (404 for none). */
  tableMatch(doc: SessionDoc, index: unknown): string {
    const i = typeof index === 'string' && /^\d{1,3}$/.test(index) ? Number(index) : -1;
    if (!isIndex(i, doc.tables.length)) throw new ApiError(404, 'unknownTable', 'This session has no such table.');
    return doc.tables[i].matchID;
  }

  async replay(doc: SessionDoc, index: unknown): Promise<ReplayStep[]> {
    const matchID = this.tableMatch(doc, index);
    const { state, metadata, log } = await this.o.matches.fetch(matchID, { state: true, metadata: true, log: true });
    if (!state || !metadata) throw new ApiError(404, 'unknownTable', 'This session has no such table.');
    const seats = Object.values(metadata.players);
    try {
      return replaySteps(this.o.content, state.G as GameState, seats.length, log ?? [], (seat) => seats.find((s) => s.id === seat)?.name ?? null, metadata.setupData as TableDeal | undefined);
    } catch (err) {
      // A log that does not replay to the table (content changed since, say) is not shown as its story.
      this.o.logger.warn({ err: (err as Error).message, matchID }, 'table replay failed');
      throw new ApiError(409, 'replayUnavailable', 'This table cannot be replayed from its log (the game content may have changed since).');
    }
  }

  participantView(doc: SessionDoc, me: SessionParticipant): ParticipantView {
    const p = doc.participants.find((x) => x.id === me.id) ?? me;
    const table = p.table === null ? undefined : doc.tables[p.table];
    const question = openQuestion(doc);
    return {
      sessionID: doc.id,
      title: doc.settings.title,
      status: doc.status,
      me: { id: p.id, name: p.name, initiative: p.initiative, table: p.table },
      table: table && p.seat !== null ? { index: table.index, matchID: table.matchID, code: table.code, playerID: String(p.seat) } : null,
      paused: table?.paused === true,
      countdown: doc.countdown,
      broadcast: doc.broadcast,
      question,
      notes: (question && table && doc.notes.find((n) => n.questionID === question.id && n.table === table.index)?.text) || '',
      help: { pending: Boolean(table?.help), answer: table?.helpAnswer ?? null },
      serverNow: Date.now(),
    };
  }
}
