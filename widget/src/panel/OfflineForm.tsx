import { MAX_TEXT_CHARS } from '@parley/sdk/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatClient } from '../connection/connection.ts';
import type { Translate } from './types.ts';

/** Longest contact (e-mail or phone) the protocol accepts. */
const MAX_CONTACT_CHARS = 200;

/**
 * `offline`: nobody can answer, the form is offered. `waiting`: someone came online while the customer
 * waits. `person`: a person took the conversation. Outside `offline` the form stays only while it holds
 * something the customer typed, so a change of status never throws their words away.
 */
export type OfflineFormMode = 'offline' | 'waiting' | 'person';

/**
 * Nobody can answer now: a message (and optionally how to reach the customer) kept for later.
 * Once the server has stored it, the form gives way to a confirmation that takes focus. The panel
 * keeps it mounted while the status changes (see `OfflineFormMode`).
 */
export function OfflineForm({ client, t, mode = 'offline' }: { client: Pick<ChatClient, 'sendOfflineMessage' | 'send'>; t: Translate; mode?: OfflineFormMode }) {
  const [text, setText] = useState('');
  const [contact, setContact] = useState('');
  const [phase, setPhase] = useState<'editing' | 'sending' | 'sent' | 'failed'>('editing');
  const confirmation = useRef<HTMLParagraphElement>(null);
  // The form the customer was in is gone: put focus on what replaced it.
  useEffect(() => {
    if (phase === 'sent') confirmation.current?.focus();
  }, [phase]);

  const submit = async () => {
    const message = text.trim();
    if (!message || phase === 'sending') return;
    if (mode === 'person') {
      // A person has the conversation now: an ordinary message, kept in the outbox until the server has it.
      client.send([message, contact.trim()].filter(Boolean).join('\n\n').slice(0, MAX_TEXT_CHARS)).catch(() => undefined);
      return setPhase('sent');
    }
    setPhase('sending');
    try {
      await client.sendOfflineMessage(message, contact.trim() || undefined);
      setPhase('sent');
    } catch {
      setPhase('failed');
    }
  };

  const drafted = text.trim() !== '' || contact.trim() !== '';
  // Once sent, the confirmation matters only while nobody can answer; the message itself is in the log.
  if (phase === 'sent' && mode !== 'offline') return null;
  if (phase !== 'sent' && mode !== 'offline' && !drafted) return null;
  if (phase === 'sent') {
    return (
      <section class="card offline" aria-labelledby="parley-offline-title">
        <h3 id="parley-offline-title">{t('offline.title')}</h3>
        <p class="done" role="status" tabIndex={-1} ref={confirmation}>
          {t('offline.sent')}
        </p>
      </section>
    );
  }
  return (
    <form
      class="card offline"
      aria-labelledby="parley-offline-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="parley-offline-title">{t(mode === 'offline' ? 'offline.title' : 'offline.available')}</h3>
      {mode === 'offline' && <p>{t('offline.intro')}</p>}
      <label for="parley-offline-text">{t('offline.message')}</label>
      <textarea
        id="parley-offline-text"
        rows={3}
        dir="auto"
        required
        maxLength={MAX_TEXT_CHARS}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <label for="parley-offline-contact">{t('offline.contact')}</label>
      <input
        id="parley-offline-contact"
        type="text"
        dir="auto"
        autocomplete="email"
        maxLength={MAX_CONTACT_CHARS}
        value={contact}
        onInput={(event) => setContact(event.currentTarget.value)}
      />
      <p class="alert" role="alert">
        {phase === 'failed' ? t('error.generic') : ''}
      </p>
      <button type="submit" class="action" disabled={phase === 'sending'}>
        {t('offline.send')}
      </button>
    </form>
  );
}
