/**
 * The exchange network: players as nodes, every kind of exchange between two players as an
 * arrow from giver to receiver (thicker: more often). The layout is a d3-force simulation run
 * to rest before drawing (d3-force starts from a fixed pattern, so one harvest always gets
 * one picture, on screen and in print).
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeLink, Harvest } from '../../harvest/harvest.ts';
import type { Namer } from '../table/names.ts';

const W = 560;
const H = 380;
const R = 30;
const KINDS = ['teach', 'share', 'coCreate'] as const;
/** Curvature per kind, so two players' teaching, sharing and co-creating do not overlap. */
const BEND = { teach: 0.12, share: 0.28, coCreate: 0.44 } as const;

interface Node extends SimulationNodeDatum {
  seat: number;
}

function layout(players: number, links: readonly ExchangeLink[]): { x: number; y: number }[] {
  const nodes: Node[] = Array.from({ length: players }, (_, seat) => ({ seat }));
  const edges = links.map((l) => ({ source: l.from, target: l.to, count: l.count }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<Node, (typeof edges)[number]>(edges).id((d) => d.seat).distance(160).strength(0.4))
    .force('charge', forceManyBody().strength(-600))
    .force('center', forceCenter(0, 0))
    .force('collide', forceCollide(R * 2))
    .stop();
  sim.tick(300);
  const xs = nodes.map((d) => d.x ?? 0);
  const ys = nodes.map((d) => d.y ?? 0);
  const pad = R + 40;
  const span = Math.max(1, Math.max(...xs) - Math.min(...xs), (Math.max(...ys) - Math.min(...ys)) * ((W - 2 * pad) / (H - 2 * pad)));
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  // One scale for both axes keeps the layout's proportions; the picture is centred.
  const k = scaleLinear().domain([0, span]).range([0, W - 2 * pad]);
  return nodes.map((d) => ({ x: W / 2 + k((d.x ?? 0) - cx), y: H / 2 + k((d.y ?? 0) - cy) }));
}

export function NetworkGraph({ harvest, n }: { harvest: Harvest; n: Namer }) {
  const { t } = useTranslation();
  const players = harvest.players.length;
  const points = useMemo(() => layout(players, harvest.network), [players, harvest.network]);
  const max = Math.max(1, ...harvest.network.map((l) => l.count));
  const width = scaleSqrt().domain([1, max]).range([2, 9]);
  const name = (seat: number) => harvest.players[seat]?.name ?? n.seat(seat);
  return (
    <figure className="soc-chart soc-chart--network">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="soc-network-title" data-chart="network">
        <title id="soc-network-title">{t('debrief.network')}</title>
        <defs>
          {KINDS.map((k) => (
            <marker key={k} id={`soc-arrow-${k}`} className={`soc-chart__arrow--${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M0,0L10,5L0,10z" />
            </marker>
          ))}
        </defs>
        {harvest.network.map((l) => {
          const a = points[l.from];
          const b = points[l.to];
          if (!a || !b) return null;
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const len = Math.hypot(dx, dy) || 1;
          // Start and end at the circles' edges, bent to the giver's right.
          const [ux, uy] = [dx / len, dy / len];
          const s = { x: a.x + ux * R, y: a.y + uy * R };
          const e = { x: b.x - ux * (R + 4), y: b.y - uy * (R + 4) };
          const c = { x: (s.x + e.x) / 2 - uy * len * BEND[l.kind], y: (s.y + e.y) / 2 + ux * len * BEND[l.kind] };
          const label = t('debrief.link', { from: name(l.from), to: name(l.to), kind: t(`debrief.kind.${l.kind}`), count: l.count });
          return (
            <path
              key={`${l.kind}${l.from}-${l.to}`}
              className={`soc-chart__link soc-chart__link--${l.kind}`}
              data-link={l.kind}
              d={`M${s.x},${s.y}Q${c.x},${c.y} ${e.x},${e.y}`}
              strokeWidth={width(l.count)}
              markerEnd={`url(#soc-arrow-${l.kind})`}
            >
              <title>{label}</title>
            </path>
          );
        })}
        {points.map((p, seat) => (
          <g key={seat} className="soc-chart__node" data-node={seat} transform={`translate(${p.x},${p.y})`}>
            <circle r={R} />
            <text dy="0.32em" textAnchor="middle">
              {seat + 1}
            </text>
            <text className="soc-chart__node-name" y={R + 16} textAnchor="middle">
              {name(seat)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="soc-chart__legend">
          {KINDS.map((k) => (
            <li key={k}>
              <span className={`soc-chart__swatch soc-chart__swatch--${k}`} aria-hidden="true" />
              {t(`debrief.kindKey.${k}`)}
            </li>
          ))}
        </ul>
        {harvest.network.length === 0 ? (
          <p>{t('debrief.networkEmpty')}</p>
        ) : (
          <ul className="soc-visually-hidden">
            {harvest.network.map((l) => (
              <li key={`${l.kind}${l.from}-${l.to}`}>{t('debrief.link', { from: name(l.from), to: name(l.to), kind: t(`debrief.kind.${l.kind}`), count: l.count })}</li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}
