/** A move in words, as offered on a button and in the confirm step. */
import type { Move } from '../../rules/index.ts';
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
