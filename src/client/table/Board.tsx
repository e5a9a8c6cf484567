/**
 * The board: the eight places of the patterns on their graph, with pressure and who stands
 * where. A place is a button only while it can be picked: while choosing where to travel, or
 * (with nothing chosen) a neighbouring place one can travel to with one click; so the keyboard
 * never stops at places that cannot be picked. On a small screen the board can be zoomed and
 * panned inside its frame (the page itself never scrolls sideways).
 */
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatternId } from '../../content/schema.ts';
import { PatternMark } from '../../designer/faces/index.ts';
import type { PublicState } from '../../rules/view.ts';
import { BOARD_LAYOUTS, boardEdges, type BoardLayoutName } from './board-layout.ts';
import type { Namer } from './names.ts';

const ZOOMS = [1, 1.5, 2];

export interface BoardProps {
  view: PublicState;
  n: Namer;
  /** Places that can be picked now (the travel step), if any. */
  selectable?: readonly PatternId[];
  onPick?: (place: PatternId) => void;
  /** Places that just broke down (shown for a moment). */
  breaking: ReadonlySet<PatternId>;
  layout?: BoardLayoutName;
  /** Whether the player is choosing where to travel (else a pickable place is a one-click travel). */
  choosing?: boolean;
  /** Whether the zoom buttons are offered (not on the projector). */
  zoomable?: boolean;
}

export function Board({ view, n, selectable = [], onPick, breaking, layout = 'table', zoomable = true, choosing = false }: BoardProps) {
  const { t } = useTranslation();
  const [zoom, setZoom] = useState(0);
  const { content } = n;
  const limit = content.pressureLimit;
  const shape = BOARD_LAYOUTS[layout];
  const edges = boardEdges(content);
  const boardStyle = { '--soc-board-aspect': String(shape.aspect), width: `${ZOOMS[zoom] * 100}%` } as CSSProperties;
  return (
    <section className={`soc-board-frame soc-board-frame--${layout}`} aria-label={t('table.board')}>
      {/* Zoomed in, the board scrolls: the scroller takes the focus so that the keyboard can scroll it too (axe: scrollable-region-focusable). */}
      <div className="soc-board__scroller" tabIndex={0} role="group" aria-label={t('table.board')}>
        <div className="soc-board" style={boardStyle} data-zoom={ZOOMS[zoom]}>
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
            const style = { left: `${place.x}%`, top: `${place.y}%`, width: `${shape.placeWidth}%`, height: `${shape.placeHeight}%`, '--soc-pattern': pattern.color } as CSSProperties;
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
                <span className="soc-place__foot">
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
                </span>
              </>
            );
            return canPick ? (
              // The name comes from a hidden sentence, not aria-label: what the button shows stays part of its name.
              // A one-click travel stays out of the Tab order (the keyboard travels with the Travel action, two keys): the board never stands between Tab and the actions.
              <button key={pattern.id} type="button" className={className} style={style} data-place={pattern.id} tabIndex={choosing ? undefined : -1} onClick={() => onPick?.(pattern.id)}>
                <span className="soc-visually-hidden">{choosing ? label : `${t('table.travelTo', { place: place.name[n.lang] })}. ${label}`}</span>
                <span className="soc-place__face" aria-hidden="true">
                  {body}
                </span>
              </button>
            ) : (
              <div key={pattern.id} className={className} style={style} role="group" aria-label={label} data-place={pattern.id} data-pressure={pressure}>
                {body}
              </div>
            );
          })}
        </div>
      </div>
      {zoomable && (
        <div className="soc-board__zoom">
          <button type="button" className="soc-button soc-button--quiet" aria-label={t('table.zoomOut')} disabled={zoom === 0} onClick={() => setZoom(zoom - 1)}>
            −
          </button>
          <button type="button" className="soc-button soc-button--quiet" aria-label={t('table.zoomIn')} disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)}>
            +
          </button>
        </div>
      )}
    </section>
  );
}
