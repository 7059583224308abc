import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage, ParleyClient } from '@parley/sdk/client';
import type { ServerMessage } from '@parley/sdk/protocol';
import { createParleyServer, type ParleyEmbed } from './embed.ts';

let parley: ParleyEmbed;
let http: Server;
let url: string;
const seen: ServerMessage[] = [];
const handoffs: string[] = [];
const waiters: (() => void)[] = [];
const changed = () => waiters.splice(0).forEach((w) => w());
const until = async (check: () => boolean) => {
  while (!check()) await new Promise<void>((resolve) => waiters.push(resolve));
};

beforeAll(async () => {
  parley = await createParleyServer({
    secret: 'embed-test-secret-0123456789abcdefghij',
    log: pino({ level: 'silent' }),
    tenants: [{ id: 'acme', name: 'Acme', allowedOrigins: ['*'] }],
    hooks: {
      onMessage: (message) => {
        seen.push(message);
        changed();
      },
      onHandoff: ({ conversationId, reason }) => {
        handoffs.push(`${conversationId}:${reason}`);
        changed();
      },
    },
    // A broker's stage that answers "ping" itself and stops the rest of the pipeline.
    stages: [
      {
        position: { after: 'persist' },
        stage: async function pong(ctx, next) {
          if (ctx.stored?.text !== 'ping') return next();
          const { message } = await ctx.deps.store.appendMessage({ tenant: ctx.tenant.id, conversationId: ctx.conversation.id, author: { kind: 'system' }, text: 'pong' });
          ctx.deps.emitter.emit(ctx.tenant.id, ctx.conversation.id, 'message', message);
        },
      },
    ],
  });
  http = createServer((req, res) => {
    if (parley.handle(req, res)) return;
    res.writeHead(200, { 'content-type': 'text/plain' }).end('the broker app');
  });
  parley.attach(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await parley?.close();
  await new Promise<void>((resolve) => http?.close(() => resolve()));
});

describe('createParleyServer on a plain node:http server', () => {
  it("shares the server: Parley's paths go to Parley, the rest to the app", async () => {
    expect(await (await fetch(`${url}/somewhere/else`)).text()).toBe('the broker app');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/api/openapi.json`)).status).toBe(200);
  });

  it('runs the inserted stage and calls onMessage and onHandoff', async () => {
    const client = new ParleyClient({ url, tenant: 'acme', locale: 'en', storage: memoryStorage(), socket: { transports: ['websocket'] } });
    try {
      const { conversationId } = await client.connect();
      await client.send('ping');
      await until(() => seen.some((m) => m.text === 'pong'));
      // The stage stopped the pipeline: no bot answer to "ping".
      expect(seen.filter((m) => m.conversationId === conversationId).map((m) => `${m.author.kind}:${m.text}`)).toEqual(['customer:ping', 'system:pong']);
      await client.requestPerson();
      await until(() => handoffs.some((h) => h.startsWith(conversationId)));
      expect(handoffs).toEqual([`${conversationId}:asked_for_person`]);
    } finally {
      client.close();
    }
  });

  it('refuses an unknown stage position at start', async () => {
    await expect(
      createParleyServer({ secret: 'x'.repeat(40), store: { dataDir: 'memory://' }, log: pino({ level: 'silent' }), tenants: [{ id: 'a', name: 'A', allowedOrigins: ['*'] }], stages: [{ position: { before: 'nope' }, stage: async (_c, next) => next() }] }),
    ).rejects.toThrow('No pipeline stage "nope"');
  });
});
