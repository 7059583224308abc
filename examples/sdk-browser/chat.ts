/**
 * A custom chat UI on `ParleyClient`, without the widget: the client keeps the conversation (resume,
 * replay, outbox); this file only draws it. Text is always set as textContent, never parsed as HTML.
 */
import { ParleyClient, type ClientSnapshot } from '@parley/sdk/client';

const params = new URLSearchParams(location.search);
const client = new ParleyClient({
  url: params.get('parley') ?? 'http://localhost:3000',
  tenant: params.get('tenant') ?? 'demo',
  locale: navigator.language,
  // A logged-in page would get this from its own back end (see examples/node-backend).
  ...(params.get('identityToken') ? { identityToken: params.get('identityToken')! } : {}),
});

const log = document.querySelector<HTMLUListElement>('#log')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;
const form = document.querySelector<HTMLFormElement>('#composer')!;
const input = document.querySelector<HTMLInputElement>('#text')!;

function render(snapshot: ClientSnapshot): void {
  status.textContent = snapshot.state === 'closed' ? 'This conversation is closed.' : snapshot.state === 'queued' ? 'A person will join shortly.' : 'Online';
  const items = [...snapshot.messages, ...snapshot.pending.map((p) => ({ id: p.clientId, author: { kind: 'customer' as const }, text: p.text }))].map((m) => {
    const li = document.createElement('li');
    li.dataset.author = m.author.kind;
    li.textContent = m.text;
    return li;
  });
  log.replaceChildren(...items);
}

client.on('change', render);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void client.send(text);
});
client.connect().then(
  () => render(client.snapshot()),
  (error: unknown) => (status.textContent = `Could not connect: ${error instanceof Error ? error.message : String(error)}`),
);
