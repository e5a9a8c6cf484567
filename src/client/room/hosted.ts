/**
 * The tables this browser opened: matchID → host key, in localStorage. The host key proves the
 * host to the server (start, seats to bots); it never leaves this store except in the
 * Authorization header of those requests.
 */
const KEY = 'soc:hosted';

function read(storage: Storage): Record<string, string> {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function hostKeyFor(matchID: string, storage: Storage = localStorage): string | undefined {
  const key = read(storage)[matchID];
  return typeof key === 'string' ? key : undefined;
}

export function keepHostKey(matchID: string, hostKey: string, storage: Storage = localStorage): void {
  const all = read(storage);
  all[matchID] = hostKey;
  storage.setItem(KEY, JSON.stringify(all));
}
