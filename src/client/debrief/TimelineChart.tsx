/**
 * The match round by round: pressure on the board, trust in the pool and the crisis track,
 * each drawn as a share of its most (so three different scales share one chart), with every
 * breakdown and every commons marked in its round. Scales and lines come from d3.
 */
import { scaleLinear } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { useTranslation } from 'react-i18next';
import type { Harvest, TimelineRound } from '../../harvest/harvest.ts';
import type { Namer } from '../table/names.ts';

const W = 720;
const H = 280;
const M = { top: 28, right: 16, bottom: 44, left: 44 };

const SERIES = ['pressure', 'trust', 'crisis'] as const;
type Series = (typeof SERIES)[number];

export function TimelineChart({ harvest, n }: { harvest: Harvest; n: Namer }) {
  const { t } = useTranslation();
  const rows = harvest.timeline;
  const last = Math.max(1, rows.at(-1)?.round ?? 1);
  const x = scaleLinear().domain([0, last]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([0, 1]).range([H - M.bottom, M.top]);
  const share = (r: TimelineRound, s: Series) => r[s] / Math.max(1, harvest.limits[s]);
  const path = (s: Series) =>
    line<TimelineRound>()
      .x((r) => x(r.round))
      .y((r) => y(share(r, s)))
      .curve(curveMonotoneX)(rows) ?? '';
  const ticks = x.ticks(Math.min(last, 10)).filter(Number.isInteger);
  return (
    <figure className="soc-chart soc-chart--timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="soc-timeline-title" data-chart="timeline">
        <title id="soc-timeline-title">{t('debrief.timeline')}</title>
        {y.ticks(4).map((v) => (
          <g key={v} className="soc-chart__grid">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 6} y={y(v)} dy="0.32em" textAnchor="end">
              {Math.round(v * 100)}%
            </text>
          </g>
        ))}
        {ticks.map((r) => (
          <text key={r} className="soc-chart__tick" x={x(r)} y={H - M.bottom + 18} textAnchor="middle">
            {r}
          </text>
        ))}
        <text className="soc-chart__axis" x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">
          {t('debrief.round')}
        </text>
        {SERIES.map((s) => (
          <path key={s} className={`soc-chart__line soc-chart__line--${s}`} d={path(s)} data-series={s} />
        ))}
        {rows.flatMap((r) =>
          r.breakdowns.map((place, i) => (
            <path
              key={`b${r.round}-${i}`}
              className="soc-chart__mark soc-chart__mark--breakdown"
              data-mark="breakdown"
              d={`M${x(r.round)},${H - M.bottom - 4 - i * 11}l-6,-10h12z`}
            >
              <title>{`${t('debrief.breakdown')}: ${n.place(place)} (${t('debrief.roundShort', { round: r.round })})`}</title>
            </path>
          )),
        )}
        {rows.flatMap((r) =>
          r.commonsMade.map((id, i) => (
            <circle key={`c${r.round}-${i}`} className="soc-chart__mark soc-chart__mark--commons" data-mark="commons" cx={x(r.round)} cy={M.top - 12 + i * 0} r={7} transform={`translate(${i * 16},0)`}>
              <title>{`${t('debrief.commonsMark')}: ${n.case(id)} (${t('debrief.roundShort', { round: r.round })})`}</title>
            </circle>
          )),
        )}
      </svg>
      <figcaption>
        <ul className="soc-chart__legend">
          {SERIES.map((s) => (
            <li key={s}>
              <span className={`soc-chart__swatch soc-chart__swatch--${s}`} aria-hidden="true" />
              {t(`debrief.${s}`)}
            </li>
          ))}
          <li>
            <span className="soc-chart__swatch soc-chart__swatch--breakdown" aria-hidden="true" />
            {t('debrief.breakdown')}
          </li>
          <li>
            <span className="soc-chart__swatch soc-chart__swatch--commons" aria-hidden="true" />
            {t('debrief.commonsMark')}
          </li>
        </ul>
        <details className="soc-chart__numbers">
          <summary>{t('debrief.table')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('debrief.round')}</th>
                {SERIES.map((s) => (
                  <th key={s} scope="col">
                    {t(`debrief.${s}`)}
                  </th>
                ))}
                <th scope="col">{t('debrief.commonsMark')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.round}>
                  <th scope="row">{r.round}</th>
                  <td>{r.pressure}</td>
                  <td>{r.trust}</td>
                  <td>{r.crisis}</td>
                  <td>{r.commons}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
