import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '@parley/sdk/client';
import { startServer, type TestServer } from '../support/server.ts';
import { sdkClient, until } from '../support/client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

describe('a server restart loses nothing', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)('resumes after %s on the same data directory, sending what was typed offline', async (signal) => {
    const storage = memoryStorage();
    using client = sdkClient(server.url, { storage, socket: { transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 200 } });
    const session = await client.connect();
    await client.send(`before the ${signal} restart`);
    const before = await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot' && m.seq > 0) && s.pending.length === 0);

    await server.stop(signal);
    await until(client, (s) => s.status !== 'online');
    const whileDown = client.send('typed while the server was down');
    expect(client.snapshot().pending.map((p) => p.text)).toEqual(['typed while the server was down']);

    await server.restart();
    const ack = await whileDown;
    expect(ack.conversationId).toBe(session.conversationId);
    const after = await until(client, (s) => s.status === 'online' && s.pending.length === 0 && s.messages.some((m) => m.seq > ack.seq));
    expect(after.messages.slice(0, before.messages.length).map((m) => m.id)).toEqual(before.messages.map((m) => m.id));
    expect(after.messages.filter((m) => m.text === 'typed while the server was down')).toHaveLength(1);

    // A fresh client on the same storage (a reload) sees the whole history from the restarted server.
    using reloaded = sdkClient(server.url, { storage });
    await reloaded.connect();
    expect(reloaded.snapshot().messages.map((m) => m.id)).toEqual(after.messages.map((m) => m.id));
  });
});
