/**
 * The session keys this browser holds, in localStorage: a facilitator's key per session, a
 * participant's key per session (and which session a code leads to). They leave this store
 * only in an Authorization header, or as seat credentials on the game socket.
 */
export interface HeldParticipant {
  sessionID: string;
  participantID: string;
  participantKey: string;
}

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private windows may refuse storage: the key then lasts as long as the page.
  }
}

export function heldParticipant(code: string): HeldParticipant | undefined {
  const held = read<HeldParticipant>(`soc:session:${code.toUpperCase()}`);
  return held && typeof held.participantKey === 'string' ? held : undefined;
}

export function holdParticipant(code: string, held: HeldParticipant): void {
  write(`soc:session:${code.toUpperCase()}`, held);
}

export function forgetParticipant(code: string): void {
  try {
    localStorage.removeItem(`soc:session:${code.toUpperCase()}`);
  } catch {
    /* nothing held */
  }
}

/** The facilitator key: from the link's fragment (#key=…), remembered for the session's other pages. */
export function facilitatorKey(sessionID: string, hash: string): string | undefined {
  const fromLink = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  if (fromLink) {
    write(`soc:facilitator:${sessionID}`, fromLink);
    return fromLink;
  }
  return read<string>(`soc:facilitator:${sessionID}`);
}
