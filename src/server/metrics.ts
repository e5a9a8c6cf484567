/**
 * Prometheus metrics for GET /metrics: the process, and what a host wants to know about the
 * tables: how many matches, moves and connected clients, and how long a move takes from the
 * moment it arrives until every client has been sent the new state.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  matchesCreated: Counter;
  /** Matches with at least one connected client on this server. */
  matchesActive: Gauge;
  moves: Counter<'result'>;
  moveSeconds: Histogram;
  connectedClients: Gauge<'role'>;
  joins: Counter<'result'>;
  rateLimited: Counter<'limit'>;
  refusedMessages: Counter<'reason'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    matchesCreated: new Counter({ name: 'soc_matches_created_total', help: 'Matches (tables) created', registers: [registry] }),
    matchesActive: new Gauge({ name: 'soc_matches_active', help: 'Matches with at least one connected client', registers: [registry] }),
    moves: new Counter({
      name: 'soc_moves_total',
      help: 'Moves received, by result: accepted, refused (illegal or not allowed), stale (out of date state)',
      labelNames: ['result'],
      registers: [registry],
    }),
    moveSeconds: new Histogram({
      name: 'soc_move_duration_seconds',
      help: 'From a move arriving to the new state being stored and sent to every client',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    connectedClients: new Gauge({ name: 'soc_connected_clients', help: 'Connected game clients, by role (player, spectator)', labelNames: ['role'], registers: [registry] }),
    joins: new Counter({ name: 'soc_joins_total', help: 'Seat joins, by result', labelNames: ['result'], registers: [registry] }),
    rateLimited: new Counter({ name: 'soc_rate_limited_total', help: 'Requests refused by a rate limit, by limit', labelNames: ['limit'], registers: [registry] }),
    refusedMessages: new Counter({
      name: 'soc_refused_messages_total',
      help: 'Socket messages refused before reaching the game, by reason',
      labelNames: ['reason'],
      registers: [registry],
    }),
  };
}
