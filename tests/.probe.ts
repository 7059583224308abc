import { startServer } from './support/server.ts';
import { sdkClient, until } from './support/client.ts';
const server = await startServer();
const probes: [string, string][] = [
  ['en', 'withdraw or deposit'], ['en', 'money'], ['en', 'tax on dividends'], ['en', 'Is my money safe?'], ['en', 'card'], ['en', 'I want advice on which stock to buy'],
  ['de', 'Geld'], ['ar', 'المال'], ['th', 'เงิน'], ['zh-Hant', '錢'], ['de', 'Steuern auf Dividenden'], ['ar', 'ضريبة'], ['th', 'ภาษี'], ['zh-Hant', '稅'],
];
for (const [locale, text] of probes) {
  const client = sdkClient(server.url, { locale });
  await client.connect();
  await client.send(text);
  const s = await until(client, (s) => s.messages.some((m) => m.author.kind !== 'customer'));
  const bot = s.messages.find((m) => m.author.kind !== 'customer')!;
  console.log(locale, JSON.stringify(text), '→', bot.meta?.intent, bot.meta?.language, 'qr', bot.quickReplies?.length ?? 0, 'cards', bot.cards?.length ?? 0, bot.text.slice(0, 60).replace(/\n/g, ' '));
  client.close();
}
await server[Symbol.asyncDispose]();
