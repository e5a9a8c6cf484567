/**
 * What the server tells a seat it can do now. It rides on every state the server sends a
 * seat, beside boardgame.io's own fields (`state.can`; spectators get none), so the table reads
 * it instead of working it out: boardgame.io's client keeps unknown top-level fields.
 */
export interface SeatCan {
  /** An UNDO now would take back this seat's last move (boardgame.io's undo stack; the browser never holds it). */
  undo: boolean;
}
