import type { PendingMessage } from '@parley/sdk/client';
import type { AuthorKind, ServerMessage } from '@parley/sdk/protocol';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Translate } from './types.ts';

export interface MessageListProps {
  messages: readonly ServerMessage[];
  pending: readonly PendingMessage[];
  t: Translate;
  lang: string;
}

interface Row {
  key: string;
  kind: AuthorKind;
  name?: string | undefined;
  text: string;
  at: string;
  pending: boolean;
}

/**
 * The conversation as a live `role="log"`. Screen readers announce nodes added to a live region that
 * already exists, so history is never announced: it is present when the region is inserted (the
 * panel remounts the log once the first sync is done). Rows are keyed by the customer's client id, so
 * a pending message turns into the stored one in place instead of being announced twice.
 */
export function MessageList({ messages, pending, t, lang }: MessageListProps) {
  const log = useRef<HTMLDivElement>(null);
  // Acknowledged but not yet echoed by the server: keep showing them so nothing flickers away.
  const acked = useRef(new Map<string, Row>());
  const time = useMemo(() => new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }), [lang]);

  const stored = new Set<string>();
  const rows: Row[] = messages.map((m) => {
    if (m.clientId) stored.add(m.clientId);
    return { key: m.clientId ?? m.id, kind: m.author.kind, name: m.author.name, text: m.text, at: m.at, pending: false };
  });
  const waiting = new Set(pending.map((p) => p.clientId));
  for (const key of [...acked.current.keys()]) if (stored.has(key)) acked.current.delete(key);
  for (const p of pending) {
    if (!stored.has(p.clientId)) acked.current.set(p.clientId, { key: p.clientId, kind: 'customer', text: p.text, at: p.createdAt, pending: false });
  }
  for (const row of acked.current.values()) rows.push(waiting.has(row.key) ? { ...row, pending: true } : row);

  useLayoutEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [rows.length]);

  return (
    <div ref={log} class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label={t('panel.log')} tabIndex={0}>
      {rows.length === 0 && <p class="welcome">{t('panel.welcome')}</p>}
      {rows.map((row) => (
        <div key={row.key} class={`msg ${row.kind}${row.pending ? ' pending' : ''}`}>
          <span class="sr">{(row.kind === 'agent' && row.name) || t(`author.${row.kind}`)}: </span>
          <p class="text" dir="auto">
            {row.text}
          </p>
          <span class="meta">{row.pending ? t('message.pending') : time.format(new Date(row.at))}</span>
        </div>
      ))}
    </div>
  );
}
