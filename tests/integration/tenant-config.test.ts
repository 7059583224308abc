import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, writeTenantsFile, type TestServer } from '../support/server.ts';
import { connected, rawSocket, sdkClient, until } from '../support/client.ts';

const configPath = writeTenantsFile([
  {
    id: 'acme',
    name: 'Acme Brokers',
    allowedOrigins: ['https://www.acme.example'],
    locales: ['en'],
    catalog: {
      answers: { en: { fees_commissions: 'At {{broker}} US shares cost $0.99 per order.' } },
      intents: [
        {
          id: 'crypto_wallet',
          utterances: { en: ['move bitcoin to my wallet', 'send my eth out to a ledger', 'crypto withdrawal to my own wallet', 'transfer btc to an external address', 'withdraw coins to a hardware wallet', 'can I send my crypto to metamask'] },
          answers: { en: 'Crypto transfers out are not available yet.' },
        },
      ],
    },
  },
]);

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ configPath });
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

describe('a tenant from a config file', () => {
  const client = () => sdkClient(server.url, { tenant: 'acme', socket: { transports: ['websocket'], extraHeaders: { origin: 'https://www.acme.example' } } });

  it('answers with its own fee text and its own new intent', async () => {
    using c = client();
    await c.connect();
    const fees = await c.send('how much does it cost to buy US shares?');
    const afterFees = await until(c, (s) => s.messages.some((m) => m.author.kind === 'bot' && m.seq > fees.seq));
    expect(afterFees.messages.at(-1)).toMatchObject({ text: 'At Acme Brokers US shares cost $0.99 per order.', author: { name: 'Acme Brokers' } });
    const crypto = await c.send('how do I send bitcoin to my own wallet?');
    const afterCrypto = await until(c, (s) => s.messages.some((m) => m.author.kind === 'bot' && m.seq > crypto.seq));
    expect(afterCrypto.messages.at(-1)).toMatchObject({ text: 'Crypto transfers out are not available yet.', meta: { intent: 'crypto_wallet' } });
  });

  it('only lets in its own origins, and the demo tenant is not configured', async () => {
    const wrong = rawSocket(server.url, { tenant: 'acme' }, { origin: 'https://other.example' });
    await expect(connected(wrong)).rejects.toMatchObject({ data: { code: 'origin_not_allowed' } });
    const demo = rawSocket(server.url, { tenant: 'demo' });
    await expect(connected(demo)).rejects.toMatchObject({ data: { code: 'unknown_tenant' } });
    wrong.close();
    demo.close();
  });

  it('refuses to start with an invalid config, naming the field', async () => {
    const bad = writeTenantsFile([{ id: 'acme', name: 'Acme', allowedOrigins: ['*'], intentThreshold: 7 }]);
    await expect(startServer({ configPath: bad })).rejects.toThrow(/intentThreshold/);
  });
});
