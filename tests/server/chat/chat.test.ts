/**
 * Table chat on a real server: a seat writes, everyone at the table hears it live, anyone
 * watching reads it; spectators, wrong credentials, empty, oversized and too-fast messages
 * are refused with a reason; the harvest sees the chat only once everyone seated agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawSocket, startServer, tableWith, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ CHAT_MAX_CHARS: '40', CHAT_RATE: '3/60' });
});
afterAll(() => server.close());

const chatOf = (matchID: string) => `/api/matches/${matchID}/chat`;

describe('table chat', () => {
  it('a seat writes; the other seat hears it live and anyone reads it, as text', async () => {
    const { matchID, seats } = await tableWith(server, ['Ana', 'Bo']);
    const bo = rawSocket(server.url);
    await bo.connected();
    bo.socket.emit('sync', matchID, seats[1].playerID, seats[1].credentials);
    await bo.next('sync');
    const heard = bo.next('chat');
    const text = '<img src=x onerror=alert(1)> shall we teach first?';
    const sent = await server.api.post(chatOf(matchID), { playerID: '0', credentials: seats[0].credentials, text: text.slice(0, 40) });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ seat: 0, name: 'Ana', kind: 'text', body: text.slice(0, 40) });
    const [id, news] = (await heard) as [string, { message: { body: string } }];
    expect(id).toBe(matchID);
    expect(news.message.body).toBe(text.slice(0, 40));
    bo.close();

    const read = await server.api.get(chatOf(matchID));
    expect(read.body.messages.map((m: { body: string }) => m.body)).toEqual([text.slice(0, 40)]);
    const reaction = await server.api.post(chatOf(matchID), { playerID: '1', credentials: seats[1].credentials, reaction: 'thanks' });
    expect(reaction.body).toMatchObject({ kind: 'reaction', body: 'thanks', name: 'Bo' });
  });

  it('refuses a spectator, a wrong credential, markup-free nonsense and messages over the limits', async () => {
    const { matchID, seats } = await tableWith(server, ['Ana', 'Bo']);
    const post = (body: unknown) => server.api.post(chatOf(matchID), body);
    expect((await post({ text: 'hello' })).body.error).toBe('spectatorReadOnly');
    expect((await post({ playerID: '0', credentials: seats[1].credentials, text: 'hello' })).body.error).toBe('badCredentials');
    expect((await post({ playerID: '0', credentials: 'guess', text: 'hello' })).status).toBe(403);
    expect((await post({ playerID: '0', credentials: seats[0].credentials, text: { html: '<b>' } })).body.error).toBe('chatNotText');
    expect((await post({ playerID: '0', credentials: seats[0].credentials, text: ' \u202E\u0007 ' })).body.error).toBe('chatEmpty');
    expect((await post({ playerID: '0', credentials: seats[0].credentials, text: 'x'.repeat(41) })).body.error).toBe('chatTooLong');
    expect((await post({ playerID: '0', credentials: seats[0].credentials, reaction: 'shout' })).body.error).toBe('badReaction');
    // Three per minute: the fourth is refused, another seat may still write.
    for (let i = 0; i < 3; i++) expect((await post({ playerID: '0', credentials: seats[0].credentials, text: `m${i}` })).status).toBe(201);
    const fourth = await post({ playerID: '0', credentials: seats[0].credentials, text: 'm3' });
    expect([fourth.status, fourth.body.error]).toEqual([429, 'chatTooFast']);
    expect((await post({ playerID: '1', credentials: seats[1].credentials, text: 'me too' })).status).toBe(201);
    expect((await server.api.get(chatOf(matchID))).body.messages.map((m: { body: string }) => m.body)).toEqual(['m0', 'm1', 'm2', 'me too']);
    expect((await server.api.get(chatOf('no-such-table'))).status).toBe(404);
  });

  it('shows in the harvest only when everyone seated agrees; the facilitator reads it always', async () => {
    const { matchID, seats } = await tableWith(server, ['Ana', 'Bo']);
    await server.api.post(chatOf(matchID), { playerID: '0', credentials: seats[0].credentials, text: 'good game' });
    const agree = (seat: number, agree: boolean) => server.api.post(`${chatOf(matchID)}/consent`, { playerID: String(seat), credentials: seats[seat].credentials, agree });
    expect((await agree(0, true)).body).toEqual({ consent: [0], agreed: false, people: 2 });
    expect(await server.app.chat.chatForHarvest(matchID)).toBeNull();
    expect((await agree(1, true)).body).toEqual({ consent: [0, 1], agreed: true, people: 2 });
    expect((await server.app.chat.chatForHarvest(matchID))!.map((m) => m.body)).toEqual(['good game']);
    await agree(0, false);
    expect(await server.app.chat.chatForHarvest(matchID)).toBeNull();
    expect((await server.app.chat.readTableChat(matchID)).map((m) => m.body)).toEqual(['good game']);
  });
});
