/**
 * The confirm step's "what this move does": every change the rules will make, in words, and
 * the places, cases, cards, seats and meters it touches lit up on the table while the player
 * decides. The lighting is done by marking the table's own elements (found by their data-
 * attributes), so the board, the cases and the hands need no knowledge of the preview.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Move } from '../../../rules/index.ts';
import type { PublicState } from '../../../rules/view.ts';
import type { Namer } from '../names.ts';
import { previewMove, type Change, type Highlight } from './preview.ts';
import './preview.css';

const HIT = 'soc-preview-hit';

function selectors(h: Highlight): string[] {
  return [
    ...h.places.map((p) => `.soc-board [data-place="${p}"]`),
    ...h.cases.map((c) => `.soc-cases [data-case="${c}"]`),
    ...h.cards.map((c) => `.soc-kcard[data-card="${CSS.escape(c)}"]`),
    ...h.seats.map((s) => `.soc-seats-bar [data-seat="${s}"]`),
    ...h.meters.map((m) => `.soc-meter--${m}`),
  ];
}

export function MovePreview({ view, n, move }: { view: PublicState; n: Namer; move: Move }) {
  const { t } = useTranslation();
  const preview = useMemo(() => previewMove(n.content, view, view.turn.seat, move), [n.content, view, move]);

  useEffect(() => {
    if (preview.kind !== 'shown') return;
    const marked = selectors(preview.highlight).flatMap((s) => [...document.querySelectorAll(s)]);
    for (const el of marked) el.classList.add(HIT);
    return () => {
      for (const el of marked) el.classList.remove(HIT);
    };
  }, [preview]);

  const cards = (ids: readonly string[]) => ids.map((c) => `“${n.card(c)}”`).join(', ');
  const line = (c: Change): string => {
    switch (c.kind) {
      case 'actions':
        return t('preview.actions', { from: c.from, to: c.to });
      case 'trust':
        return t('preview.trust', { from: c.from, to: c.to });
      case 'pressure':
        return t('preview.pressure', { place: n.place(c.place), from: c.from, to: c.to });
      case 'crisis':
        return t('preview.crisis', { from: c.from, to: c.to });
      case 'rate':
        return t('preview.rate', { from: c.from, to: c.to });
      case 'place':
        return t('preview.place', { name: n.seat(c.seat), from: n.place(c.from), to: n.place(c.to) });
      case 'hand':
        return [c.lost.length ? t('preview.loses', { name: n.seat(c.seat), cards: cards(c.lost) }) : '', c.gained.length ? t('preview.gains', { name: n.seat(c.seat), cards: cards(c.gained) }) : '']
          .filter(Boolean)
          .join(' · ');
      case 'faceUp':
        return t('preview.faceUp', { cards: cards(c.taken) });
      case 'need': {
        const need = n.content.cases.get(c.case)?.needs[c.pattern] ?? '?';
        return t('preview.need', { case: n.case(c.case), pattern: n.pattern(c.pattern), from: c.from, to: c.to, need });
      }
      case 'commons':
        return t('preview.commons', { case: n.case(c.case), transformation: c.transformation ? n.transformation(c.transformation) : '' });
    }
  };

  return (
    <section className="soc-preview" aria-label={t('preview.title')} data-preview={preview.kind}>
      <h4>{t('preview.title')}</h4>
      {preview.kind === 'hidden' ? (
        <p>{t(preview.why === 'endTurn' ? 'preview.endTurn' : preview.why === 'deck' ? 'preview.hidden' : 'preview.nothing')}</p>
      ) : preview.changes.length === 0 ? (
        <p>{t('preview.nothing')}</p>
      ) : (
        <ul>
          {preview.changes.map((c, i) => (
            <li key={i} data-change={c.kind}>
              {line(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
