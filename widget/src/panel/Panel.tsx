import { useEffect, useRef } from 'preact/hooks';
import type { ChatClient } from '../connection/connection.ts';
import { Composer } from './Composer.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { Cross } from './Cross.tsx';
import { MessageList } from './MessageList.tsx';
import { OfflineForm } from './OfflineForm.tsx';
import { QueueCard } from './QueueCard.tsx';
import { QuickReplies } from './QuickReplies.tsx';
import { Rating } from './Rating.tsx';
import type { Translate } from './types.ts';
import { useSnapshot } from './use-snapshot.ts';

export interface PanelProps {
  client: ChatClient;
  t: Translate;
  lang: string;
  dir: 'ltr' | 'rtl';
  open: boolean;
  /** Move focus into the panel when it opens (not when it is restored after a reload). */
  focusOnOpen: boolean;
  onClose: () => void;
  /** Simple mode: large text, high contrast, big targets, an always-visible "talk to a person". */
  simple?: boolean;
  onSimpleChange?: (simple: boolean) => void;
}

/** The chat panel: header, connection banner, conversation log, suggestions and composer. */
export function Panel({ client, t, lang, dir, open, focusOnOpen, onClose, simple = false, onSimpleChange }: PanelProps) {
  const snapshot = useSnapshot(client);
  const input = useRef<HTMLTextAreaElement>(null);
  // Once the first sync is in, the log is inserted afresh with the history (so it is not announced).
  const synced = useRef(false);
  if (snapshot.session) synced.current = true;

  useEffect(() => {
    if (open && focusOnOpen) input.current?.focus();
  }, [open, focusOnOpen]);

  const send = (text: string) => {
    // Failures reach the customer through the snapshot (lastError); the text stays pending meanwhile.
    client.send(text).catch(() => undefined);
  };
  const { messages, pending, state } = snapshot;
  const last = messages[messages.length - 1];
  const replies = last && last.author.kind !== 'customer' && pending.length === 0 ? (last.quickReplies ?? []) : [];
  const agent = [...messages].reverse().find((m) => m.author.kind === 'agent')?.author.name ?? t('author.agent');
  const who = t(state === 'agent' ? 'author.agent' : 'author.bot');
  // Offered while the bot owns the conversation; once queued or with a person, the header says so.
  const canAskForPerson = simple && (state ?? 'bot') === 'bot' && snapshot.status === 'online';

  return (
    <section
      class={simple ? 'panel simple' : 'panel'}
      role="dialog"
      aria-modal="false"
      aria-labelledby="parley-title"
      dir={dir}
      lang={lang}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.isComposing) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header class="head">
        <div>
          <h2 id="parley-title">{t('panel.title')}</h2>
          <p class="sub">{t(`state.${state ?? 'bot'}`, { name: agent })}</p>
        </div>
        {onSimpleChange && (
          <button type="button" class="toggle" aria-pressed={simple} onClick={() => onSimpleChange(!simple)}>
            <span aria-hidden="true">Aa</span>
            <span class="sr">{t('simple.toggle')}</span>
          </button>
        )}
        <button type="button" class="close" aria-label={t('panel.close')} onClick={onClose}>
          <Cross />
        </button>
      </header>
      {/* Dismissing the alert removes its button: focus goes back to the composer. */}
      <ConnectionBanner status={snapshot.status} error={snapshot.lastError} t={t} onDismiss={() => input.current?.focus()} />
      <MessageList key={synced.current ? 'synced' : 'boot'} messages={messages} pending={pending} t={t} lang={lang} />
      <div class="typing" hidden={!snapshot.typing}>
        <span class="dots" aria-hidden="true">
          <i />
          <i />
          <i />
        </span>
        <span>{t('typing', { who })}</span>
      </div>
      {state === 'queued' && !snapshot.queue?.offline && <QueueCard queue={snapshot.queue} t={t} />}
      {/* Mounted through status changes, so what the customer typed survives an agent coming online. */}
      {(state === 'queued' || state === 'agent') && (
        <OfflineForm key={snapshot.session?.conversationId} client={client} t={t} mode={state === 'agent' ? 'person' : snapshot.queue?.offline ? 'offline' : 'waiting'} />
      )}
      {/* Also after a reload that opened a new conversation: the server re-asks for the closed one. */}
      {snapshot.ratingRequested && <Rating key={snapshot.session?.conversationId} client={client} t={t} />}
      <QuickReplies replies={replies} onPick={send} t={t} />
      {canAskForPerson && (
        <button type="button" class="person" onClick={() => void client.requestPerson().catch(() => undefined)}>
          {t('person.request')}
        </button>
      )}
      <Composer onSend={send} onTyping={(typing) => client.setTyping(typing)} t={t} inputRef={input} />
    </section>
  );
}
