import type { PendingMessage } from '@parley/sdk/client';
import type { AuthorKind, ServerMessage } from '@parley/sdk/protocol';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { directionOf } from '../i18n/index.ts';
import { Markdown } from './Markdown.tsx';
import { Actions, Cards } from './RichParts.tsx';
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
  /** The language the server says the text is in (`meta.language`). */
  language?: string | undefined;
  message?: ServerMessage;
}

/** Direction of one message: from its known language, else guessed by the browser from the text. */
function direction(language: string | undefined): 'ltr' | 'rtl' | 'auto' {
  return language ? directionOf(language) : 'auto';
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
    return { key: m.clientId ?? m.id, kind: m.author.kind, name: m.author.name, text: m.text, at: m.at, pending: false, language: m.meta?.language, message: m };
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
          {row.kind === 'customer' ? (
            <p class="text" dir="auto">
              {row.text}
            </p>
          ) : (
            // Bot, agent and notices may use the markdown subset; customers' own text is shown as typed.
            <div class="text" dir={direction(row.language)} lang={row.language}>
              <Markdown text={row.text} t={t} />
            </div>
          )}
          {row.message?.cards && <Cards cards={row.message.cards} t={t} />}
          {row.message?.actions && <Actions actions={row.message.actions} t={t} />}
          <span class="meta">{row.pending ? t('message.pending') : time.format(new Date(row.at))}</span>
        </div>
      ))}
    </div>
  );
}
