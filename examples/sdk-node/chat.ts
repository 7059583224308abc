// The ten-line SDK chat: node --import tsx examples/sdk-node/chat.ts "How do I withdraw money?"
import { ParleyClient, memoryStorage } from '@parley/sdk/client';

const client = new ParleyClient({ url: process.env.PARLEY_URL ?? 'http://localhost:3000', tenant: process.env.PARLEY_TENANT ?? 'demo', locale: 'en', storage: memoryStorage() });
client.on('message', (m) => {
  console.log(`${m.author.kind}: ${m.text}`);
  if (m.author.kind !== 'customer') client.close(); // one answer is enough for a demo
});
await client.connect();
await client.send(process.argv[2] ?? 'How do I withdraw money?');
