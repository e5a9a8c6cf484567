/**
 * The harvest: everything the debrief shows, computed from a match's state (or its record,
 * replayed) by one pure function. The end screen, the downloads and a facilitator's session
 * harvest over several tables all read this, so they can never tell different stories.
 *
 * It works on the full state and on the public view alike (it reads nothing secret), so a
 * browser, a spectator and the server compute the same harvest.
 */
import { settingsFor } from '../rules/scenario-settings.ts';
import type { Content } from '../content/content.ts';
import { PATTERN_IDS } from '../content/names.ts';
import type { PatternId } from '../content/schema.ts';
import type { MatchRecord } from '../record/record.ts';
import { replay } from '../record/record.ts';
import type { ExchangeKind, Moment, ReflectionNote, RoundRow } from '../rules/chronicle.ts';
import { caseNeeds, caseTransformation } from '../rules/own-case.ts';
import { ruleValue } from '../rules/rule-values.ts';
import type { GameState, Outcome, Seat } from '../rules/state.ts';
import type { PublicState } from '../rules/view.ts';

export const HARVEST_FORMAT = 'school-of-commons/harvest@1';

/** What the harvest reads: the parts of a state every player may see. */
export type HarvestInput = Pick<GameState | PublicState, 'scenario' | 'players' | 'cases' | 'commons' | 'turn' | 'outcome' | 'stats' | 'chronicle' | 'trust' | 'crisis' | 'pressure' | 'rules' | 'patternRules' | 'transformations'>;

export interface TimelineRound extends RoundRow {
  /** Places that broke down in this round. */
  breakdowns: PatternId[];
  /** Cases that became commons in this round. */
  commonsMade: string[];
}

export interface ExchangeLink {
  from: Seat;
  to: Seat;
  kind: ExchangeKind;
  count: number;
  /** How many of the exchanges were of each pattern. */
  patterns: Partial<Record<PatternId, number>>;
}

export type ExchangeTally = Record<ExchangeKind, number>;

export interface PlayerHarvest {
  seat: Seat;
  name: string | null;
  role: string;
  /** The case this player brought (a deck case id, or an own initiative's id). */
  case: string;
  initiative: { name: string; line: string; offers: PatternId[]; learns: PatternId[] } | null;
  gave: ExchangeTally;
  received: ExchangeTally;
  /** Patterns this player was taught in, with how often. */
  learned: Partial<Record<PatternId, number>>;
  /** Patterns this player wanted to learn and was taught in. */
  learnedWanted: PatternId[];
  /** Needs this player helped meet, per case (apply, or either side of a co-creation). */
  needsMet: Record<string, number>;
}

export interface CaseHarvest {
  id: string;
  holder: Seat;
  own: boolean;
  done: boolean;
  transformation: string;
  needs: Partial<Record<PatternId, number>>;
  met: Partial<Record<PatternId, number>>;
  /** Needs met over needs in all, 0 … 1. */
  progress: number;
  contributors: Seat[];
}

export type TurningPoint =
  | Moment
  | { kind: 'cascade'; round: number; turn: number; places: PatternId[] }
  | { kind: 'peakPressure'; round: number; turn: null; total: number };

export interface Harvest {
  format: typeof HARVEST_FORMAT;
  scenario: string;
  outcome: Outcome | null;
  turns: number;
  rounds: number;
  /** The scale of the timeline: the most each line can reach. */
  limits: { pressure: number; trust: number; crisis: number };
  timeline: TimelineRound[];
  network: ExchangeLink[];
  players: PlayerHarvest[];
  cases: CaseHarvest[];
  notes: ReflectionNote[];
  turningPoints: TurningPoint[];
  totals: ExchangeTally & { breakdowns: number; commons: number; pauses: number; notesWritten: number };
}

const KINDS: readonly ExchangeKind[] = ['teach', 'share', 'coCreate'];

function tally(): ExchangeTally {
  return { teach: 0, share: 0, coCreate: 0 };
}

/** The pattern of an exchanged item: a card definition's pattern, or a pattern itself. */
function patternOfItem(content: Content, item: string): PatternId | null {
  if ((PATTERN_IDS as readonly string[]).includes(item)) return item as PatternId;
  return content.knowledge.get(item)?.pattern ?? null;
}

