/** GET /api/matches/:matchID/turn: whose turn it is and until when (docs/api.md). */
import type Router from '@koa/router';
import type { TurnInfo } from '../../protocol/away.ts';
import { unknownMatch } from '../http/errors.ts';
import type { TableMaster } from '../match/master.ts';
import { isMatchID } from '../transport/socket-limits.ts';
import type { TurnClock } from './turn-clock.ts';

export function turnRoutes(router: Router, master: TableMaster, clock: TurnClock): void {
  router.get('/api/matches/:matchID/turn', async (ctx) => {
    const matchID = ctx.params.matchID;
    const snapshot = isMatchID(matchID) ? await master.snapshot(matchID) : undefined;
    if (!snapshot) throw unknownMatch();
    const { state, metadata } = snapshot;
    const over = state.ctx.gameover !== undefined;
    const written = over ? undefined : await clock.current(matchID);
    const same = written && written.turn === state.ctx.turn && written.seat === state.ctx.currentPlayer;
    const info: TurnInfo = {
      matchID,
      code: metadata.code ?? '',
      ...(metadata.pace ? { pace: metadata.pace } : {}),
      turn: state.ctx.turn,
      seat: state.ctx.currentPlayer,
      names: Object.values(metadata.players).map((p) => p.name ?? null),
      ...(same && written.dueAt !== null ? { dueAt: written.dueAt } : {}),
      over,
    };
    ctx.set('Cache-Control', 'no-store');
    ctx.body = info;
  });
}
