/**
 * Which names this server answers to (the Host header). A foreign page whose name is made to
 * resolve to the facilitator's laptop (DNS rebinding) would otherwise count as the server's
 * own origin and use the API and the game socket. Accepted: the host of PUBLIC_URL, this
 * machine's own addresses and names (localhost, its host name, name.local, every network
 * address, looked up again when a request names one not seen yet, as a laptop changes
 * networks), the address it listens on, and ALLOWED_HOSTS ("*" accepts any name).
 */
import { hostname, networkInterfaces } from 'node:os';
import type { Middleware } from 'koa';
import { ApiError } from './errors.ts';

export interface HostPolicy {
  /** Whether a request with this Host header is for this server. No header: not a browser, judged by its other merits. */
  allows(host: string | undefined): boolean;
}

/** The name in a Host header, lower case, without port or IPv6 brackets; undefined if malformed. */
export function hostName(host: string): string | undefined {
  try {
    const name = new URL(`http://${host.trim()}`).hostname.toLowerCase();
    return name.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

function machineNames(): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1']);
  const own = hostname().toLowerCase();
  if (own) {
    names.add(own);
    names.add(`${own}.local`);
    names.add(own.split('.')[0]);
  }
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) names.add(address.address.toLowerCase().replace(/%.*$/, ''));
  }
  return names;
}

export function hostPolicy(options: { publicUrl?: string; listenHost?: string; allowedHosts: readonly string[] }): HostPolicy {
  const fixed = new Set<string>();
  const any = options.allowedHosts.includes('*');
  for (const entry of options.allowedHosts) {
    const name = hostName(entry);
    if (name) fixed.add(name);
  }
  if (options.publicUrl) fixed.add(new URL(options.publicUrl).hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1'));
  if (options.listenHost && options.listenHost !== '0.0.0.0' && options.listenHost !== '::') fixed.add(hostName(options.listenHost) ?? options.listenHost);
  let machine = machineNames();
  let lookedAt = Date.now();
  return {
    allows(host) {
      if (host === undefined || host === '' || any) return true;
      const name = hostName(host);
      if (name === undefined) return false;
      if (fixed.has(name) || machine.has(name)) return true;
      // A new network address (the laptop joined another network): look again, at most once a second.
      if (Date.now() - lookedAt > 1000) {
        machine = machineNames();
        lookedAt = Date.now();
        return machine.has(name);
      }
      return false;
    },
  };
}

export function checkHost(policy: HostPolicy): Middleware {
  return async (ctx, next) => {
    if (!policy.allows(ctx.get('host') || undefined)) {
      throw new ApiError(421, 'badHost', 'This server does not answer to that name. Its host can add the name to ALLOWED_HOSTS.');
    }
    await next();
  };
}