function network(content: Content, exchanges: Record<string, number>): ExchangeLink[] {
  const links = new Map<string, ExchangeLink>();
  for (const [key, count] of Object.entries(exchanges)) {
    const [kind, from, to, item] = key.split('|');
    const id = `${kind}|${from}|${to}`;
    let link = links.get(id);
    if (!link) links.set(id, (link = { from: Number(from), to: Number(to), kind: kind as ExchangeKind, count: 0, patterns: {} }));
    link.count += count;
    const pattern = patternOfItem(content, item);
    if (pattern) link.patterns[pattern] = (link.patterns[pattern] ?? 0) + count;
  }
  return [...links.values()].sort((a, b) => a.from - b.from || a.to - b.to || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}

function timeline(input: HarvestInput): TimelineRound[] {
  const c = input.chronicle;
  return c.rounds.map((row) => ({
    ...row,
    breakdowns: c.moments.flatMap((m) => (m.kind === 'breakdown' && m.round === row.round ? [m.place] : [])),
    commonsMade: c.moments.flatMap((m) => (m.kind === 'commons' && m.round === row.round ? [m.case] : [])),
  }));
}

/**
 * The moments worth telling: every commons, wave, new day and the outcome; the first
 * breakdown, and breakdowns that came several in one turn as one cascade; the peak of
 * pressure on the board.
 */
function turningPoints(input: HarvestInput): TurningPoint[] {
  const out: TurningPoint[] = [];
  const moments = input.chronicle.moments;
  let firstBreakdown = true;
  for (let i = 0; i < moments.length; i++) {
    const m = moments[i];
    if (m.kind !== 'breakdown') {
      out.push(m);
      continue;
    }
    const places: PatternId[] = [m.place];
    while (moments[i + 1]?.kind === 'breakdown' && moments[i + 1].turn === m.turn) places.push((moments[++i] as typeof m).place);
    if (places.length > 1) out.push({ kind: 'cascade', round: m.round, turn: m.turn, places });
    else if (firstBreakdown) out.push(m);
    firstBreakdown = false;
  }
  const peak = input.stats.peakPressure;
  if (peak.total > 0) {
    const at = out.findIndex((p) => p.round > peak.round);
    out.splice(at < 0 ? out.length : at, 0, { kind: 'peakPressure', round: peak.round, turn: null, total: peak.total });
  }
  return out;
}

export interface HarvestOptions {
  /** Player names by seat (a hot-seat table's or the lobby's). */
  names?: readonly (string | null | undefined)[];
}

export function harvest(content: Content, input: HarvestInput, options: HarvestOptions = {}): Harvest {
  const links = network(content, input.chronicle.exchanges);
  const scenario = content.scenarios.get(input.scenario);
  const players: PlayerHarvest[] = input.players.map((p, seat) => {
    const own = input.cases.find((c) => c.holder === seat);
    const gave = tally();
    const received = tally();
    const learned: Partial<Record<PatternId, number>> = {};
    for (const l of links) {
      if (l.from === seat) gave[l.kind] += l.count;
      if (l.to === seat) received[l.kind] += l.count;
      // In a co-creation both learn from the other; teaching teaches the receiver.
      if (l.kind === 'teach' && l.to === seat) {
        for (const [pattern, n] of Object.entries(l.patterns)) learned[pattern as PatternId] = (learned[pattern as PatternId] ?? 0) + n!;
      }
    }
    const initiative = own?.own ? { name: own.own.name, line: own.own.line, offers: own.own.offers, learns: own.own.learns } : null;
    return {
      seat,
      name: options.names?.[seat]?.trim() || null,
      role: p.role,
      case: own?.id ?? '',
      initiative,
      gave,
      received,
      learned,
      learnedWanted: initiative ? initiative.learns.filter((x) => (learned[x] ?? 0) > 0) : [],
      needsMet: {},
    };
  });
  const cases: CaseHarvest[] = input.cases.map((c) => {
    const needs = caseNeeds(content, c);
    let total = 0;
    let met = 0;
    for (const p in needs) {
      total += needs[p as PatternId]!;
      met += Math.min(c.met[p as PatternId] ?? 0, needs[p as PatternId]!);
    }
    return {
      id: c.id,
      holder: c.holder,
      own: Boolean(c.own),
      done: c.done,
      transformation: caseTransformation(content, c),
      needs: { ...needs },
      met: { ...c.met },
      progress: total === 0 ? 1 : met / total,
      contributors: [...c.contributors],
    };
  });
  for (const [key, n] of Object.entries(input.chronicle.met)) {
    const [seat, id] = key.split('|');
    const p = players[Number(seat)];
    if (p) p.needsMet[id] = n;
  }
  const notes = input.chronicle.notes.map((n) => ({ ...n }));
  const moments = input.chronicle.moments;
  return {
    format: HARVEST_FORMAT,
    scenario: input.scenario,
    outcome: input.outcome,
    turns: input.turn.number,
    rounds: input.turn.round,
    limits: {
      pressure: content.pressureLimit * PATTERN_IDS.length,
      trust: ruleValue(content, input as GameState, 'trustMax'),
      crisis: scenario ? settingsFor(scenario, input.players.length).start.crisisLimit : Math.max(1, input.crisis),
    },
    timeline: timeline(input),
    network: links,
    players,
    cases,
    notes,
    turningPoints: turningPoints(input),
    totals: {
      teach: links.filter((l) => l.kind === 'teach').reduce((a, l) => a + l.count, 0),
      share: links.filter((l) => l.kind === 'share').reduce((a, l) => a + l.count, 0),
      coCreate: links.filter((l) => l.kind === 'coCreate').reduce((a, l) => a + l.count, 0),
      breakdowns: moments.filter((m) => m.kind === 'breakdown').length,
      commons: input.commons.length,
      pauses: notes.length,
      notesWritten: notes.filter((n) => n.note !== null).length,
    },
  };
}

/** The harvest of a recorded match: replays it (checking every move) and reads the end state. */
export function harvestRecord(content: Content, record: MatchRecord, options: HarvestOptions = {}): Harvest {
  return harvest(content, replay(content, record), options);
}
