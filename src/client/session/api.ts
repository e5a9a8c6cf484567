/**
 * The session API (docs/api.md, "Workshop sessions") for the client. Keys go in the
 * Authorization header only, never in an address. Errors are the lobby's ApiError, so pages
 * translate them the same way.
 */
import type { CreatedSession, Dashboard, JoinedSession, ParticipantView, ReplayStep, SessionHarvest, SessionInvitation } from '../../protocol/sessions.ts';
import { ApiError } from '../lobby/api.ts';

async function call<T>(method: 'GET' | 'POST', path: string, key?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    throw new ApiError('network', (err as Error).message);
  }
  let answer: unknown = null;
  try {
    answer = await res.json();
  } catch {
    // Not JSON: the status says enough.
  }
  if (!res.ok) {
    const { error, message } = (answer ?? {}) as { error?: string; message?: string };
    throw new ApiError(error ?? (res.status >= 500 ? 'network' : 'unknown'), message ?? res.statusText, res.status);
  }
  return answer as T;
}

const s = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export const sessionApi = {
  create: (settings: Record<string, unknown>) => call<CreatedSession>('POST', '/api/sessions', undefined, settings),
  invitation: (code: string) => call<SessionInvitation>('GET', `/api/sessions/join/${encodeURIComponent(code)}`),
  join: (code: string, body: { name: string; initiative?: string; table?: number }) => call<JoinedSession>('POST', `/api/sessions/join/${encodeURIComponent(code)}`, undefined, body),
  me: (id: string, key: string) => call<ParticipantView>('GET', `${s(id)}/me`, key),
  chooseTable: (id: string, key: string, table: number) => call('POST', `${s(id)}/me/table`, key, { table }),
  help: (id: string, key: string, text: string) => call('POST', `${s(id)}/me/help`, key, { text }),
  notes: (id: string, key: string, questionID: string, text: string) => call('POST', `${s(id)}/me/notes`, key, { questionID, text }),
  dashboard: (id: string, key: string) => call<Dashboard>('GET', s(id), key),
  harvest: (id: string, key: string) => call<SessionHarvest>('GET', `${s(id)}/harvest`, key),
  replay: (id: string, key: string, table: number) => call<ReplayStep[]>('GET', `${s(id)}/tables/${table}/replay`, key),
  act: (id: string, key: string, action: string, body: Record<string, unknown> = {}) => call<Record<string, unknown>>('POST', `${s(id)}/${action}`, key, body),
};

/** A file download of an authorised GET (the CSV), through a blob: the key stays in the header. */
export async function download(path: string, key: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${key}` } });
  if (!res.ok) throw new ApiError('unknown', res.statusText, res.status);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
