/**
 * What the whole room should notice, as it happens: flow cards revealed one after another
 * (shown briefly, never blocking the table) and breakdowns, also read out by screen readers
 * through a polite live region.
 */
import { useEffect, useRef, useState } from 'react';
import type { PatternId } from '../../content/schema.ts';
import { FlowCardFace } from '../../designer/faces/index.ts';
import type { LoggedEvent } from '../../rules/state.ts';
import type { Namer } from './names.ts';
import { definitionOf } from './names.ts';

const SHOW_MS = 2400;

export interface Reveals {
  /** Places that broke down moments ago. */
  breaking: ReadonlySet<PatternId>;
}

/** The last event this browser has shown for a match, kept across reloads (sessionStorage would forget a closed tab). */
function seenMark(key: string | undefined): number | null {
  if (!key) return null;
  try {
    const value = Number(localStorage.getItem(`soc:seen:${key}`));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function markSeen(key: string | undefined, n: number): void {
  if (!key) return;
  try {
    localStorage.setItem(`soc:seen:${key}`, String(n));
  } catch {
    // A full or blocked storage only costs a replay after a reload.
  }
}

/**
 * Reveals what happens as it happens. Events seen before (this browser's mark for the match,
 * kept across reloads) and, on a first visit (a projector opening /watch), everything already
 * in the log go straight to the log: only events not yet seen are animated.
 */
export function useReveals(events: readonly LoggedEvent[] | null, n: Namer, reduced: boolean, seenKey?: string) {
  const seen = useRef<number | null>(null);
  const [queue, setQueue] = useState<string[]>([]);
  const [breaking, setBreaking] = useState<ReadonlySet<PatternId>>(new Set());
  const [spoken, setSpoken] = useState('');

  useEffect(() => {
    // No state yet (an online table before its first sync): nothing to compare with.
    if (events === null) return;
    const last = events.at(-1)?.n ?? 0;
    if (seen.current === null) {
      const mark = seenMark(seenKey);
      // A mark beyond the log is from another match under the same key: start from now.
      seen.current = mark !== null && mark <= last ? mark : last;
    }
    const fresh = events.filter((e) => e.n > seen.current!);
    seen.current = Math.max(seen.current, last);
    markSeen(seenKey, seen.current);
    if (fresh.length === 0) return;
    const flows = fresh.flatMap((e) => (e.e === 'flow' ? [e.card] : []));
    const broke = fresh.flatMap((e) => (e.e === 'breakdown' ? [e.place] : []));
    const words: string[] = [];
    for (const e of fresh) {
      if (e.e === 'flow') {
        const def = n.content.flow.get(definitionOf(e.card));
        words.push(n.t('announce.flow', { card: n.flow(e.card), text: def?.text[n.lang] ?? '' }));
      } else if (e.e === 'breakdown') words.push(n.t('announce.breakdown', { place: n.place(e.place), crisis: e.crisis }));
    }
    if (words.length) setSpoken(words.join(' '));
    if (flows.length && !reduced) setQueue((q) => [...q, ...flows]);
    if (broke.length) {
      setBreaking(new Set(broke));
      const timer = setTimeout(() => setBreaking(new Set()), SHOW_MS * 1.5);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [events, n, reduced, seenKey]);

  useEffect(() => {
    if (queue.length === 0) return;
    const timer = setTimeout(() => setQueue((q) => q.slice(1)), SHOW_MS);
    return () => clearTimeout(timer);
  }, [queue]);

  return { showing: queue[0], breaking, spoken };
}

export function FlowReveal({ card, n }: { card: string | undefined; n: Namer }) {
  if (!card) return null;
  const def = n.content.flow.get(definitionOf(card));
  if (!def) return null;
  return (
    <div className="soc-reveal" aria-hidden="true" key={card}>
      <FlowCardFace card={def} lang={n.lang} patterns={n.content.patterns} />
    </div>
  );
}

export function LiveRegion({ text }: { text: string }) {
  return (
    <div className="soc-visually-hidden" aria-live="polite" aria-atomic="true" data-live>
      {text}
    </div>
  );
}
