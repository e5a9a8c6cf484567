/**
 * Which reflection prompt a pause asks. A prompt may say what it is about ("about": a
 * breakdown, a commons, a teach, a share, a rising crisis, optionally in one pattern): then
 * it is asked right after that happened, so the table talks about what it just lived
 * through. At a pause the happenings since the last pause are looked at, the most recent
 * first, and the first prompt from the top of the deck that fits one of them is asked (one
 * about the very pattern before one about such happenings in general); when none fits, the
 * first prompt about nothing in particular. No randomness: the deck's order
 * (shuffled from the seed at set-up) decides between prompts that fit equally well.
 */
import { knowledgeOf, type Content } from '../content/content.ts';
import type { PatternId, PromptAbout } from '../content/schema.ts';
import type { GameState } from './state.ts';

type Happening = { happening: PromptAbout['happening']; pattern?: PatternId };

/** What happened since the last pause (within the event window), the most recent first. */
function happeningsSincePause(content: Content, state: GameState): Happening[] {
  const out: Happening[] = [];
  const events = state.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.e === 'reflect' || e.e === 'reflected') break;
    if (e.e === 'breakdown') out.push({ happening: 'breakdown', pattern: e.place });
    else if (e.e === 'teach') out.push({ happening: 'teach', pattern: knowledgeOf(content, e.card).pattern });
    else if (e.e === 'share') out.push({ happening: 'share', pattern: knowledgeOf(content, e.card).pattern });
    else if (e.e === 'crisis' && e.amount > 0) out.push({ happening: 'crisis' });
    else if (e.e === 'caseDone') {
      // The apply or co-create that finished the case says in which pattern it was finished.
      const by = events.slice(0, i).findLast((x) => (x.e === 'apply' || x.e === 'coCreate') && x.case === e.case);
      out.push({ happening: 'commons', ...(by && (by.e === 'apply' || by.e === 'coCreate') ? { pattern: by.pattern } : {}) });
    }
  }
  return out;
}

function fits(about: PromptAbout, h: Happening): boolean {
  return about.happening === h.happening && (about.pattern === undefined || about.pattern === h.pattern);
}

/** Takes the prompt for this pause from the prompt deck (it cycles: the discard is reused in order). */
export function nextPrompt(content: Content, state: GameState): string | undefined {
  const p = state.prompts;
  if (p.deck.length === 0) {
    p.deck = p.discard.reverse();
    p.discard = [];
  }
  if (p.deck.length === 0) return undefined;
  const about = (id: string) => content.prompts.get(id)?.about;
  const fromTop = (ok: (id: string) => boolean) => {
    for (let i = p.deck.length - 1; i >= 0; i--) if (ok(p.deck[i])) return i;
    return -1;
  };
  let at = -1;
  // A prompt about the very pattern it happened in beats one about such happenings in general.
  for (const h of happeningsSincePause(content, state)) {
    at = fromTop((id) => about(id)?.happening === h.happening && about(id)?.pattern !== undefined && fits(about(id)!, h));
    if (at < 0) at = fromTop((id) => about(id)?.happening === h.happening && about(id)?.pattern === undefined);
    if (at >= 0) break;
  }
  if (at < 0) at = fromTop((id) => about(id) === undefined);
  // Only prompts about something that did not happen are left: the top one still opens a talk.
  if (at < 0) at = p.deck.length - 1;
  const [prompt] = p.deck.splice(at, 1);
  p.discard.push(prompt);
  return prompt;
}
