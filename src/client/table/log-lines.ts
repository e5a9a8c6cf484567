/**
 * The log in the game's words: each event of the rules core as one sentence. Pure (a namer in,
 * a string out) so every event has a test in both languages.
 */
import type { GameEvent } from '../../rules/state.ts';
import type { Namer } from './names.ts';

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

export function logLine(event: GameEvent, n: Namer): string {
  const { t } = n;
  switch (event.e) {
    case 'turn':
      return t('log.turn', { round: event.round, name: n.seat(event.seat) });
    case 'travel':
      return t('log.travel', { name: n.seat(event.seat), from: n.place(event.from), to: n.place(event.to) });
    case 'study':
      return event.faceUp
        ? t('log.studyFaceUp', { name: n.seat(event.seat), cards: event.cards.map(n.card).join('”, “') })
        : t('log.studyDeck', { name: n.seat(event.seat), count: event.cards.length });
    case 'share':
      return t('log.share', { name: n.seat(event.seat), card: n.card(event.card), to: n.seat(event.to) });
    case 'teach':
      return t('log.teach', { name: n.seat(event.seat), card: n.card(event.card), to: n.seat(event.to) });
    case 'apply':
      return t('log.apply', { name: n.seat(event.seat), cards: t('log.cards', { count: event.cards.length }), case: n.case(event.case), pattern: n.pattern(event.pattern) });
    case 'coCreate':
      return t('log.coCreate', { name: n.seat(event.seat), partner: n.seat(event.partner), case: n.case(event.case), pattern: n.pattern(event.pattern) });
    case 'care':
      return t('log.care', { name: n.seat(event.seat), place: n.place(event.place), count: event.amount });
    case 'trustAction':
      return t('log.trustAction', { name: n.seat(event.seat) });
    case 'draw':
      return t('log.draw', { name: n.seat(event.seat), count: event.cards.length });
    case 'discard':
      return t('log.discard', { name: n.seat(event.seat), card: n.card(event.card) });
    case 'flow':
      return t(event.cancelled ? 'log.flowCancelled' : 'log.flow', { card: n.flow(event.card) });
    case 'pressure':
      return t(event.amount >= 0 ? 'log.pressureUp' : 'log.pressureDown', { place: n.place(event.place), amount: Math.abs(event.amount) });
    case 'breakdown':
      return t('log.breakdown', { place: n.place(event.place), crisis: event.crisis });
    case 'trust':
      return t(event.amount >= 0 ? 'log.trustUp' : 'log.trustDown', { amount: Math.abs(event.amount) });
    case 'rate':
      return t('log.rate');
    case 'crisis':
      return t(event.amount >= 0 ? 'log.crisisUp' : 'log.crisisDown', { amount: Math.abs(event.amount) });
    case 'move':
      return t('log.move', { name: n.seat(event.seat), to: n.place(event.to) });
    case 'rule': {
      const rule = t(`rule.${event.rule}`);
      return t('log.rule', { rule: event.pattern ? `${rule} (${n.pattern(event.pattern)})` : rule, by: signed(event.by) });
    }
    case 'reflect':
      return t('log.reflect');
    case 'reflected':
      return t('log.reflected');
    case 'caseDone':
      return t('log.caseDone', { case: n.case(event.case), transformation: n.transformation(event.transformation) });
    case 'day':
      return t('log.day', { day: event.day });
    case 'outcome':
      return t(event.outcome.result === 'won' ? 'log.won' : 'log.lost');
  }
}
