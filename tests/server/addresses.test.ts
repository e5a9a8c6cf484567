/** The addresses the server names at start: the ones other devices in the room can open. */
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLoopback, readyMessage, roomAddresses } from '../../src/server/addresses.ts';

const ROOM: NodeJS.Dict<NetworkInterfaceInfo[]> = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' }],
  wlan0: [
    { address: '192.168.1.23', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: 'aa:bb:cc:dd:ee:ff', cidr: '192.168.1.23/24' },
    { address: 'fe80::1', family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: 'aa:bb:cc:dd:ee:ff', cidr: 'fe80::1/64', scopeid: 2 },
  ],
  docker0: [{ address: '169.254.10.1', family: 'IPv4', internal: false, netmask: '255.255.0.0', mac: '02:42:00:00:00:00', cidr: '169.254.10.1/16' }],
};

describe('addresses for the room', () => {
  it('lists the network addresses, never localhost or a link-local one', () => {
    expect(roomAddresses(8000, '0.0.0.0', ROOM)).toEqual(['http://192.168.1.23:8000']);
    expect(roomAddresses(8000, '127.0.0.1', ROOM)).toEqual([]);
    expect(roomAddresses(8000, '10.0.0.5', ROOM)).toEqual(['http://10.0.0.5:8000']);
  });

  it('says in plain words where players go, and that PUBLIC_URL wins', () => {
    const text = readyMessage(8000, '0.0.0.0', undefined, ROOM);
    expect(text).toContain('On this computer:        http://localhost:8000');
    expect(text).toContain('Players in the room open: http://192.168.1.23:8000');
    const published = readyMessage(8000, '0.0.0.0', 'https://school.example', ROOM);
    expect(published).toContain('Players open:            https://school.example');
    expect(published).not.toContain('192.168.1.23');
    expect(readyMessage(8000, '0.0.0.0', undefined, { lo: ROOM.lo })).toContain('No network address found');
  });

  it('knows localhost in its forms', () => {
    for (const h of ['localhost', '127.0.0.1', '[::1]', 'app.localhost']) expect(isLoopback(h)).toBe(true);
    for (const h of ['192.168.1.23', 'school.example']) expect(isLoopback(h)).toBe(false);
  });
});
