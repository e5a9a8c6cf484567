/**
 * The server's VAPID keys for Web Push: made at the first start and kept in the database
 * (table server_keys), so push subscriptions stay valid across restarts, and every instance
 * on one database signs with the same keys (the first to write wins, the others read it).
 */
import webpush from 'web-push';
import type { SideTables } from '../storage/side-tables.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export async function vapidKeys(side: SideTables): Promise<VapidKeys> {
  const read = async () => (await side.all<{ value: string }>("SELECT value FROM server_keys WHERE name = 'vapid'", []))[0];
  const found = await read();
  if (found) return JSON.parse(found.value) as VapidKeys;
  const made = webpush.generateVAPIDKeys();
  await side.run("INSERT INTO server_keys (name, value) VALUES ('vapid', ?) ON CONFLICT DO NOTHING", [JSON.stringify(made)]);
  return JSON.parse((await read())!.value) as VapidKeys;
}
