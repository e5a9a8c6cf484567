/**
 * npm run fixtures — records the matches in tests/fixtures/matches/ from fixed seeds:
 *   win.json        a won game (a purposeful policy, first seed that wins)
 *   loss.json       a lost game (uniform random play)
 *   every-move.json a game in which every kind of move occurs
 * The records are data: replaying them must give their sealed hash forever, whatever later
 * changes to bots. If a rule change makes a record unplayable, regenerate and say so in the
 * commit.
 */
import { writeFileSync } from 'node:fs';
import type { Content } from '../content/content.ts';
import { loadContent } from '../content/load.ts';
import { RECORD_FORMAT, sealRecord, type MatchRecord } from '../record/record.ts';
import { legalMoves, openNeeds, play, setup, type Move, type MoveType } from '../rules/index.ts';
import { cardsOfPattern } from '../rules/knowledge.ts';
import type { GameState, Seat } from '../rules/state.ts';
import type { PatternId } from '../content/schema.ts';
import { toolArgs, usageError } from './args.ts';

type Policy = (c: Content, s: GameState, seat: Seat, options: Move[], roll: () => number) => Move;

function lcg(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const uniform: Policy = (_c, _s, _seat, options, roll) => options[Math.floor(roll() * options.length)];

/** Open needs of every unfinished case, per pattern. */
function neededPatterns(c: Content, s: GameState): Map<PatternId, number> {
  const out = new Map<PatternId, number>();
  for (const k of s.cases) {
    if (k.done) continue;
    for (const p of Object.keys(c.cases.get(k.id)!.needs) as PatternId[]) {
      const open = openNeeds(c, k, p);
      if (open > 0) out.set(p, (out.get(p) ?? 0) + open);
    }
  }
  return out;
}

/** Meets needs where it can, cares for places about to break, travels to where its cards count. */
const purposeful: Policy = (c, s, seat, options, roll) => {
  const of = (t: MoveType) => options.filter((m) => m.type === t);
  if (s.turn.stage === 'reflection') return of('reflect')[0];
  const needs = neededPatterns(c, s);
  const hand = s.players[seat].hand;
  if (s.turn.stage === 'discard') {
    const worst = of('discard').sort((a, b) => score(a) - score(b))[0];
    return worst;
    function score(m: Move) {
      return needs.get(c.knowledge.get((m as { card: string }).card.split('#')[0])!.pattern) ?? 0;
    }
  }
  const here = s.players[seat].place;
  const pick = (ms: Move[]) => ms[Math.floor(roll() * ms.length)];
  if (of('coCreate').length) return pick(of('coCreate'));
  if (of('apply').length) return pick(of('apply'));
  if (s.pressure[here] >= 3 && of('care').length) return of('care')[0];
  // Where do my cards meet a need?
  const targets = [...needs.keys()].filter((p) => cardsOfPattern(c, hand, p).length >= 2);
  if (targets.length && !targets.includes(here) && of('travel').length) {
    const best = of('travel').sort((a, b) => Math.min(...targets.map((p) => c.distance[(a as { to: PatternId }).to][p])) - Math.min(...targets.map((p) => c.distance[(b as { to: PatternId }).to][p])))[0];
    return best;
  }
  if (s.pressure[here] >= 2 && of('care').length) return of('care')[0];
  const useful = of('study').filter((m) => (m as { from: string }).from !== 'deck' && needs.has(c.knowledge.get((m as { from: string }).from.split('#')[0])!.pattern));
  if (s.turn.actionsLeft > 0 && useful.length) return useful[0];
  if (s.turn.actionsLeft > 0 && of('study').length) return of('study')[0];
  return of('endTurn')[0] ?? pick(options);
};

function playGame(c: Content, scenario: string, players: number, seed: string, policy: Policy, rollSeed: number): MatchRecord {
  const s = setup(c, { scenario, players, seed });
  const roll = lcg(rollSeed);
  const moves: MatchRecord['moves'] = [];
  while (!s.outcome) {
    const seat = s.turn.seat;
    const move = policy(c, s, seat, legalMoves(c, s, seat), roll);
    const reason = play(c, s, seat, move);
    if (reason) throw new Error(`policy chose an illegal move: ${reason}`);
    moves.push({ seat, move });
  }
  return sealRecord(c, { format: RECORD_FORMAT, scenario, players, seed, moves });
}

function find(what: string, make: (i: number) => MatchRecord, ok: (r: MatchRecord) => boolean): MatchRecord {
  for (let i = 0; i < 5000; i++) {
    const r = make(i);
    if (ok(r)) return r;
  }
  throw new Error(`no ${what} found in 5000 seeds`);
}

const ALL: MoveType[] = ['travel', 'study', 'share', 'teach', 'apply', 'coCreate', 'care', 'spendTrust', 'endTurn', 'discard', 'reflect'];
const mixed = (share: number): Policy => (c, s, seat, options, roll) => (roll() < share ? uniform : purposeful)(c, s, seat, options, roll);

const tool = {
  name: 'fixtures',
  usage: `usage: npm run fixtures -- [DIR]
  re-records win.json, loss.json and every-move.json in tests/fixtures/matches/ from fixed seeds on the deck in DIR
  (default game-content); run it after a rule change makes a record unplayable, and say so in the commit`,
};
const { positionals } = toolArgs(tool, { allowPositionals: true });
if (positionals.length > 1) usageError(tool, 'give one deck folder');
const c = loadContent(positionals[0]);
const dir = 'tests/fixtures/matches';
const records: Record<string, MatchRecord> = {
  'win.json': find('win', (i) => playGame(c, 'intro', 2, `win-${i}`, purposeful, i), (r) => r.final!.outcome?.result === 'won'),
  'loss.json': find('loss', (i) => playGame(c, 'standard', 4, `loss-${i}`, uniform, i), (r) => r.final!.outcome?.result === 'lost'),
  'every-move.json': find(
    'game with every move',
    (i) => playGame(c, 'standard', 3, `every-${i}`, mixed(0.35), i),
    (r) => ALL.every((t) => r.moves.some((m) => m.move.type === t) && (t !== 'study' || (r.moves.some((m) => m.move.type === 'study' && (m.move as { from: string }).from === 'deck') && r.moves.some((m) => m.move.type === 'study' && (m.move as { from: string }).from !== 'deck')))),
  ),
};
for (const [name, record] of Object.entries(records)) {
  writeFileSync(`${dir}/${name}`, JSON.stringify(record) + '\n');
  console.log(`${name}: ${record.moves.length} moves, ${record.final!.outcome?.result} (${record.final!.outcome?.reason}), hash ${record.final!.hash}`);
}
