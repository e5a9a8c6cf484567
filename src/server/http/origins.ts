/**
 * Which web pages may talk to this server. A request without an Origin header is not from a
 * browser page and is judged by its other merits; a page on the server's own address is
 * always welcome; any other page only if its origin is listed in ORIGINS.
 */
export interface OriginPolicy {
  /** Whether a request carrying `origin` (the Origin header) and `host` (the Host header) may go on. */
  allows(origin: string | undefined, host: string | undefined): boolean;
  /** Whether `origin` may read answers (CORS): a listed origin or the server's own. */
  isListed(origin: string): boolean;
}

export function originPolicy(listed: readonly string[]): OriginPolicy {
  const set = new Set(listed);
  const sameOrigin = (origin: string, host: string | undefined): boolean => {
    if (!host) return false;
    try {
      return new URL(origin).host === host.toLowerCase();
    } catch {
      return false;
    }
  };
  return {
    allows(origin, host) {
      if (origin === undefined) return true;
      return set.has(origin) || sameOrigin(origin, host);
    },
    isListed: (origin) => set.has(origin),
  };
}
