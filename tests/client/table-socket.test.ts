/**
 * The table's transport against a real server: the server's refusals arrive as the protocol's
 * `refused` message (protocol/table.ts), exactly `[matchID, { what, reason }]`, and the table
 * client hears them through its channel, the way the table's refusal banner does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlineClient, type TableClient } from '../../src/client/table/connect.ts';
import { dropEarly, openEarly, takeEarly } from '../../src/client/table/early-socket.ts';
import { GAME_NAME } from '../../src/game/name.ts';
import type { Refusal } from '../../src/protocol/table.ts';
import { rawSocket, startServer, tableWith, testDeck, until, type TestServer } from '../server/helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

/** A table client as the browser makes it, and every refusal its channel hears. */
function tableClient(matchID: string, seat?: { playerID: string; credentials: string }): { client: TableClient; refusals: Refusal[] } {
  const client = onlineClient(testDeck().content, { server: server.url, matchID, ...seat });
  const refusals: Refusal[] = [];
  client.channel.onRefused((r) => refusals.push(r));
  client.start();
  return { client, refusals };
}

describe('the table socket', () => {
  it('sends a refused move as [matchID, { what, reason }] and nothing else', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const { state } = await server.store.fetch(t.matchID, { state: true });
    const waiting = state!.ctx.currentPlayer === '0' ? '1' : '0';
    const p = rawSocket(server.url);
    await p.connected();
    p.socket.emit('sync', t.matchID, waiting, t.seats[Number(waiting)].credentials, 2);
    await p.next('sync');
    p.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'endTurn', args: [{}], playerID: waiting, credentials: t.seats[Number(waiting)].credentials } }, state!._stateID, t.matchID, waiting);
    expect(await p.next('refused')).toStrictEqual([t.matchID, { what: 'update', reason: 'notYourTurn' }]);
    p.close();
  });

  it('hands a refused move to the table’s channel', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const { state } = await server.store.fetch(t.matchID, { state: true });
    const waiting = state!.ctx.currentPlayer === '0' ? '1' : '0';
    const { client, refusals } = tableClient(t.matchID, t.seats[Number(waiting)]);
    await until('the seat synced', () => client.getState());
    (client.moves as Record<string, (a: unknown) => void>).endTurn({});
    await until('the refusal heard', () => refusals.length > 0);
    expect(refusals).toStrictEqual([{ what: 'update', reason: 'notYourTurn' }]);
    client.stop();
  });

  it('hands a refused sync to the table’s channel: a match that does not exist', async () => {
    const { client, refusals } = tableClient('no-such-match');
    await until('the refusal heard', () => refusals.length > 0);
    expect(refusals).toStrictEqual([{ what: 'sync', reason: 'unknownMatch' }]);
    expect(client.getState()).toBeNull();
    client.stop();
  });

  it('takes over the socket the page opened early, with the sync that came before it, at once', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const seat = { matchID: t.matchID, ...t.seats[0] };
    const early = openEarly(server.url, seat);
    // The server answers the sync carried in the handshake before any table client exists.
    await new Promise((heard) => early.once('sync', heard));
    const { client } = tableClient(t.matchID, t.seats[0]);
    // Started, the client has the match and the connection in the same moment: no round trip.
    expect(client.getState()?.isConnected).toBe(true);
    expect(client.getState()?.G).toBeTruthy();
    expect(takeEarly(server.url, GAME_NAME, () => seat)).toBeUndefined();
    // It plays on that socket as on any other.
    const { state } = await server.store.fetch(t.matchID, { state: true });
    expect(client.getState()!._stateID).toBe(state!._stateID);
    client.stop();
    expect(early.connected).toBe(false);
  });

  it('leaves another seat’s early socket alone and opens its own', async () => {
    const t = await tableWith(server, ['Ana', 'Bo']);
    const seat0 = { matchID: t.matchID, ...t.seats[0] };
    openEarly(server.url, seat0);
    const { client } = tableClient(t.matchID, t.seats[1]);
    await until('the seat synced', () => client.getState());
    expect(client.getState()!.ctx.numPlayers).toBe(2);
    const left = takeEarly(server.url, GAME_NAME, () => seat0);
    expect(left?.socket).toBeDefined();
    left!.socket.close();
    client.stop();
    dropEarly();
  });
});
