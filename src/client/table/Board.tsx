/**
 * The board: the eight places of the patterns on their graph, with pressure and who stands
 * where. A place is a button only while the player is choosing a place (travel), so the
 * keyboard never stops at places that cannot be picked.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatternId } from '../../content/schema.ts';
import { PatternMark } from '../../designer/faces/index.ts';
import type { PublicState } from '../../rules/view.ts';
import type { Namer } from './names.ts';

export interface BoardProps {
  view: PublicState;
  n: Namer;
  /** Places that can be picked now (the travel step), if any. */
  selectable?: readonly PatternId[];
  onPick?: (place: PatternId) => void;
  /** Places that just broke down (shown for a moment). */
  breaking: ReadonlySet<PatternId>;
}

export function Board({ view, n, selectable = [], onPick, breaking }: BoardProps) {
  const { t } = useTranslation();
  const { content } = n;
  const limit = content.pressureLimit;
  const edges: [PatternId, PatternId][] = [];
  for (const p of content.patterns) {
    for (const q of content.places[p.id].neighbours) if (p.id < q) edges.push([p.id, q]);
  }
  return (
    <section className="soc-board" aria-label={t('table.board')}>
      <svg className="soc-board__paths" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        {edges.map(([a, b]) => (
          <line key={`${a}-${b}`} x1={content.places[a].x} y1={content.places[a].y} x2={content.places[b].x} y2={content.places[b].y} />
        ))}
      </svg>
      {content.patterns.map((pattern) => {
        const place = content.places[pattern.id];
        const pressure = view.pressure[pattern.id] ?? 0;
        const here = view.players.map((p, seat) => ({ p, seat })).filter((x) => x.p.place === pattern.id);
        const canPick = selectable.includes(pattern.id);
        const label = `${place.name[n.lang]} (${pattern.name[n.lang]}), ${t('table.pressure', { pressure, limit })}. ${
          here.length ? t('table.atPlace', { names: here.map((x) => n.seat(x.seat)).join(', ') }) : t('table.nobodyHere')
        }`;
        const style = { left: `${place.x}%`, top: `${place.y}%`, '--soc-pattern': pattern.color } as CSSProperties;
        const className = [
          'soc-place',
          canPick ? 'soc-place--pick' : '',
          pressure >= limit ? 'soc-place--full' : '',
          breaking.has(pattern.id) ? 'soc-place--breaking' : '',
        ].join(' ');
        const body = (
          <>
            <PatternMark pattern={pattern} lang={n.lang} />
            <span className="soc-place__name">{place.name[n.lang]}</span>
            <span className="soc-place__pressure" aria-hidden="true">
              {Array.from({ length: limit }, (_, i) => (
                <span key={i} className={i < pressure ? 'soc-pip soc-pip--on' : 'soc-pip'} />
              ))}
            </span>
            <span className="soc-place__tokens" aria-hidden="true">
              {here.map(({ seat }) => (
                <span key={seat} className={`soc-token soc-token--${seat}${seat === view.turn.seat ? ' soc-token--turn' : ''}`} title={n.seat(seat)}>
                  {seat + 1}
                </span>
              ))}
            </span>
          </>
        );
        return canPick ? (
          <button key={pattern.id} type="button" className={className} style={style} aria-label={label} data-place={pattern.id} onClick={() => onPick?.(pattern.id)}>
            {body}
          </button>
        ) : (
          <div key={pattern.id} className={className} style={style} role="group" aria-label={label} data-place={pattern.id} data-pressure={pressure}>
            {body}
          </div>
        );
      })}
    </section>
  );
}
