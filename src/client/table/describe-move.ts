/** A move in words, as offered on a button and in the confirm step. */
import { play, ruleValue, stateFromView, type Move } from '../../rules/index.ts';
import { UNSEEN } from '../../rules/view.ts';
import type { PublicState } from '../../rules/view.ts';
import type { Value } from './choice.ts';
import type { Namer } from './names.ts';

export function describeMove(move: Move, view: PublicState, n: Namer): string {
  const { t } = n;
  switch (move.type) {
    case 'travel':
      return t('move.travel', { place: n.place(move.to) });
    case 'study':
      return move.from === 'deck' ? t('move.studyDeck') : t('move.studyCard', { card: n.card(move.from) });
    case 'share':
      return t('move.share', { card: n.card(move.card), name: n.seat(move.to) });
    case 'teach':
      return t('move.teach', { card: n.card(move.card), name: n.seat(move.to) });
    case 'apply':
      return t('move.apply', { case: n.case(move.case) });
    case 'coCreate':
      return t('move.coCreate', { case: n.case(move.case), name: n.seat(move.partner) });
    case 'care':
      return t('move.care', { place: n.place(view.players[view.turn.seat].place) });
    case 'spendTrust':
      return t('move.spendTrust');
    case 'endTurn':
      return t('move.endTurn');
    case 'discard':
      return t('move.discard', { card: n.card(move.card) });
    case 'reflect':
      return t('move.reflect');
  }
}

/** One option of a step in words: a place, a card, a player or a case. */
export function describeOption(key: string, value: Value, n: Namer): string {
  switch (key) {
    case 'to':
      return typeof value === 'number' ? n.seat(value) : n.place(value as never);
    case 'partner':
      return n.seat(Number(value));
    case 'card':
      return n.card(String(value));
    case 'from':
      return value === 'deck' ? n.t('table.fromDeck') : n.card(String(value));
    case 'case':
      return n.case(String(value));
    default:
      return String(value);
  }
}

/** The heading of a step ("Choose a card"). */
export function stepHeading(key: string, type: Move['type'], n: Namer): string {
  if (key === 'card') return n.t('table.chooseCard');
  if (key === 'case') return n.t('table.chooseCase');
  if (key === 'from') return n.t('table.chooseSource');
  if (key === 'partner' || (key === 'to' && type !== 'travel')) return n.t('table.chooseTarget');
  if (key === 'to') return n.t('table.choosePlace');
  return n.t('table.choose');
}

/**
 * What a move costs and does beyond its sentence, for the confirm step: the trust that teaching
 * or an extra action costs, and the cards an apply or co-create puts on a case. The cards come
 * from trying the move on a copy of the public view (nothing secret is needed for these).
 */
export function moveCost(move: Move, view: PublicState, n: Namer): string | null {
  const { t, content } = n;
  const seat = view.turn.seat;
  if (move.type === 'teach' || move.type === 'spendTrust') {
    const cost = move.type === 'teach' ? ruleValue(content, view, 'teachCost', seat) : 1;
    return t('cost.trust', { count: cost, left: view.trust - cost });
  }
  if (move.type === 'apply' || move.type === 'coCreate') {
    try {
      const copy = stateFromView(structuredClone(view));
      if (play(content, copy, seat, move) !== null) return null;
      // The cards spent are the player's own; a case finished may deal from the decks, which the view does not show.
      if (copy.players[seat].hand.includes(UNSEEN)) return null;
      const before = view.players[seat].hand;
      const after = new Set(copy.players[seat].hand);
      const used = before.filter((c) => !after.has(c));
      return used.length ? t('cost.cards', { cards: used.map((c) => `“${n.card(c)}”`).join(', '), count: used.length }) : null;
    } catch {
      return null;
    }
  }
  return null;
}
