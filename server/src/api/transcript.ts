import type { Transcript } from '@parley/sdk/protocol';

const who = (m: Transcript['messages'][number]) => (m.author.name ? `${m.author.name} (${m.author.kind})` : m.author.kind);

/** A transcript as plain text, one message per paragraph: for e-mails and case files. */
export function transcriptText(t: Transcript): string {
  const head = `Conversation ${t.conversation.id}${t.conversation.customerId ? ` with customer ${t.conversation.customerId}` : ''}\nStarted ${t.conversation.createdAt}, state ${t.conversation.state}\n`;
  return [head, ...t.messages.map((m) => `[${m.at}] ${who(m)}:\n${m.text}\n`)].join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every character that could open markup is escaped: message text, names and ids are all customer-controlled. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A transcript as a standalone HTML document (no scripts, no remote resources, everything escaped). */
export function transcriptHtml(t: Transcript): string {
  const rows = t.messages
    .map((m) => `<article class="${escapeHtml(m.author.kind)}"><header>${escapeHtml(who(m))} · <time>${escapeHtml(m.at)}</time></header><p>${escapeHtml(m.text)}</p></article>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(t.conversation.locale)}"><head><meta charset="utf-8"><title>Conversation ${escapeHtml(t.conversation.id)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}article{margin:1rem 0}header{color:#555;font-size:13px}p{white-space:pre-wrap;margin:.25rem 0}.customer p{font-weight:600}</style>
</head><body><h1>Conversation ${escapeHtml(t.conversation.id)}</h1>
<p>${t.conversation.customerId ? `Customer ${escapeHtml(t.conversation.customerId)} · ` : ''}started ${escapeHtml(t.conversation.createdAt)} · ${escapeHtml(t.conversation.state)}</p>
${rows}
</body></html>
`;
}
