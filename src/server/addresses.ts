/**
 * The addresses players in the room can open: this machine's network addresses (not
 * localhost, which on another laptop means that laptop). Printed in plain words at start, and
 * used for invite links when the host opened the table at localhost, unless PUBLIC_URL says
 * where the server is reached.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** http://ADDRESS:PORT for every external IPv4 address (IPv6 link-local addresses do not travel well in a link). */
export function roomAddresses(port: number, host = '0.0.0.0', interfaces: Interfaces = networkInterfaces()): string[] {
  if (host !== '0.0.0.0' && host !== '::') return isLoopback(host) ? [] : [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
  const out: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) {
      if (a.internal || a.family !== 'IPv4' || a.address.startsWith('169.254.')) continue;
      out.push(`http://${a.address}:${port}`);
    }
  }
  return [...new Set(out)];
}

export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h.startsWith('127.');
}

/** What `npm start` says when it is ready, for the facilitator to read out or write on the board. */
export function readyMessage(port: number, host: string, publicUrl: string | undefined, interfaces?: Interfaces): string {
  const lines = ['', 'School of Commons is running.'];
  const local = isLoopback(host) || host === '0.0.0.0' || host === '::' ? `http://localhost:${port}` : undefined;
  if (local) lines.push(`  On this computer:        ${local}`);
  if (publicUrl) lines.push(`  Players open:            ${publicUrl}  (PUBLIC_URL)`);
  else {
    const room = roomAddresses(port, host, interfaces);
    if (room.length) lines.push(`  Players in the room open: ${room.join('  or  ')}`, '  (on the same network; invite links use this address)');
    else lines.push('  No network address found: other devices cannot reach this computer. Connect to the room’s network, or set PUBLIC_URL.');
  }
  lines.push('Stop with Ctrl+C.', '');
  return lines.join('\n');
}
