/**
 * The session API (docs/api.md, "Workshop sessions") for the client. Keys go in the
 * Authorization header only, never in an address. Errors are the lobby's ApiError, so pages
 * translate them the same way.
 */
import type { CreatedSession, Dashboard, JoinedSession, ParticipantView, ReplayStep, SessionHarvest, SessionInvitation } from '../../protocol/sessions.ts';
import type { ChatMessage } from '../../protocol/away.ts';
import { saveBlob } from '../app/save-file.ts';
import { ApiError, call } from '../lobby/api.ts';

// The lobby's one request function, with the key as its last argument.
const send = <T>(method: 'GET' | 'POST', path: string, key?: string, body?: unknown): Promise<T> => call<T>(method, path, body, key);

const s = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export const sessionApi = {
  create: (settings: Record<string, unknown>) => send<CreatedSession>('POST', '/api/sessions', undefined, settings),
  invitation: (code: string) => send<SessionInvitation>('GET', `/api/sessions/join/${encodeURIComponent(code)}`),
  join: (code: string, body: { name: string; initiative?: string; table?: number }) => send<JoinedSession>('POST', `/api/sessions/join/${encodeURIComponent(code)}`, undefined, body),
  me: (id: string, key: string) => send<ParticipantView>('GET', `${s(id)}/me`, key),
  chooseTable: (id: string, key: string, table: number) => send('POST', `${s(id)}/me/table`, key, { table }),
  help: (id: string, key: string, text: string) => send('POST', `${s(id)}/me/help`, key, { text }),
  notes: (id: string, key: string, questionID: string, text: string) => send('POST', `${s(id)}/me/notes`, key, { questionID, text }),
  dashboard: (id: string, key: string) => send<Dashboard>('GET', s(id), key),
  harvest: (id: string, key: string) => send<SessionHarvest>('GET', `${s(id)}/harvest`, key),
  chat: (id: string, key: string, table: number) => send<ChatMessage[]>('GET', `${s(id)}/tables/${table}/chat`, key),
  replay: (id: string, key: string, table: number) => send<ReplayStep[]>('GET', `${s(id)}/tables/${table}/replay`, key),
  act: (id: string, key: string, action: string, body: Record<string, unknown> = {}) => send<Record<string, unknown>>('POST', `${s(id)}/${action}`, key, body),
};

/** A file download of an authorised GET (the CSV), through a blob: the key stays in the header. */
export async function download(path: string, key: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${key}` } });
  if (!res.ok) throw new ApiError('unknown', res.statusText, res.status);
  saveBlob(filename, await res.blob());
}
