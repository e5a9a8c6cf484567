/** The end screen's summary of a match, read from the state the table already has. */
import type { PatternId } from '../../content/schema.ts';
import type { PublicState } from '../../rules/view.ts';

export interface Summary {
  casesDone: number;
  casesTotal: number;
  turns: number;
  rounds: number;
  /** Who taught whom, most often first. */
  taught: { from: number; to: number; times: number }[];
  breakdowns: { round: number; place: PatternId }[];
  peakPressure: { total: number; round: number };
}

export function summarise(view: PublicState): Summary {
  const taught = Object.entries(view.stats.taught)
    .map(([pair, times]) => {
      const [from, to] = pair.split('>').map(Number);
      return { from, to, times };
    })
    .sort((a, b) => b.times - a.times || a.from - b.from || a.to - b.to);
  return {
    casesDone: view.cases.filter((c) => c.done).length,
    casesTotal: view.cases.length,
    turns: view.turn.number,
    rounds: view.turn.round,
    taught,
    breakdowns: view.stats.breakdowns.slice(0, 5),
    peakPressure: view.stats.peakPressure,
  };
}
