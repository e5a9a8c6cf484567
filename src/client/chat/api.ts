/** The HTTP side of tables across time zones (docs/api.md), for the client. */
import type { ChatHistory, ChatMessage, PushKey, TurnInfo } from '../../protocol/away.ts';
import { call } from '../lobby/api.ts';

export interface SeatProof {
  playerID: string;
  credentials: string;
}

const m = (matchID: string) => `/api/matches/${encodeURIComponent(matchID)}`;

export const away = {
  chat: (matchID: string) => call<ChatHistory>('GET', `${m(matchID)}/chat`),
  say: (matchID: string, seat: SeatProof, text: string) => call<ChatMessage>('POST', `${m(matchID)}/chat`, { ...seat, text }),
  react: (matchID: string, seat: SeatProof, reaction: string) => call<ChatMessage>('POST', `${m(matchID)}/chat`, { ...seat, reaction }),
  consent: (matchID: string, seat: SeatProof, agree: boolean) => call<{ consent: number[]; agreed: boolean; people: number }>('POST', `${m(matchID)}/chat/consent`, { ...seat, agree }),
  turn: (matchID: string) => call<TurnInfo>('GET', `${m(matchID)}/turn`),
  pushKey: () => call<PushKey>('GET', '/api/notices/key'),
  subscribe: (matchID: string, seat: SeatProof, notice: { kind: 'email'; address: string; cadence?: 'turn' | 'daily' } | { kind: 'push'; subscription: unknown }) =>
    call<{ token: string }>('POST', `${m(matchID)}/notices`, { ...seat, ...notice }),
  notices: (matchID: string, seat: SeatProof) => call<{ token: string; kind: string; address: string }[]>('POST', `${m(matchID)}/notices/list`, seat),
  forget: (matchID: string, seat: SeatProof, token?: string) => call<{ deleted: number }>('POST', `${m(matchID)}/notices/delete`, { ...seat, token }),
  webhook: (matchID: string, seat: SeatProof, url: string) => call<{ ok: true }>('POST', `${m(matchID)}/webhook`, { ...seat, url }),
};
